"""Opening hours as a site admin says them: each weekday closed or open with its sessions, and dated
exceptions (a closing day, "only the morning on 24-12"), each with a reason readers see. Pure rules: no model.

Every place readers see the hours (header, footer, contact page, JSON-LD, the live line) reads one Week, built
from the site settings' weekly hours and the closing days; the live status is computed for each request (see
views.opening_status), never written into a page that a cache may keep.
"""

import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAYS = [
    (0, "Thứ 2"),
    (1, "Thứ 3"),
    (2, "Thứ 4"),
    (3, "Thứ 5"),
    (4, "Thứ 6"),
    (5, "Thứ 7"),
    (6, "Chủ Nhật"),
]
WEEKDAY_NAMES = dict(WEEKDAYS)
# Beyond a week the weekday alone is ambiguous ("Thứ 3" of which week?): the date is added.
WEEK = 7
# How far ahead to look for the next opening day; closing days never fill a year.
HORIZON_DAYS = 400
# Tuesday to Sunday, 7h30-12h00 and 13h30-16h30: the office's hours when the site was built.
DEFAULT_WEEKLY_HOURS = {str(day): [["07:30", "12:00"], ["13:30", "16:30"]] for day in range(1, 7)}
MOST_SESSIONS = 4
_TIME = re.compile(r"^(\d{1,2})\s*(?:[h:.giờ]+\s*(\d{1,2})?\s*(?:p|phút)?)?$")


def hour_label(value):
    """datetime.time(7, 30) -> '7h30'."""
    return f"{value.hour}h{value.minute:02d}"


def parse_time(text):
    """'7h30', '7:30', '07.30', '7h', '13 giờ 30' -> datetime.time; ValueError with the reason otherwise."""
    match = _TIME.match(text.strip().lower())
    if not match:
        raise ValueError(f"“{text.strip()}” không phải là giờ (viết như 7h30 hoặc 13:30).")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"“{text.strip()}” không phải là giờ có thật.")
    return datetime.time(hour, minute)


def parse_sessions(text):
    """'7h30 - 11h30, 13h30 - 16h30' -> [(07:30, 11:30), (13:30, 16:30)]; '' or 'nghỉ' -> [] (closed).

    Sessions in order, each closing after it opens, none overlapping the next; else a Vietnamese ValueError.
    """
    text = (text or "").strip()
    if text.lower() in {"", "nghỉ", "nghi", "đóng cửa", "dong cua", "-"}:
        return []
    result = []
    for part in re.split(r"[,;\n]+", text):
        if not part.strip():
            continue
        ends = re.split(r"\s*(?:–|—|-|đến|den)\s*", part.strip())
        if len(ends) != 2:
            raise ValueError(f"“{part.strip()}”: ghi giờ mở và giờ đóng, như 7h30 - 11h30.")
        opens, closes = parse_time(ends[0]), parse_time(ends[1])
        if closes <= opens:
            raise ValueError(f"“{part.strip()}”: giờ đóng cửa phải sau giờ mở cửa.")
        if result and opens < result[-1][1]:
            raise ValueError(f"“{part.strip()}” bắt đầu trước khi buổi trước kết thúc.")
        result.append((opens, closes))
    if len(result) > MOST_SESSIONS:
        raise ValueError(f"Mỗi ngày nhiều nhất {MOST_SESSIONS} buổi.")
    return result


def sessions_label(day_sessions):
    """[(07:30, 11:30), (13:30, 16:30)] -> '7h30 - 11h30, 13h30 - 16h30'; [] -> 'nghỉ'."""
    if not day_sessions:
        return "nghỉ"
    return ", ".join(f"{hour_label(opens)} - {hour_label(closes)}" for opens, closes in day_sessions)


def to_json(day_sessions):
    return [[f"{opens:%H:%M}", f"{closes:%H:%M}"] for opens, closes in day_sessions]


def from_json(pairs):
    return tuple(
        (datetime.time.fromisoformat(opens), datetime.time.fromisoformat(closes))
        for opens, closes in pairs or []
    )


def _merged(day_sessions):
    """Sessions in order, one that ends when the next starts joined to it: 7h30-12h00 + 12h00-16h30 is one."""
    merged = []
    for opens, closes in sorted(day_sessions):
        if merged and opens <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], closes))
        else:
            merged.append((opens, closes))
    return tuple(merged)


@dataclass(frozen=True)
class DatedHours:
    """A dated exception: closed all day (no sessions) or open only in its sessions, with the reason."""

    reason: str
    sessions: tuple = ()


@dataclass(frozen=True)
class Week:
    """The weekly hours (weekday -> sessions, 0 = Monday; a missing or empty day is closed) and the dated
    exceptions (date -> DatedHours)."""

    days: dict = field(default_factory=dict)
    exceptions: dict = field(default_factory=dict)

    @classmethod
    def from_data(cls, weekly_hours, exceptions=()):
        """From the settings' JSON ({"0": [["07:30", "11:30"], …], …}) and (date, reason, sessions JSON)s."""
        days = {int(day): _merged(from_json(pairs)) for day, pairs in (weekly_hours or {}).items()}
        dated = {date: DatedHours(reason, _merged(from_json(pairs))) for date, reason, pairs in exceptions}
        return cls({day: sessions for day, sessions in days.items() if sessions}, dated)

    def sessions_on(self, day):
        """(sessions, reason or '') of a date: its exception's if it has one, else its weekday's."""
        if day in self.exceptions:
            return self.exceptions[day].sessions, self.exceptions[day].reason
        return self.days.get(day.weekday(), ()), ""

    def groups(self):
        """[(weekdays, sessions)] for the weekdays that open, those with the same sessions together."""
        groups = {}
        for day in range(7):
            if self.days.get(day):
                groups.setdefault(self.days[day], []).append(day)
        return [(weekdays, sessions) for sessions, weekdays in groups.items()]

    def summary(self):
        """The weekly hours in words: ['Thứ 2 – Thứ 6: 7h30 - 11h30, 13h30 - 17h00', 'Thứ 7: 7h30 - 11h30',
        'Chủ Nhật: nghỉ'], days with the same hours together, a run of days written as a range."""
        lines = []
        for weekdays, day_sessions in [*self.groups(), (self._closed_days(), ())]:
            if weekdays:
                lines.append(f"{_days_label(weekdays)}: {sessions_label(day_sessions)}")
        return lines

    def _closed_days(self):
        return [day for day in range(7) if not self.days.get(day)]

    @property
    def version(self):
        """Changes whenever the weekly hours change: the live line's address carries it (see views)."""
        data = json.dumps({day: to_json(s) for day, s in sorted(self.days.items())}, sort_keys=True)
        return hashlib.sha256(data.encode()).hexdigest()[:8]


def _days_label(weekdays):
    """[0, 1, 2, 3, 4] -> 'Thứ 2 – Thứ 6'; [0, 3] -> 'Thứ 2, Thứ 5'; [5] -> 'Thứ 7'."""
    runs = []
    for day in weekdays:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{WEEKDAY_NAMES[run[0]]} – {WEEKDAY_NAMES[run[-1]]}")
        else:
            parts += [WEEKDAY_NAMES[day] for day in run]
    return ", ".join(parts)


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    # When it closes if open, when it opens again if closed (local time); None if no opening is ahead.
    changes_at: datetime.datetime | None
    now: datetime.datetime
    # Why today differs from the usual week ("Nghỉ lễ Quốc khánh"), or ''.
    reason: str = ""

    @property
    def text(self):
        because = f" ({self.reason})" if self.reason else ""
        if self.is_open:
            return f"Đang mở cửa – đóng cửa lúc {hour_label(self.changes_at)}{because}"
        if self.changes_at is None:
            return f"Đã đóng cửa{because}"
        day = WEEKDAY_NAMES[self.changes_at.weekday()]
        if (self.changes_at.date() - self.now.date()).days >= WEEK:
            day = f"{day} ngày {self.changes_at:%d-%m-%Y}"
        return f"Đã đóng cửa{because} – mở cửa lại lúc {hour_label(self.changes_at)} {day}"

    @property
    def seconds_until_change(self):
        if self.changes_at is None:
            return None
        return max(0, int((self.changes_at - self.now).total_seconds()))


def opening_status(week, now):
    """The status at `now` (an aware datetime) in Vietnam, from the weekly hours and the dated exceptions."""
    now = now.astimezone(VIETNAM)

    def at(day, time):
        return datetime.datetime.combine(day, time, tzinfo=VIETNAM)

    today = now.date()
    today_sessions, reason = week.sessions_on(today)
    for opens, closes in today_sessions:
        if at(today, opens) <= now < at(today, closes):
            return OpeningStatus(True, at(today, closes), now, reason)
        if now < at(today, opens):
            return OpeningStatus(False, at(today, opens), now, reason)
    for offset in range(1, HORIZON_DAYS):
        day = today + datetime.timedelta(days=offset)
        day_sessions, _ = week.sessions_on(day)
        if day_sessions:
            return OpeningStatus(False, at(day, day_sessions[0][0]), now, reason)
    return OpeningStatus(False, None, now, reason)
