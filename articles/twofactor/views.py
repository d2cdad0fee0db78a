"""The login's two steps, the enrolment, and each person's own second-factor page."""

import time
from base64 import b32encode

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model, signals
from django.contrib.auth import login as auth_login
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import LoginView
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from .. import activity, staff_sessions
from . import rules
from .forms import CodeForm, ReplaceForm

PENDING = "twofactor_pending"
NEW_CODES = "twofactor_new_codes"
# How long the code may follow the password.
PENDING_SECONDS = 10 * 60
Action = activity.Action


class PasswordStep(LoginView):
    """The admin's own login form and page; when a second factor is due, the login waits for the code."""

    def get_default_redirect_url(self):
        return reverse("admin:index")

    def form_valid(self, form):
        user = form.get_user()
        if not rules.is_required(user) and not rules.has_second_factor(user):
            return super().form_valid(form)
        self.request.session[PENDING] = {
            "user": user.pk,
            "backend": user.backend,
            "next": self.get_redirect_url() or reverse("admin:index"),
            "since": time.time(),
        }
        return redirect("twofactor:verify" if rules.has_second_factor(user) else "twofactor:enrol")


@login_not_required
@sensitive_post_parameters()
@csrf_protect
@never_cache
def login(request):
    """What admin.site.login does, with PasswordStep for Django's LoginView."""
    site = admin.site
    if request.method == "GET" and site.has_permission(request):
        return HttpResponseRedirect(reverse("admin:index"))
    context = {
        **site.each_context(request),
        "title": "Đăng nhập",
        "subtitle": None,
        "app_path": request.get_full_path(),
        "username": request.user.get_username(),
    }
    if REDIRECT_FIELD_NAME not in request.GET and REDIRECT_FIELD_NAME not in request.POST:
        context[REDIRECT_FIELD_NAME] = reverse("admin:index")
    request.current_app = site.name
    return PasswordStep.as_view(
        extra_context=context,
        authentication_form=site.login_form or AdminAuthenticationForm,
        template_name=site.login_template or "admin/login.html",
    )(request)


def _pending(request):
    """(user, pending state) of a password step still waiting for its code, or (None, None)."""
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending["since"] > PENDING_SECONDS:
        return None, None
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True, is_staff=True).first()
    return user, pending


def _finish_login(request, user, pending, method):
    request.second_factor_note = {
        rules.Method.APP: "mã từ ứng dụng xác thực",
        rules.Method.RECOVERY: f"mã dự phòng (còn {rules.recovery_codes_left(user)})",
        rules.Method.ENROLMENT: "vừa bật xác thực hai bước",
    }[method]
    # The session's key changes; what it holds (the new recovery codes to show) stays.
    auth_login(request, user, backend=pending["backend"])
    request.session.pop(PENDING, None)
    return pending["next"]


def _page(request, template, context):
    return TemplateResponse(
        request, template, {**admin.site.each_context(request), "subtitle": None, **context}
    )


@login_not_required
@sensitive_post_parameters("code")
@csrf_protect
@never_cache
def verify(request):
    user, pending = _pending(request)
    if user is None:
        return redirect("admin:login")
    if not rules.has_second_factor(user):
        return redirect("twofactor:enrol")
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_locked(request, credentials):
        return get_lockout_response(request, None, credentials)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        method = rules.check_code(user, form.cleaned_data["code"])
        if method:
            return HttpResponseRedirect(_finish_login(request, user, pending, method))
        # axes counts it with the wrong passwords; the marker tells the activity log it was the code.
        signals.user_login_failed.send(
            sender=__name__, credentials={**credentials, "second_factor": True}, request=request
        )
        form.add_error(
            "code", "Mã không đúng, đã dùng rồi hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng."
        )
    return _page(
        request, "twofactor/verify.html", {"title": "Xác thực hai bước", "form": form, "person": user}
    )


@login_not_required
@sensitive_post_parameters("code")
@csrf_protect
@never_cache
def enrol(request):
    """Setting up the authenticator app: on the first login when required, or later from one's own page."""
    if request.user.is_authenticated and request.user.is_staff:
        user, pending = request.user, None
    else:
        user, pending = _pending(request)
        # Whoever has a second factor already proves it first: a password alone never replaces it.
        if user is None or rules.has_second_factor(user):
            return redirect("admin:login")
    device = rules.pending_app_device(user)
    # Moving to a new phone proves the old one (or a recovery code) first: a session left open is not enough.
    replacing = pending is None and rules.has_second_factor(user)
    form = (ReplaceForm if replacing else CodeForm)(request.POST or None)
    if form.is_valid() and replacing and not rules.check_code(user, form.cleaned_data["current_code"]):
        form.add_error("current_code", "Mã của điện thoại cũ (hoặc mã dự phòng) không đúng.")
    if form.is_valid():
        codes = rules.confirm_app_device(user, device, form.cleaned_data["code"])
        if codes is not None:
            activity.record(Action.SECOND_FACTOR_ENROLLED, actor=user, request=request, obj=user)
            request.session[NEW_CODES] = codes
            if pending:
                request.session["twofactor_next"] = _finish_login(
                    request, user, pending, rules.Method.ENROLMENT
                )
            else:
                staff_sessions.end_sessions(user, keep=request.session.session_key)
            return redirect("twofactor:recovery_codes")
        form.add_error(
            "code", "Mã không đúng. Kiểm tra giờ trên điện thoại rồi nhập mã đang hiện trong ứng dụng."
        )
    qr = segno.make(device.config_url, error="m")
    return _page(
        request,
        "twofactor/enrol.html",
        {
            "title": "Bật xác thực hai bước",
            "form": form,
            "person": user,
            "required": rules.is_required(user),
            "qr_data_uri": qr.svg_data_uri(scale=5, border=2),
            "secret": _grouped(b32encode(device.bin_key).decode()),
        },
    )


def _grouped(secret):
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@never_cache
def recovery_codes(request):
    codes = request.session.pop(NEW_CODES, None)
    if not codes:
        return redirect("twofactor:settings")
    next_url = request.session.pop("twofactor_next", None) or reverse("admin:index")
    return _page(
        request,
        "twofactor/recovery_codes.html",
        {"title": "Mã dự phòng", "codes": codes, "next_url": next_url},
    )


@never_cache
def own_settings(request):
    user = request.user
    if not user.is_staff:
        return redirect("admin:login")
    return _page(
        request,
        "twofactor/settings.html",
        {
            "title": "Xác thực hai bước",
            "enabled": rules.has_second_factor(user),
            "required": rules.is_required(user),
            "codes_left": rules.recovery_codes_left(user),
            "sessions": list(staff_sessions.open_sessions(user)),
            "current_session": request.session.session_key,
        },
    )


@require_POST
def renew_codes(request):
    user = request.user
    if not user.is_staff or not rules.has_second_factor(user):
        return redirect("twofactor:settings")
    request.session[NEW_CODES] = rules.new_recovery_codes(user)
    activity.record(Action.RECOVERY_CODES_RENEWED, actor=user, request=request, obj=user)
    return redirect("twofactor:recovery_codes")


@require_POST
def turn_off(request):
    user = request.user
    if user.is_staff and rules.has_second_factor(user):
        if rules.is_required(user):
            messages.error(request, "Tài khoản của bạn bắt buộc dùng xác thực hai bước, không thể tắt.")
        else:
            rules.remove(user)
            staff_sessions.end_sessions(user, keep=request.session.session_key)
            activity.record(Action.SECOND_FACTOR_REMOVED, actor=user, request=request, obj=user)
            messages.success(request, "Đã tắt xác thực hai bước.")
    return redirect("twofactor:settings")


@require_POST
def end_session(request):
    user = request.user
    session_id = request.POST.get("session", "")
    if (
        user.is_staff
        and session_id.isdigit()
        and staff_sessions.end_session(user, int(session_id), keep=request.session.session_key)
    ):
        activity.record(Action.SESSIONS_ENDED, actor=user, request=request, obj=user, note="1 phiên")
        messages.success(request, "Đã kết thúc phiên đăng nhập đó.")
    return redirect("twofactor:settings")


@require_POST
def end_other_sessions(request):
    user = request.user
    if user.is_staff:
        count = staff_sessions.end_sessions(user, keep=request.session.session_key)
        activity.record(Action.SESSIONS_ENDED, actor=user, request=request, obj=user, note=f"{count} phiên")
        messages.success(request, f"Đã kết thúc {count} phiên đăng nhập khác.")
    return redirect("twofactor:settings")


def password_change(request):
    """The admin's own password change; a new password ends the person's other sessions and is recorded."""
    response = admin.site.password_change(request)
    if request.method == "POST" and response.status_code == 302:
        # Django has given this session a new key to keep it logged in; the others end here.
        staff_sessions.end_sessions(request.user)
        staff_sessions.remember(request, request.user)
        activity.record(Action.PASSWORD_CHANGED, actor=request.user, request=request, obj=request.user)
    return response
