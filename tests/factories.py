import io

import factory
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import ExifTags, Image

from articles.demo.pdf import minimal_pdf
from articles.models import (
    Article,
    ArticleImage,
    Category,
    Document,
    DocumentFile,
    DocumentType,
    Issuer,
    Photo,
    Topic,
)


def jpeg_bytes(width=64, height=48, color=(164, 22, 26)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG")
    return buffer.getvalue()


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Chuyên mục {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Bài viết số {n} về công tác Đảng")
    category = factory.SubFactory(CategoryFactory)
    lead = "Sapo của bài viết."
    body = "<p>Đoạn thứ nhất.</p><p>Đoạn thứ hai.</p>"
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(hours=1))
    source_name = "Báo Quảng Ninh"


class PhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Photo

    image = factory.LazyFunction(lambda: ContentFile(jpeg_bytes(), name="anh.jpg"))
    alt_text = "Mô tả ảnh"


class ArticleImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleImage

    article = factory.SubFactory(ArticleFactory)
    photo = factory.SubFactory(PhotoFactory)
    caption = factory.Sequence(lambda n: f"Chú thích ảnh {n}")
    position = factory.Sequence(lambda n: n + 1)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    password = factory.PostGenerationMethodCall("set_password", "mat-khau-thu-nghiem")
    is_staff = True

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        if extracted:
            self.groups.add(Group.objects.get(name=extracted))
        self.save()


def jpeg_with_exif(width=80, height=40):
    """A photo taken sideways (EXIF orientation 6) with the camera's GPS position in it."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Máy ảnh"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (21.0, 0.0, 0.0)
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 0, 0)).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


class IssuerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Issuer
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Ban Tuyên giáo số {n}")


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    document_type = factory.LazyFunction(lambda: DocumentType.objects.get(name="Nghị quyết"))
    number = factory.Sequence(lambda n: f"{n + 100}-NQ/TU")
    abstract = "Về tăng cường công tác xây dựng Đảng trong tình hình mới"
    issuer = factory.SubFactory(IssuerFactory)
    signer = "Nguyễn Văn An"
    issued_on = factory.LazyFunction(lambda: timezone.localdate() - timezone.timedelta(days=30))
    status = Document.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(hours=1))


class DocumentFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DocumentFile

    document = factory.SubFactory(DocumentFactory)
    file = factory.LazyFunction(
        lambda: ContentFile(minimal_pdf(["Nghi quyet ve cong tac can bo"]), name="a.pdf")
    )
    name = "Nghị quyết về công tác cán bộ.pdf"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Chuyên đề số {n}")
    intro = "Tin bài và văn bản của chuyên đề."
