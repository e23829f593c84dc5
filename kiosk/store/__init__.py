"""The station's SQLite store (see database.py) and its schema migrations."""

from kiosk.store.database import (
    Store,
    StoreHealth,
    StoreUnavailable,
    WriteTicket,
    check_integrity,
    connect,
    utc_now_iso,
)
from kiosk.store.migrations import LATEST_VERSION, migrate, schema_version

__all__ = [
    "LATEST_VERSION",
    "Store",
    "StoreHealth",
    "StoreUnavailable",
    "WriteTicket",
    "check_integrity",
    "connect",
    "migrate",
    "schema_version",
    "utc_now_iso",
]
