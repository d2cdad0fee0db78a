"""Dates typed in the admin: day first (bulletin_site/formats/vi/), a message saying how, a real year."""

from django import forms
from django.contrib.admin import widgets
from django.core.exceptions import ValidationError
from django.db import models

HOW_TO_TYPE_A_DATE = "Ngày không hợp lệ. Hãy gõ ngày-tháng-năm, ví dụ 14-01-2021 hoặc 14/01/2021."
HOW_TO_TYPE_A_TIME = "Giờ không hợp lệ. Hãy gõ giờ:phút, ví dụ 08:00."
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


def refuse_an_unlikely_year(value):
    # strptime's %Y takes "21" as the year 21: "3/1/21" must be refused, not stored as 0021.
    if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(
            f"Năm {value.year} không hợp lệ: hãy gõ đủ bốn chữ số của năm, ví dụ 14-01-2021.",
            code="unlikely_year",
        )


class DayFirstDateField(forms.DateField):
    default_error_messages = {"invalid": HOW_TO_TYPE_A_DATE}
    default_validators = [refuse_an_unlikely_year]


class DayFirstSplitDateTimeField(forms.SplitDateTimeField):
    default_error_messages = {
        "invalid_date": HOW_TO_TYPE_A_DATE,
        "invalid_time": HOW_TO_TYPE_A_TIME,
    }
    default_validators = [refuse_an_unlikely_year]


# For ModelAdmin.formfield_overrides: each replaces the admin's own entry, so its widget is named again.
DATE_FIELDS = {
    models.DateTimeField: {"form_class": DayFirstSplitDateTimeField, "widget": widgets.AdminSplitDateTime},
    models.DateField: {"form_class": DayFirstDateField, "widget": widgets.AdminDateWidget},
}
