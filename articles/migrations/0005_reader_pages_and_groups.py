"""The "Giới thiệu" and "Liên hệ" pages, and who may edit pages and closing days."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên"
SITE_ADMINS = "Quản trị trang"
ACTIONS = ["add", "change", "delete", "view"]
PAGE_PERMISSIONS = [f"{action}_page" for action in ACTIONS]
CLOSING_DAY_PERMISSIONS = [f"{action}_closingday" for action in ACTIONS]

PAGES = [
    {
        "title": "Giới thiệu",
        "slug": "gioi-thieu",
        "shows_contact_details": False,
        "body": (
            "<p>Bản tin Xây dựng Đảng là trang thông tin điện tử của Tổ biên tập, đăng tin bài về công tác "
            "xây dựng Đảng, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, những gương "
            "điển hình và đời sống văn hóa – xã hội trong tỉnh.</p>"
            "<p>Tin bài do các chi bộ, cơ sở đảng và cộng tác viên gửi về, được Tổ biên tập biên tập trước "
            "khi đăng. Bạn đọc được phép trích dẫn, phát hành lại thông tin với điều kiện ghi rõ nguồn.</p>"
        ),
    },
    {
        "title": "Liên hệ",
        "slug": "lien-he",
        "shows_contact_details": True,
        "body": (
            "<p>Tổ biên tập luôn mong nhận được ý kiến góp ý, tin bài và hình ảnh của bạn đọc. Bạn có thể "
            "gọi điện, gửi thư điện tử hoặc đến trực tiếp trụ sở trong giờ làm việc dưới đây.</p>"
        ),
    },
]


def create_pages(apps, schema_editor):
    Page = apps.get_model("articles", "Page")
    for page in PAGES:
        Page.objects.get_or_create(slug=page["slug"], defaults=page)


def grant_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in [
        (EDITORS, PAGE_PERMISSIONS),
        (SITE_ADMINS, PAGE_PERMISSIONS + CLOSING_DAY_PERMISSIONS),
    ]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_reader_search_index")]

    operations = [
        migrations.RunPython(create_pages, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
