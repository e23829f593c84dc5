"""The station's SQLite store (see database.py) and its schema migrations."""

from kiosk.store.database import (
    Store,
    StoreDamaged,
    StoreHealth,
    StoreReadOnly,
    StoreUnavailable,
    WriteTicket,
    check_integrity,
    check_readable,
    connect,
    utc_now_iso,
)
from kiosk.store.migrations import LATEST_VERSION, migrate, schema_version
from kiosk.store.spill import SqlWrite, spill_as

__all__ = [
    "LATEST_VERSION",
    "SqlWrite",
    "Store",
    "StoreDamaged",
    "StoreHealth",
    "StoreReadOnly",
    "StoreUnavailable",
    "WriteTicket",
    "check_integrity",
    "check_readable",
    "connect",
    "migrate",
    "schema_version",
    "spill_as",
    "utc_now_iso",
]
