"""Dates and times as Vietnamese people type and read them: day first, always.

Django's own `vi` locale sets no input formats, so Django's defaults applied, and they read "03/01/2021" the
American way, as 1 March. Only day-first and ISO (year-first) forms are listed here; the first of each list is
also the one a form shows ("14-01-2021", "08:00"). Display formats not set here come from Django's `vi`.
"""

DATE_INPUT_FORMATS = [
    "%d-%m-%Y",  # 14-01-2021 (shown in forms); strptime also takes 4-1-2021
    "%d/%m/%Y",  # 14/01/2021, 3/1/2021
    "%d.%m.%Y",  # 14.01.2021
    "%Y-%m-%d",  # 2021-01-14 (ISO)
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 08:00 (shown in forms)
    "%H:%M:%S",  # 08:00:00
    "%Hh%M",  # 8h30
    "%Hh",  # 8h
]
DATETIME_INPUT_FORMATS = [
    f"{date} {time}" for date in DATE_INPUT_FORMATS for time in TIME_INPUT_FORMATS[:2]
] + DATE_INPUT_FORMATS
SHORT_DATE_FORMAT = "d-m-Y"
SHORT_DATETIME_FORMAT = "H:i d-m-Y"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
