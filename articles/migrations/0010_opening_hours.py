"""Opening hours as they really are: each weekday with its own sessions (weekly_hours), dated exceptions with
their own hours (ClosingDay.sessions). The old range of days with exactly two sessions is carried over as it
was: the same days, the same times (a morning running into the afternoon stays one session)."""

from django.db import migrations, models

import articles.models.site

OLD_FIELDS = [
    "first_open_day",
    "last_open_day",
    "morning_opens_at",
    "morning_closes_at",
    "afternoon_opens_at",
    "afternoon_closes_at",
]


def open_weekdays(first, last):
    """The weekdays from `first` to `last` (0 = Monday), wrapping round the week: (5, 1) -> [5, 6, 0, 1]."""
    return [(first + offset) % 7 for offset in range((last - first) % 7 + 1)]


def to_weekly_hours(apps, schema_editor):
    SiteSettings = apps.get_model("articles", "SiteSettings")
    for site in SiteSettings.objects.all():
        morning = (site.morning_opens_at, site.morning_closes_at)
        afternoon = (site.afternoon_opens_at, site.afternoon_closes_at)
        if morning[1] >= afternoon[0]:
            day = [(morning[0], max(morning[1], afternoon[1]))]
        else:
            day = [morning, afternoon]
        pairs = [[f"{opens:%H:%M}", f"{closes:%H:%M}"] for opens, closes in day]
        site.weekly_hours = {
            str(weekday): pairs for weekday in open_weekdays(site.first_open_day, site.last_open_day)
        }
        site.save(update_fields=["weekly_hours"])


def to_range_of_days(apps, schema_editor):
    """Back to one range of days with two sessions: the longest run of open days, the first day's hours."""
    import datetime

    SiteSettings = apps.get_model("articles", "SiteSettings")
    for site in SiteSettings.objects.all():
        days = sorted(int(day) for day, pairs in (site.weekly_hours or {}).items() if pairs)
        if not days:
            continue
        site.first_open_day, site.last_open_day = days[0], days[-1]
        pairs = site.weekly_hours[str(days[0])]
        times = [datetime.time.fromisoformat(t) for pair in pairs for t in pair]
        site.morning_opens_at, site.morning_closes_at = times[0], times[1]
        site.afternoon_opens_at, site.afternoon_closes_at = (
            (times[2], times[3])
            if len(times) >= 4
            else (
                times[1],
                times[1],
            )
        )
        site.save()


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_search_documents")]

    operations = [
        migrations.AddField(
            model_name="sitesettings",
            name="weekly_hours",
            field=models.JSONField(
                blank=True,
                default=articles.models.site.default_weekly_hours,
                help_text="Theo thứ trong tuần (0 = Thứ 2): các buổi mở cửa; ngày không có buổi nào là ngày nghỉ.",
                verbose_name="giờ mở cửa hàng tuần",
            ),
        ),
        migrations.RunPython(to_weekly_hours, to_range_of_days),
        *[migrations.RemoveField(model_name="sitesettings", name=name) for name in OLD_FIELDS],
        migrations.AlterModelOptions(
            name="closingday",
            options={
                "ordering": ["date"],
                "verbose_name": "ngày nghỉ hoặc giờ đặc biệt",
                "verbose_name_plural": "ngày nghỉ và giờ đặc biệt",
            },
        ),
        migrations.AddField(
            model_name="closingday",
            name="sessions",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Để trống: nghỉ cả ngày.",
                verbose_name="giờ mở cửa hôm đó",
            ),
        ),
        migrations.AlterField(
            model_name="closingday",
            name="date",
            field=models.DateField(unique=True, verbose_name="ngày"),
        ),
        migrations.AlterField(
            model_name="closingday",
            name="reason",
            field=models.CharField(
                help_text="Bạn đọc thấy lý do này. Ví dụ: Nghỉ lễ Quốc khánh.",
                max_length=200,
                verbose_name="lý do",
            ),
        ),
    ]
