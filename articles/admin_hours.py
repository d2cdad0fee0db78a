"""The opening hours in the admin, typed as a site admin says them: "7h30 - 11h30, 13h30 - 16h30" for a day,
nothing for a closed day; the same for a dated exception."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from .hours import WEEKDAYS, from_json, parse_sessions, sessions_label, to_json
from .models import ClosingDay, SiteSettings

HOURS_HELP = "Ví dụ: 7h30 - 11h30, 13h30 - 16h30. Chỉ buổi sáng: 7h30 - 11h30. Để trống: nghỉ."


def day_field(label, help_text=HOURS_HELP):
    return forms.CharField(
        label=label,
        required=False,
        help_text=help_text,
        widget=forms.TextInput(attrs={"placeholder": "nghỉ", "size": 32}),
    )


def clean_sessions(text):
    try:
        return to_json(parse_sessions(text))
    except ValueError as error:
        raise ValidationError(str(error)) from None


def assume_https(field, **kwargs):
    """As the admin's formfield_overrides: a web address typed without its scheme is an https one."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


def shown(pairs):
    return "" if not pairs else sessions_label(from_json(pairs))


WEEKDAY_FIELDS = [f"hours_{day}" for day, _ in WEEKDAYS]


class SiteSettingsForm(forms.ModelForm):
    """One line per weekday instead of the JSON the settings keep."""

    hours_0 = day_field("Thứ 2")
    hours_1 = day_field("Thứ 3", "")
    hours_2 = day_field("Thứ 4", "")
    hours_3 = day_field("Thứ 5", "")
    hours_4 = day_field("Thứ 6", "")
    hours_5 = day_field("Thứ 7", "")
    hours_6 = day_field("Chủ Nhật", "")

    class Meta:
        model = SiteSettings
        fields = ["site_name", "tagline", "address", "phone", "email", "facebook_url", "youtube_url", "zalo"]
        fields += ["footer_note"]
        formfield_callback = assume_https

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        weekly = self.instance.weekly_hours or {}
        for (day, _), field_name in zip(WEEKDAYS, WEEKDAY_FIELDS, strict=True):
            self.initial.setdefault(field_name, shown(weekly.get(str(day))))

    def clean(self):
        cleaned = super().clean()
        weekly = {}
        for (day, _), field_name in zip(WEEKDAYS, WEEKDAY_FIELDS, strict=True):
            try:
                pairs = clean_sessions(cleaned.get(field_name, ""))
            except ValidationError as error:
                self.add_error(field_name, error)
                continue
            if pairs:
                weekly[str(day)] = pairs
        self.instance.weekly_hours = weekly
        return cleaned


class ClosingDayForm(forms.ModelForm):
    hours = day_field("giờ mở cửa hôm đó", "Ví dụ: 7h30 - 11h30 (chỉ buổi sáng). Để trống: nghỉ cả ngày.")

    class Meta:
        model = ClosingDay
        fields = ["date", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("hours", shown(self.instance.sessions))

    def clean_hours(self):
        return clean_sessions(self.cleaned_data.get("hours", ""))

    def save(self, commit=True):
        self.instance.sessions = self.cleaned_data["hours"]
        return super().save(commit)
