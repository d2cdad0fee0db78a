"""Security headers beyond Django's own, and the client address behind the proxy."""

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
    """The reader's address: nginx's X-Real-IP behind the proxy (nginx overwrites it), else the socket's."""
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_REAL_IP"):
        return request.META["HTTP_X_REAL_IP"]
    return request.META.get("REMOTE_ADDR")


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
