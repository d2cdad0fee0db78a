"""Django's Redis cache, with one client per connection pool instead of a new one for every operation.

Django's RedisCacheClient.get_client() builds a redis.Redis for each get or set; building one fills its table
of reply handlers, which cost more than the round trip itself. A client is safe to share between threads (each
command takes a connection from the pool), so each pool gets one.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
