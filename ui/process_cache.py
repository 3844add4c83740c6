"""Server-lifetime caches that Streamlit's "clear cache" cannot empty.

Any websocket client, signed in or not, can send Streamlit's `clear_cache` message, which empties
every `st.cache_data` and `st.cache_resource` of the server (the hidden toolbar does not stop
it). Results that are expensive to rebuild (the spaCy model, analysed corpora, the store's rows)
therefore live here instead, so a client cannot force re-analysis or make the server hold a new
copy of everything per clear. What stays in Streamlit's caches is derived from these cheaply.

`process_cache` keys a function's results like `st.cache_resource` does: by its arguments, except
those whose names start with `_`; each function keeps at most `max_entries` results (least
recently used go first) and computes a key once even when several sessions ask at the same time.
"""
from __future__ import annotations

import functools
import inspect
import threading
from collections import OrderedDict
from typing import Any, Callable


def process_cache(max_entries: int | None = None, *, spinner: str | None = None) -> Callable:
    def decorate(func: Callable) -> Callable:
        signature = inspect.signature(func)
        entries: OrderedDict[tuple, Any] = OrderedDict()
        lock = threading.Lock()
        computing: dict[tuple, threading.Lock] = {}

        def key_of(args, kwargs) -> tuple:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            return tuple((name, value) for name, value in bound.arguments.items() if not name.startswith("_"))

        def lookup(key: tuple) -> tuple[bool, Any]:
            with lock:
                if key in entries:
                    entries.move_to_end(key)
                    return True, entries[key]
            return False, None

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            key = key_of(args, kwargs)
            found, value = lookup(key)
            if found:
                return value
            with lock:
                key_lock = computing.setdefault(key, threading.Lock())
            with key_lock:
                found, value = lookup(key)
                if found:
                    return value
                if spinner:
                    import streamlit as st

                    with st.spinner(spinner):
                        value = func(*args, **kwargs)
                else:
                    value = func(*args, **kwargs)
                with lock:
                    entries[key] = value
                    computing.pop(key, None)
                    while max_entries and len(entries) > max_entries:
                        entries.popitem(last=False)
            return value

        def clear() -> None:
            with lock:
                entries.clear()

        wrapper.clear = clear
        wrapper.cached = lambda *args, **kwargs: lookup(key_of(args, kwargs))[0]
        wrapper.size = lambda: len(entries)
        return wrapper

    return decorate
