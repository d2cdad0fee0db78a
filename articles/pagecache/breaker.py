"""A small circuit breaker in front of Redis, so that a Redis that is down or silent costs milliseconds.

After a failure (refused, timed out, out of memory…) the process skips Redis for RETRY_SECONDS and serves from
the database meanwhile; then the next call tries Redis again. The first call after a failure runs
`on_recovery` first, once (a new content version: changes made meanwhile were never announced in Redis).
"""

import logging
import time

import redis

RETRY_SECONDS = 5

logger = logging.getLogger("articles.pagecache")


class Breaker:
    def __init__(self, on_recovery, retry_seconds=RETRY_SECONDS):
        self.on_recovery = on_recovery
        self.retry_seconds = retry_seconds
        self.open_until = 0.0
        self.failed = False  # since the last call that succeeded

    @property
    def is_open(self):
        return time.monotonic() < self.open_until

    def call(self, action, fallback):
        """action()'s result, or fallback()'s when Redis fails or is being skipped."""
        if self.is_open:
            return fallback()
        try:
            if self.failed:
                # Before the action: what it reads (a page of the old version) must already be stale.
                self.on_recovery()
                self.failed = False
                logger.warning("Redis answers again")
            return action()
        except redis.RedisError as error:
            self.trip(error)
            return fallback()

    def trip(self, error):
        if not self.failed:
            logger.warning("Redis does not answer (%s): serving from the database", type(error).__name__)
        self.failed = True
        self.open_until = time.monotonic() + self.retry_seconds
