"""Who must use a second factor, and the devices behind it (django-otp's TOTP and static-token devices)."""

from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Ứng dụng xác thực"
RECOVERY_DEVICE_NAME = "Mã dự phòng"


class Method:
    APP = "app"
    RECOVERY = "recovery"
    ENROLMENT = "enrolment"


def is_required(user):
    """Editors, site admins and superusers always; every staff account when TWO_FACTOR_ALL_STAFF."""
    if not user.is_active or not user.is_staff:
        return False
    return (
        settings.TWO_FACTOR_ALL_STAFF
        or user.is_superuser
        or user.has_perm("articles.publish_article")
        or user.has_perm("auth.change_user")
    )


def app_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_app_device(user):
    """The device being set up: the same secret on every reload of the enrolment page, until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def confirm_app_device(user, device, code):
    """Confirms the new device if the code is right; it replaces any older one. Returns recovery codes."""
    with transaction.atomic():
        if not device.verify_token(_digits(code)):
            return None
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        return new_recovery_codes(user)


def new_recovery_codes(user):
    """Ten fresh codes; the old ones stop working."""
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(
            user=user, defaults={"name": RECOVERY_DEVICE_NAME, "confirmed": True}
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user).count()


def check_code(user, code):
    """The method that accepted the code (each code once), or None."""
    code = "".join(code.split()).lower()
    with transaction.atomic():
        if code.isdigit():
            device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
            if device and device.verify_token(code):
                return Method.APP
            return None
        for device in StaticDevice.objects.select_for_update().filter(user=user, confirmed=True):
            if device.verify_token(code):
                return Method.RECOVERY
    return None


def remove(user):
    """Removes every device (a lost phone): the next login sets up a new one if it is required."""
    with transaction.atomic():
        removed = TOTPDevice.objects.filter(user=user).delete()[0]
        removed += StaticDevice.objects.filter(user=user).delete()[0]
    return removed


def _digits(code):
    return "".join(code.split())
