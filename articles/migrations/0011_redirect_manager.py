"""The 404 log, and the redirect manager for site admins: they add, change and delete old addresses'
redirects and read (and clear) the 404 log."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

SITE_ADMINS = "Quản trị trang"
CODENAMES = [
    *[f"{action}_legacyredirect" for action in ("add", "change", "delete", "view")],
    "view_missingaddress",
    "delete_missingaddress",
]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=SITE_ADMINS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="articles", codename__in=CODENAMES)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0010_opening_hours"),
    ]

    operations = [
        migrations.CreateModel(
            name="MissingAddress",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("path", models.CharField(max_length=500, unique=True, verbose_name="địa chỉ")),
                ("hit_count", models.PositiveIntegerField(default=1, verbose_name="số lần")),
                ("first_seen_at", models.DateTimeField(auto_now_add=True, verbose_name="lần đầu")),
                ("last_seen_at", models.DateTimeField(auto_now=True, verbose_name="lần cuối")),
            ],
            options={
                "verbose_name": "địa chỉ không tìm thấy",
                "verbose_name_plural": "địa chỉ không tìm thấy (404)",
                "indexes": [models.Index(fields=["-hit_count"], name="missing_address_hits_idx")],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
