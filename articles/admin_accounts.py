"""Colleagues' accounts in the admin: added by name, e-mail and role; staff status follows the role; a
one-time link sets the password; plain words for a login without a role; failed-logins lists in Vietnamese."""

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.conf import settings as axes_settings
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AdminPasswordChangeForm, AdminUserCreationForm, UserChangeForm
from django.contrib.auth.models import Group, Permission, User
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .staff_admin import RecordedGroupAdmin, RecordedUserAdmin
from .staff_sessions import end_sessions

# The newsroom's roles are these groups, kept up to date by the migrations (0002_groups).
ROLES = ["Phóng viên", "Biên tập viên", "Quản trị trang"]
NO_ROLE = ""
ROLE_CHOICES = [(NO_ROLE, "— không có vai trò (không vào được trang quản trị) —"), *((r, r) for r in ROLES)]
PERMISSION_VERBS = {"add": "Được thêm", "change": "Được sửa", "delete": "Được xóa", "view": "Được xem"}


def role_of(user):
    names = [group.name for group in user.groups.all() if group.name in ROLES]
    return names[-1] if names else NO_ROLE


def set_role(user, role):
    """The user's one role among the newsroom's groups; staff status follows it."""
    user.groups.remove(*Group.objects.filter(name__in=ROLES).exclude(name=role))
    if role:
        user.groups.add(Group.objects.get(name=role))


def password_link(request, user):
    """An address where the colleague sets their own password, valid once and for PASSWORD_RESET_TIMEOUT."""
    path = reverse(
        "set_password",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return request.build_absolute_uri(path)


def permission_label(permission):
    """'Bản tin | bài viết | Được thêm bài viết' instead of Django's stored 'Can add bài viết'."""
    action, _, _ = permission.codename.partition("_")
    model = permission.content_type.model_class()
    name = permission.name
    if action in PERMISSION_VERBS and model is not None and name.startswith("Can "):
        name = f"{PERMISSION_VERBS[action]} {model._meta.verbose_name}"
    return f"{permission.content_type} | {name}"


class RoleField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            label="vai trò",
            choices=ROLE_CHOICES,
            help_text=(
                "Phóng viên viết bài của mình; Biên tập viên duyệt và đăng mọi bài; Quản trị trang thêm cả "
                "thông tin trang và tài khoản. Bỏ vai trò thì người này không vào được trang quản trị nữa và "
                "bị đăng xuất ngay."
            ),
            **kwargs,
        )


class ColleagueCreationForm(AdminUserCreationForm):
    role = RoleField()
    usable_password = forms.ChoiceField(
        label="mật khẩu",
        required=False,
        initial="false",
        choices={
            "false": "Người này tự đặt mật khẩu qua liên kết dùng một lần (hiện ra sau khi lưu)",
            "true": "Đặt mật khẩu ngay",
        },
        widget=forms.RadioSelect(attrs={"class": "radiolist"}),
    )

    class Meta(AdminUserCreationForm.Meta):
        fields = ["username", "first_name", "last_name", "email"]


class ColleagueChangeForm(UserChangeForm):
    role = RoleField(required=False)

    class Meta(UserChangeForm.Meta):
        fields = ["username", "password", "first_name", "last_name", "email", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["role"] = role_of(self.instance)


class ColleaguePasswordForm(AdminPasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "usable_password" in self.fields:
            # Django appends an English warning to this help text outside its catalogue.
            self.fields[
                "usable_password"
            ].help_text = (
                "Tắt thì người này không đăng nhập bằng mật khẩu được nữa, và mật khẩu hiện tại bị xóa."
            )


class NewsroomLoginForm(AdminAuthenticationForm):
    """Django says "wrong password" to an account without staff status: we say what is really wrong."""

    def confirm_login_allowed(self, user):
        if user.is_active and not user.is_staff:
            raise ValidationError(
                f"Mật khẩu đúng, nhưng tài khoản “{user.get_username()}” chưa được giao vai trò "
                "trong tòa soạn nên chưa vào được trang quản trị. Hãy nhờ quản trị trang chọn vai trò "
                "cho tài khoản này.",
                code="no_role",
            )
        super().confirm_login_allowed(user)


admin.site.login_form = NewsroomLoginForm


class HidesJoinRows:
    """The deletion page lists the rows joining users, groups and permissions under Django's English names."""

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        joins = [
            field.remote_field.through._meta
            for model in (User, Group)
            for field in model._meta.many_to_many
            if field.remote_field.through._meta.auto_created
        ]
        prefixes = tuple(
            f"{str(meta.verbose_name)[:1].upper()}{str(meta.verbose_name)[1:]}:" for meta in joins
        )
        plurals = {meta.verbose_name_plural for meta in joins}

        def keep(items):
            return [
                keep(i) if isinstance(i, list) else i
                for i in items
                if isinstance(i, list) or not i.startswith(prefixes)
            ]

        return keep(deleted), {k: v for k, v in counts.items() if k not in plurals}, perms_needed, protected


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class ColleagueAdmin(HidesJoinRows, RecordedUserAdmin):
    form = ColleagueChangeForm
    add_form = ColleagueCreationForm
    change_password_form = ColleaguePasswordForm
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        ("Người dùng", {"fields": ["first_name", "last_name", "email"]}),
        ("Vai trò", {"fields": ["role", "is_active"]}),
        ("Các mốc thời gian", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"fields": ["username", "first_name", "last_name", "email", "role"]}),
        ("Mật khẩu", {"fields": ["usable_password", "password1", "password2"]}),
    ]
    readonly_fields = ["last_login", "date_joined"]
    list_display = ["username", "full_name", "email", "role", "is_active", "last_login"]
    list_filter = ["groups", "is_active"]
    filter_horizontal = []

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description="họ và tên")
    def full_name(self, user):
        return user.get_full_name()

    @admin.display(description="vai trò")
    def role(self, user):
        return role_of(user) or "—"

    def has_change_permission(self, request, obj=None):
        # Only `createsuperuser` makes a superuser, and only a superuser changes one.
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        role = form.cleaned_data.get("role", NO_ROLE)
        if not obj.is_superuser:
            obj.is_staff = bool(role)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        user, role = form.instance, form.cleaned_data.get("role", NO_ROLE)
        had_role = bool(form.initial.get("role"))
        set_role(user, role)
        if change and ((had_role and not role) or ("is_active" in form.changed_data and not user.is_active)):
            end_sessions(user)
            messages.info(request, f"{user.get_username()} đã bị đăng xuất khỏi mọi nơi.")
        if not change and not user.has_usable_password():
            messages.success(
                request,
                f"Gửi cho {user.get_full_name() or user.get_username()} liên kết này để tự đặt mật khẩu "
                f"(dùng được một lần, trong {self._link_days()} ngày): {password_link(request, user)}",
            )

    @staticmethod
    def _link_days():
        from django.conf import settings

        return settings.PASSWORD_RESET_TIMEOUT // 86400


class PermissionsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return permission_label(obj)


@admin.register(Group)
class RoleGroupAdmin(HidesJoinRows, RecordedGroupAdmin):
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name == "permissions":
            kwargs["form_class"] = PermissionsField
            # Only what the admin shows can be granted; internal records (sessions, counter batches) cannot.
            shown = [ContentType.objects.get_for_model(model).pk for model in self.admin_site._registry]
            kwargs["queryset"] = Permission.objects.filter(content_type__in=shown).select_related(
                "content_type"
            )
        return super().formfield_for_manytomany(db_field, request=request, **kwargs)


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """The one-time link's page: the colleague chooses a password (Django's reset page, the admin's look)."""

    success_url = reverse_lazy("set_password_done")


class SetPasswordDoneView(auth_views.PasswordResetCompleteView):
    pass


# django-axes' lists, with Vietnamese column titles where axes gives none.
for model in (AccessAttempt, AccessLog, AccessFailureLog):
    admin.site.unregister(model)


@admin.register(AccessAttempt)
class LockedOutLoginAdmin(AccessAttemptAdmin):
    actions = []

    @admin.display(description="hết hạn")
    def expiration(self, obj):
        return obj.expiration.expires_at if hasattr(obj, "expiration") else "—"

    @admin.display(description="tình trạng")
    def status(self, obj):
        left = axes_settings.AXES_FAILURE_LIMIT - obj.failures_since_start
        return f"còn {left} lần thử" if left > 0 else "đang bị khóa"


admin.site.register(AccessLog, AccessLogAdmin)
admin.site.register(AccessFailureLog, AccessFailureLogAdmin)
