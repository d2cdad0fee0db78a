"""Whether the office is open at a given moment, and when that changes, from the weekly hours in the settings.

Computed for each request (see views.opening_status), never written into a page that a cache may keep.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .models import WEEKDAYS, hour_label

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAY_NAMES = dict(WEEKDAYS)
# Beyond a week the weekday alone is ambiguous ("Thứ 3" of which week?): the date is added.
WEEK = 7
# How far ahead to look for the next opening day; closing days never fill a year.
HORIZON_DAYS = 400


def open_weekdays(first, last):
    """The weekdays from `first` to `last` (0 = Monday), wrapping round the week: (5, 1) -> [5, 6, 0, 1]."""
    return [(first + offset) % 7 for offset in range((last - first) % 7 + 1)]


def sessions(settings):
    """The day's (opens, closes) times; a morning that ends when the afternoon starts is one session."""
    morning = (settings.morning_opens_at, settings.morning_closes_at)
    afternoon = (settings.afternoon_opens_at, settings.afternoon_closes_at)
    if morning[1] >= afternoon[0]:
        return [(morning[0], max(morning[1], afternoon[1]))]
    return [morning, afternoon]


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    # When it closes if open, when it opens again if closed (local time); None if no opening is ahead.
    changes_at: datetime.datetime | None
    now: datetime.datetime

    @property
    def text(self):
        if self.is_open:
            return f"Đang mở cửa – đóng cửa lúc {hour_label(self.changes_at)}"
        if self.changes_at is None:
            return "Đã đóng cửa"
        day = WEEKDAY_NAMES[self.changes_at.weekday()]
        if (self.changes_at.date() - self.now.date()).days >= WEEK:
            day = f"{day} ngày {self.changes_at:%d-%m-%Y}"
        return f"Đã đóng cửa – mở cửa lại lúc {hour_label(self.changes_at)} {day}"

    @property
    def seconds_until_change(self):
        if self.changes_at is None:
            return None
        return max(0, int((self.changes_at - self.now).total_seconds()))


def opening_status(settings, closing_days, now):
    """The status at `now` (an aware datetime) in Vietnam, given the site settings and the closing dates."""
    now = now.astimezone(VIETNAM)
    weekdays = set(open_weekdays(settings.first_open_day, settings.last_open_day))
    closing_days = set(closing_days)
    day_sessions = sessions(settings)

    def at(day, time):
        return datetime.datetime.combine(day, time, tzinfo=VIETNAM)

    def is_open_day(day):
        return day.weekday() in weekdays and day not in closing_days

    today = now.date()
    if is_open_day(today):
        for opens, closes in day_sessions:
            if at(today, opens) <= now < at(today, closes):
                return OpeningStatus(True, at(today, closes), now)
            if now < at(today, opens):
                return OpeningStatus(False, at(today, opens), now)
    for offset in range(1, HORIZON_DAYS):
        day = today + datetime.timedelta(days=offset)
        if is_open_day(day):
            return OpeningStatus(False, at(day, day_sessions[0][0]), now)
    return OpeningStatus(False, None, now)
