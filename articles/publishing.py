"""The article form's publish box: the state in words, the buttons a person may use, what will happen."""

import datetime


def same_minute(first, second):
    """Forms show times to the minute ("08:00"): a time shown and sent back unchanged is the same time."""
    if first is None or second is None:
        return first is second

    def to_minute(moment):
        return moment.replace(second=0, microsecond=0) if isinstance(moment, datetime.datetime) else moment

    return to_minute(first) == to_minute(second)
