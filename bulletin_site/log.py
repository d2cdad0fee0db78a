"""Log records as one line each, for journald or any log collector."""

import json
import logging


class TextFormatter(logging.Formatter):
    """'time level logger message', a traceback folded into the same line (newlines written as \\n)."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record):
        return super().format(record).replace("\n", "\\n")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request path if any, traceback."""

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            entry["path"] = request.path
            entry["method"] = request.method
        if getattr(record, "status_code", None):
            entry["status"] = record.status_code
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class NotHealthChecks(logging.Filter):
    """The load balancer's /healthz answers, 503 included, are its business, not errors of the site."""

    def filter(self, record):
        request = getattr(record, "request", None)
        return not (record.name == "django.request" and getattr(request, "path", None) == "/healthz")
