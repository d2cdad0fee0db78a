"""Site admins see failed admin logins and lift a lockout (by deleting the attempt) in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SITE_ADMINS = "Quản trị trang"
UNLOCK_PERMISSIONS = [
    "axes.view_accessattempt",
    "axes.delete_accessattempt",
    "axes.view_accesslog",
    "axes.view_accessfailurelog",
]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=SITE_ADMINS)
    group.permissions.add(
        *[
            Permission.objects.get(content_type__app_label=label, codename=codename)
            for label, codename in (p.split(".") for p in UNLOCK_PERMISSIONS)
        ]
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=SITE_ADMINS).first()
    if group:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="axes"))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_reader_pages_and_groups"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
