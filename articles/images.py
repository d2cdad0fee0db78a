"""Checks every uploaded photo by decoding it, and names stored photos at random."""

import io
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from PIL import Image, ImageOps

from .polyglots import has_hidden_markup

try:  # iPhones send HEIC; pillow-heif (libheif) teaches Pillow to read it
    from pillow_heif import register_heif_opener
except ImportError:  # an installation without it refuses HEIC with HEIC_MESSAGE
    pass
else:
    register_heif_opener()

INVALID_IMAGE_MESSAGE = "Tệp tải lên không phải là ảnh hợp lệ hoặc đã bị hỏng."
FORMAT_MESSAGE = "Chỉ nhận ảnh JPEG, PNG, WebP, GIF hoặc HEIC."
HEIC_MESSAGE = (
    "Không đọc được ảnh HEIC này. Hãy gửi ảnh JPEG (trên iPhone: Cài đặt → Camera → Định dạng → "
    "Tương thích nhất)."
)
# What a stored original is written as, by the format it was uploaded in.
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
# A Samsung or Android multi-picture JPEG keeps its first picture; a HEIC photo becomes a JPEG.
STORED_AS = {**{name: name for name in ALLOWED_FORMATS}, "MPO": "JPEG", "HEIF": "JPEG"}
# WebP cannot be wider or taller than this; JPEG's limit (65,535) is further.
MAX_RENDITION_SIDE = 16383
# What a re-encoded file keeps of the upload's own information: how to draw it, nothing about where or who.
KEPT_INFO = ("transparency", "background", "icc_profile")


def check_image(file):
    """Refuse anything but a whole, reasonably sized JPEG (or MPO), PNG, WebP, GIF or HEIC, or one that hides
    markup in its metadata or after its end; return Pillow's format name."""
    if file.size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            "Ảnh quá lớn (%(size)s). Dung lượng tối đa là %(limit)s.",
            code="image_too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(settings.IMAGE_MAX_UPLOAD_BYTES),
            },
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that; a bomb must never be decoded.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                image_format = image.format
                width, height = image.size
                if width * height > settings.IMAGE_MAX_PIXELS:
                    raise _too_many_pixels(width, height)
                if image_format not in STORED_AS:
                    raise ValidationError(FORMAT_MESSAGE, code="image_format")
                if max(width, height) > MAX_RENDITION_SIDE * min(width, height):
                    raise ValidationError(
                        "Ảnh quá dài hoặc quá hẹp (%(width)s×%(height)s điểm ảnh).",
                        code="image_aspect",
                        params={"width": width, "height": height},
                    )
                image.load()  # decodes every byte: a truncated file fails here, not later on a reader's page
                info = dict(image.info)
        file.seek(0)
        data = file.read()
        if has_hidden_markup(data, image_format, info):
            raise ValidationError(INVALID_IMAGE_MESSAGE, code="invalid_image")
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except Exception:
        file.seek(0)
        message = HEIC_MESSAGE if _looks_like_heic(file.read(32)) else INVALID_IMAGE_MESSAGE
        raise ValidationError(message, code="invalid_image") from None
    finally:
        file.seek(position)
    return image_format


def _looks_like_heic(header):
    """An ISO media file whose brand is one of HEIF's (what an iPhone names .heic)."""
    return header[4:8] == b"ftyp" and header[8:12] in {b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1"}


def _too_many_pixels(width=None, height=None):
    size = f" ({width}×{height} điểm ảnh)" if width else ""
    return ValidationError(
        "Ảnh có kích thước quá lớn%(size)s.", code="image_too_many_pixels", params={"size": size}
    )


def random_image_path(folder, original_name):
    """'photos/2026/11/3f2a….jpg': a random name keeps uploads unguessable and never clashing."""
    extension = original_name.rsplit(".", 1)[-1].lower() if "." in original_name else "jpg"
    if extension not in {"jpg", "jpeg", "png", "webp", "gif"}:
        extension = "jpg"
    today = timezone.localdate()
    return f"{folder}/{today:%Y/%m}/{uuid.uuid4().hex}.{extension}"


def photo_upload_to(instance, filename):
    return random_image_path("photos", filename)


RENDITION_WIDTHS = (480, 960, 1600)
JPEG_QUALITY = 85
WEBP_QUALITY = 80


def clean_original(file):
    """The upload turned upright (EXIF orientation), re-encoded without metadata: no GPS reaches a reader."""
    file.seek(0)
    with Image.open(file) as image:
        image_format = STORED_AS[image.format]
        upright = ImageOps.exif_transpose(image)
        # Pillow writes a JPEG's or GIF's comment back from `info`: keep only what draws the picture.
        upright.info = {key: value for key, value in upright.info.items() if key in KEPT_INFO}
        buffer = io.BytesIO()
        if image_format == "GIF":
            upright.save(buffer, "GIF")
        elif image_format == "PNG":
            upright.save(buffer, "PNG", optimize=True)
        elif image_format == "WEBP":
            upright.save(buffer, "WEBP", quality=90)
        else:
            upright.convert("RGB").save(buffer, "JPEG", quality=90, optimize=True)
        size = upright.size
    return buffer.getvalue(), ALLOWED_FORMATS[image_format], size


def make_renditions(data):
    """[(width, height, {"webp": bytes, "jpg": bytes})] for each rendition width the original can fill;
    a very tall image (an infographic) gets narrower ones, as WebP can be no taller than 16,383 px."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "transparency" in image.info or image.mode == "LA" else "RGB")
        fits = MAX_RENDITION_SIDE * image.width // image.height
        widest = max(1, min(image.width, RENDITION_WIDTHS[-1], fits))
        widths = {min(w, widest) for w in RENDITION_WIDTHS if w < image.width} | {widest}
        renditions = []
        for width in sorted(widths):
            height = min(MAX_RENDITION_SIDE, max(1, round(image.height * width / image.width)))
            resized = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
            webp, jpeg = io.BytesIO(), io.BytesIO()
            resized.save(webp, "WEBP", quality=WEBP_QUALITY)
            _flatten(resized).save(jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
            renditions.append((width, height, {"webp": webp.getvalue(), "jpg": jpeg.getvalue()}))
    return renditions


def _flatten(image):
    """JPEG has no transparency: put a transparent image on white."""
    if image.mode != "RGBA":
        return image
    background = Image.new("RGB", image.size, (255, 255, 255))
    background.paste(image, mask=image.getchannel("A"))
    return background
