"""Staff accounts' security in the admin: second factor and sessions per person; accounts recorded."""

from django.contrib import admin, messages
from django.contrib.auth import admin as auth_admin
from django.contrib.auth.models import Group, User
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import activity, staff_sessions
from .activity_admin import CHANGES_ATTRIBUTE, RecordedAdmin
from .models import StaffAccount, StaffSession
from .twofactor import rules

Action = activity.Action

# The devices' own admin pages would show each secret and recovery code: nobody reads them through the site.
for model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


class RecordedUserAdmin(RecordedAdmin, auth_admin.UserAdmin):
    """Django's user admin; each change, role and password change goes to the activity log."""

    def activity_action(self, request, obj, changes, add):
        if not add and {"password", "password1", "password2"} & set(changes):
            return Action.PASSWORD_CHANGED
        return super().activity_action(request, obj, changes, add)

    def log_change(self, request, obj, message):
        changed = set(getattr(request, CHANGES_ATTRIBUTE, {}))
        password_changed = bool({"password", "password1", "password2"} & changed)
        result = super().log_change(request, obj, message)
        if password_changed:
            # A new password ends the person's sessions (but this one, if it is theirs).
            keep = request.session.session_key if obj.pk == request.user.pk else None
            staff_sessions.end_sessions(obj, keep=keep)
        return result


class RecordedGroupAdmin(RecordedAdmin, auth_admin.GroupAdmin):
    pass


for model, model_admin in ((User, RecordedUserAdmin), (Group, RecordedGroupAdmin)):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, model_admin)


@admin.register(StaffAccount)
class StaffAccountAdmin(admin.ModelAdmin):
    """Site admins: who has a second factor, how many sessions are open; reset one, end the others."""

    list_display = ["username", "full_name", "roles", "second_factor", "open_sessions", "last_login"]
    list_filter = ["groups", "is_superuser"]
    search_fields = ["username", "first_name", "last_name", "email"]
    actions = ["reset_second_factor", "end_all_sessions"]
    list_display_links = None

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(is_staff=True)
            .prefetch_related("groups")
            .annotate(
                has_app=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)),
                session_count=Coalesce(
                    Subquery(
                        StaffSession.objects.filter(user=OuterRef("pk"))
                        .values("user")
                        .annotate(count=Count("pk"))
                        .values("count")
                    ),
                    0,
                ),
            )
        )

    @admin.display(description="họ tên")
    def full_name(self, user):
        return user.get_full_name()

    @admin.display(description="vai trò")
    def roles(self, user):
        names = [group.name for group in user.groups.all()]
        return ", ".join(["Siêu quản trị", *names] if user.is_superuser else names)

    @admin.display(description="xác thực hai bước", boolean=True, ordering="has_app")
    def second_factor(self, user):
        return user.has_app

    @admin.display(description="phiên đang mở", ordering="session_count")
    def open_sessions(self, user):
        return user.session_count

    def has_module_permission(self, request):
        return request.user.has_perm("auth.change_user")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("auth.change_user")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        # Django shows actions only to those with a change permission: these are the site admins'.
        actions = super().get_actions(request)
        if request.user.has_perm("auth.change_user"):
            for name in self.actions:
                actions.setdefault(name, self.get_action(name))
        return actions

    @admin.action(description="Đặt lại xác thực hai bước (khi mất điện thoại)")
    def reset_second_factor(self, request, queryset):
        for user in queryset:
            rules.remove(user)
            staff_sessions.end_sessions(user)
            activity.record(Action.SECOND_FACTOR_RESET, actor=request.user, request=request, obj=user)
        self.message_user(
            request,
            f"Đã đặt lại xác thực hai bước của {len(queryset)} tài khoản: họ thiết lập lại khi đăng nhập.",
            messages.SUCCESS,
        )

    @admin.action(description="Kết thúc mọi phiên đăng nhập")
    def end_all_sessions(self, request, queryset):
        for user in queryset:
            keep = request.session.session_key if user.pk == request.user.pk else None
            count = staff_sessions.end_sessions(user, keep=keep)
            activity.record(
                Action.SESSIONS_ENDED, actor=request.user, request=request, obj=user, note=f"{count} phiên"
            )
        self.message_user(request, "Đã kết thúc các phiên đăng nhập.", messages.SUCCESS)
