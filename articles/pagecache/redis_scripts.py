"""The Redis side of the page cache and the view counter: one client per process, and Lua scripts, each of
which runs atomically in Redis, so that no view or change slips between two of its steps.

A reader's view of a cached article page is one round trip: LOOKUP reads the content version and the page
and, when the page counts views, counts this one and returns the article's count.

Every key starts with REDIS_KEY_PREFIX, which names the site (one Redis may serve several sites, or a staging
copy), never an address: app servers that reach one database by different addresses share one prefix.

A client gives up after REDIS_TIMEOUT_SECONDS and never retries; the breaker (articles.pagecache.breaker) then
skips Redis for a few seconds. A view is counted in Redis only before its deadline, half that timeout after
the request was sent: a script that Redis runs later (it was frozen, the client has given up and counted the
view in the database) counts nothing, so a view is never counted in both places.
"""

import functools
import time
import uuid

import redis
from django.conf import settings
from redis.backoff import NoBackoff
from redis.retry import Retry

from .breaker import Breaker

# KEYS[1..6]: Scripts.counter_keys. mode: '1' counts a view, '0' only reads. learned: the database's count,
# or ''. deadline: seconds since 1970 after which the view is not counted ('' for none). Returns {the count
# shown (-1: unknown, read the database's count and call again; -2: too late, count it in the database), 1 if
# the caller is to flush}. The flush timer starts with a batch's first view: no view waits much longer than
# its seconds.
_RECORD = """
local function record(id, mode, views_before_flush, seconds_before_flush, lock_seconds, learned, deadline)
    if mode == '1' and deadline ~= '' then
        local now = redis.call('TIME')
        if tonumber(now[1]) + tonumber(now[2]) / 1000000 > tonumber(deadline) then
            return {-2, 0}
        end
    end
    if learned ~= '' then
        redis.call('HSETNX', KEYS[3], id, learned)
    end
    local known = redis.call('HGET', KEYS[3], id)
    if not known then
        return {-1, 0}
    end
    local pending = 0
    local due = 0
    if mode == '1' then
        pending = redis.call('HINCRBY', KEYS[1], id, 1)
        local total = redis.call('INCR', KEYS[4])
        if total == 1 then
            redis.call('SET', KEYS[5], '1', 'EX', seconds_before_flush)
        end
        if (total >= tonumber(views_before_flush) or redis.call('EXISTS', KEYS[5]) == 0)
            and redis.call('SET', KEYS[6], '1', 'NX', 'EX', lock_seconds) then
            due = 1
        end
    else
        pending = tonumber(redis.call('HGET', KEYS[1], id) or '0')
    end
    local flushing = tonumber(redis.call('HGET', KEYS[2], id) or '0')
    return {tonumber(known) + flushing + pending, due}
end
"""
# ARGV: article id, mode, views before a flush, seconds before a flush, lock seconds, learned count, deadline.
RECORD = _RECORD + "return record(ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7])"
# KEYS[7]: the content version, KEYS[8]: the page. ARGV: mode ('' for a page that counts no views), views
# before a flush, seconds before a flush, lock seconds, the time now (seconds since 1970, the app's clock),
# the deadline. The page is a StoredPage (articles.pagecache.pages): its first three lines are read here.
# Returns {version or false, the page if it is of this version and still valid or false, then record()'s
# answer if the view was counted or read}.
LOOKUP = (
    _RECORD
    + """
local version = redis.call('GET', KEYS[7])
local page = redis.call('GET', KEYS[8])
if not version or not page then
    return {version, false}
end
local first = string.find(page, '\\n', 1, true)
local second = string.find(page, '\\n', first + 1, true)
if string.sub(page, 1, first - 1) ~= version
    or tonumber(string.sub(page, first + 1, second - 1)) <= tonumber(ARGV[5]) then
    return {version, false}
end
local third = string.find(page, '\\n', second + 1, true)
local id = string.sub(page, second + 1, third - 1)
if id == '' or ARGV[1] == '' then
    return {version, page}
end
local counted = record(id, ARGV[1], ARGV[2], ARGV[3], ARGV[4], '', ARGV[6])
return {version, page, counted[1], counted[2]}
"""
)
# KEYS: pending, flushing, pending total. ARGV: an id for a new batch.
# Returns {1 if the batch was left behind by a flush that died (taken again, under its own id) else 0,
# then the batch's fields}.
TAKE = """
local left_behind = redis.call('EXISTS', KEYS[2])
if left_behind == 0 then
    if redis.call('EXISTS', KEYS[1]) == 0 then
        return {0}
    end
    redis.call('RENAME', KEYS[1], KEYS[2])
    redis.call('HSET', KEYS[2], 'batch', ARGV[1])
    redis.call('DEL', KEYS[3])
end
local taken = redis.call('HGETALL', KEYS[2])
table.insert(taken, 1, left_behind)
return taken
"""
# KEYS: flushing, known, flush lock. ARGV: the batch written ('' if none), then article id, count pairs.
# The new counts and the batch's end are one step: the figure shown never counts a view twice.
FINISH = """
if ARGV[1] ~= '' and redis.call('HGET', KEYS[1], 'batch') == ARGV[1] then
    for i = 2, #ARGV, 2 do
        redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
    end
    redis.call('DEL', KEYS[1])
end
redis.call('DEL', KEYS[3])
return 1
"""
FLUSH_LOCK_SECONDS = 60  # one flush at a time from the request path; a flush that died frees it by then


class Scripts:
    def __init__(self, url, prefix, timeout):
        # A Redis that stops answering must fail a request quickly, not hang a worker; no retry either: the
        # breaker decides when to try again.
        self.timeout = timeout
        self.client = redis.Redis.from_url(
            url, socket_connect_timeout=timeout, socket_timeout=timeout, retry=Retry(NoBackoff(), 0)
        )
        self.breaker = Breaker(on_recovery=self.after_outage)
        self.prefix = prefix
        self.version = f"{prefix}content-version"
        self.parts_version = f"{prefix}parts-version"  # see articles.pagecache.kept
        names = ["pending", "flushing", "known", "pending-total", "batch-timer", "flush-lock"]
        self.counter_keys = [f"{prefix}views:{name}" for name in names]
        (self.pending, self.flushing, self.known, self.pending_total, self.batch_timer, self.flush_lock) = (
            self.counter_keys
        )
        self.record = self.client.register_script(RECORD)
        self.lookup = self.client.register_script(LOOKUP)
        self.take = self.client.register_script(TAKE)
        self.finish = self.client.register_script(FINISH)

    def deadline(self):
        """The latest moment a view sent now may be counted in Redis (see the module's docstring)."""
        return repr(time.time() + self.timeout / 2)

    def after_outage(self):
        # Changes made meanwhile were not announced here, and views were counted in the database, which the
        # counts Redis remembers from it do not include: start again from the database.
        pipe = self.client.pipeline(transaction=True)
        pipe.set(self.version, uuid.uuid4().hex)
        pipe.set(self.parts_version, uuid.uuid4().hex)
        pipe.delete(self.known)
        pipe.execute()


@functools.cache
def _scripts_for(url, prefix, timeout):
    return Scripts(url, prefix, timeout)


def scripts():
    return _scripts_for(settings.REDIS_URL, f"{settings.REDIS_KEY_PREFIX}:", settings.REDIS_TIMEOUT_SECONDS)


def guarded(action, fallback):
    """action()'s result, or fallback()'s while Redis is down or silent (always action()'s without Redis)."""
    if not settings.REDIS_URL:
        return action()
    return scripts().breaker.call(action, fallback)


def flush_limits():
    """ARGV for record() after the mode: views and seconds before a flush, and the flush lock's seconds."""
    return [settings.VIEW_COUNT_FLUSH_VIEWS, max(settings.VIEW_COUNT_FLUSH_SECONDS, 1), FLUSH_LOCK_SECONDS]
