"""Helpers for tests that log in with a second factor: an enrolled device and the codes a phone would show."""

import time

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles.twofactor import rules

LOGIN_URL = "/quan-tri/login/"
VERIFY_URL = "/quan-tri/xac-thuc/"
ENROL_URL = "/quan-tri/xac-thuc/thiet-lap/"
PASSWORD = "mat-khau-thu-nghiem"


def phone_code(device, seconds_from_now=0):
    """What an authenticator app with this device's secret shows, its clock `seconds_from_now` off."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits)
    totp.time = time.time() + seconds_from_now
    return f"{totp.token():06d}"


def enrol(user):
    """The user has set up an authenticator app and has ten recovery codes; returns (device, codes)."""
    device = TOTPDevice.objects.create(user=user, name=rules.APP_DEVICE_NAME, confirmed=True)
    return device, rules.new_recovery_codes(user)


def log_in(client, user, password=PASSWORD, address="203.0.113.7", **data):
    return client.post(
        LOGIN_URL, {"username": user.username, "password": password, **data}, REMOTE_ADDR=address
    )


def send_code(client, code, address="203.0.113.7"):
    return client.post(VERIFY_URL, {"code": code}, REMOTE_ADDR=address)


def is_logged_in(client):
    return "_auth_user_id" in client.session


def type_phone_code(page, device):
    """In a real browser: the code step after the password, as the person types what the phone shows."""
    page.wait_for_url("**/xac-thuc/")
    page.fill("#id_code", phone_code(device))
    page.click("input[type=submit]")


def phone_of(username):
    """The authenticator app of a person whose login asks for a code (set up now if need be), or None."""
    from django.contrib.auth.models import User

    user = User.objects.get(username=username)
    device = rules.app_device(user)
    if device is None and rules.is_required(user):
        device, _ = enrol(user)
    return device
