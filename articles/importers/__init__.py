"""Bringing an old site's archive across: WordPress exports (WXR) and JSON Lines from any other portal.

Each source is read into `store.Entry` objects; `store` writes them, the same way for both.
"""
