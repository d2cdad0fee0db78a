"""Checks every uploaded photo by decoding it, and names stored photos at random."""

import io
import re
import struct
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from PIL import Image, ImageOps

INVALID_IMAGE_MESSAGE = "Tệp tải lên không phải là ảnh hợp lệ hoặc đã bị hỏng."
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
# What turns an image into a polyglot a browser or a server could run; no camera or editor writes these.
MARKUP = re.compile(
    rb"<\s*(script|html|body|iframe|svg|object|embed|meta|a\s|img\s|\?php)|javascript:|\bon\w+\s*=",
    re.IGNORECASE,
)


def check_image(file):
    """Refuse anything but a whole, reasonably sized JPEG, PNG, WebP or GIF; return Pillow's format name."""
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
                if image_format not in ALLOWED_FORMATS:
                    raise ValidationError("Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF.", code="image_format")
                image.load()  # decodes every byte: a truncated file fails here, not later on a reader's page
        file.seek(0)
        data = file.read()
        if MARKUP.search(data) or _has_trailing_data(data, image_format):
            raise ValidationError(INVALID_IMAGE_MESSAGE, code="invalid_image")
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except Exception:
        raise ValidationError(INVALID_IMAGE_MESSAGE, code="invalid_image") from None
    finally:
        file.seek(position)
    return image_format


def _has_trailing_data(data, image_format):
    """Bytes after the image's own end (an appended page or script). JPEG is let be: phones append videos."""
    if image_format == "PNG":
        return _png_end(data) != len(data)
    if image_format == "GIF":
        return _gif_end(data) != len(data)
    if image_format == "WEBP":
        return struct.unpack_from("<I", data, 4)[0] + 8 != len(data)
    return False


def _png_end(data):
    position = 8
    while position + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, position)
        position += 12 + length
        if kind == b"IEND":
            return position
    return None


def _gif_end(data):
    position = 13
    if data[10] & 0x80:  # global colour table
        position += 3 << ((data[10] & 7) + 1)
    while position < len(data):
        block = data[position]
        if block == 0x3B:  # trailer
            return position + 1
        if block == 0x2C:  # image: descriptor, optional local colour table, LZW code size, then sub-blocks
            flags = data[position + 9]
            position += 10 + ((3 << ((flags & 7) + 1)) if flags & 0x80 else 0) + 1
        elif block == 0x21:  # extension: label, then sub-blocks
            position += 2
        else:
            return None
        while position < len(data) and data[position]:
            position += data[position] + 1
        position += 1
    return None


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
        image_format = image.format
        upright = ImageOps.exif_transpose(image)
        buffer = io.BytesIO()
        if image_format == "GIF":
            upright.save(buffer, "GIF")
        elif image_format == "PNG":
            upright.save(buffer, "PNG", optimize=True)
        elif image_format == "WEBP":
            upright.save(buffer, "WEBP", quality=90)
        else:
            upright.convert("RGB").save(buffer, "JPEG", quality=90, optimize=True)
            image_format = "JPEG"
        size = upright.size
    return buffer.getvalue(), ALLOWED_FORMATS[image_format], size


def make_renditions(data):
    """[(width, height, {"webp": bytes, "jpg": bytes})] for each rendition width the original can fill."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "transparency" in image.info or image.mode == "LA" else "RGB")
        widths = [w for w in RENDITION_WIDTHS if w < image.width] + [min(image.width, RENDITION_WIDTHS[-1])]
        renditions = []
        for width in sorted(set(widths)):
            height = max(1, round(image.height * width / image.width))
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
