"""Security headers beyond Django's own, and the client address behind the proxy."""

import ipaddress

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth import password_validation
from django.shortcuts import render


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy for readers' pages; the admin's own, a little wider, under settings.ADMIN_URL."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(f"/{settings.ADMIN_URL}")
        ):
            return PolicyParts(
                settings.ADMIN_CONTENT_SECURITY_POLICY, parts.update, parts.replace, parts.nonce
            )
        return parts


class PermissionsPolicyMiddleware:
    """Tells browsers this site never uses the camera, microphone, location, payments and the like."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def client_ip(request):
    """The reader's address: nginx's X-Real-IP (nginx overwrites it) when the request comes from one of
    settings.TRUSTED_PROXIES, else the socket's; anyone reaching gunicorn directly could write the header."""
    remote = request.META.get("REMOTE_ADDR")
    if settings.BEHIND_PROXY and _is_trusted_proxy(remote):
        forwarded = _ip_address(request.META.get("HTTP_X_REAL_IP"))
        if forwarded is not None:
            return str(forwarded)
    return remote


def _ip_address(value):
    try:
        address = ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None
    # "::ffff:127.0.0.1" is 127.0.0.1 reached over IPv6.
    return getattr(address, "ipv4_mapped", None) or address


def _is_trusted_proxy(remote):
    address = _ip_address(remote)
    return address is not None and any(address in network for network in settings.TRUSTED_PROXIES)


def login_username(request, credentials=None):
    """The name axes records a login under, as its column can hold it: the first 255 characters, no NUL
    (PostgreSQL refuses both); a longer name is still counted, under its first 255 characters."""
    if credentials is not None:
        username = credentials.get("username")
    else:
        username = getattr(request, "POST", {}).get("username")
    if username is None:
        return None
    return str(username).replace("\x00", "")[:255]


def lockout_response(request, original_response=None, credentials=None):
    """axes' answer to a locked-out login: a page in Vietnamese, 429 Too Many Requests."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "lockout_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "admin/locked_out.html", context, status=429)


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's, in Vietnamese: Django 5.2 changed this message and the translation no longer matches."""

    def get_error_message(self):
        return f"Mật khẩu quá ngắn. Mật khẩu phải có ít nhất {self.min_length} ký tự."

    def get_help_text(self):
        return f"Mật khẩu phải có ít nhất {self.min_length} ký tự."
