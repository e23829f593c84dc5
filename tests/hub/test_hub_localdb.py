"""The laptop demo centre's private PostgreSQL (kiosk.hub.localdb, `make demo-centre`)."""

from __future__ import annotations

import shutil
import socket
import tempfile
from pathlib import Path

import psycopg
import pytest

from kiosk.hub.localdb import LocalPostgres, find_bin_dir, main


@pytest.fixture
def local():
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="vizium-demo-centre-"))
    folder.chmod(0o755)  # as root, the server's own user must reach it (as a checkout's folder is)
    server = LocalPostgres(folder / "centre")
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


def test_starts_on_localhost_with_a_password_and_again_where_it_was(local, capsys):
    dsn = local.start()
    assert dsn.startswith("postgresql://kiosk:") and "@127.0.0.1:" in dsn and dsn.endswith("/vizium")
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0] == "vizium"
    with pytest.raises(psycopg.OperationalError):  # the password is asked for
        psycopg.connect(dsn.replace(local.password, "wrong"), connect_timeout=5).close()
    assert (local.folder / "password").stat().st_mode & 0o077 == 0
    assert local.start() == dsn  # starting a running server changes nothing
    assert main(["dsn", "--folder", str(local.folder)]) == 0 and capsys.readouterr().out.strip() == dsn
    assert local.stop() and not local.running()
    assert main(["dsn", "--folder", str(local.folder)]) == 1
    assert "make demo-centre" in capsys.readouterr().err


def test_a_port_taken_meanwhile_is_left_for_another(local):
    local.start()
    local.stop()
    with socket.socket() as squatter:
        # The stopped server's connections may still linger on its port (TIME_WAIT); a listener
        # may take it then, as PostgreSQL itself would (a second listener could not).
        squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        squatter.bind(("127.0.0.1", local.port))
        squatter.listen()
        taken = local.port
        dsn = local.start()
    assert local.port != taken and f":{local.port}/" in dsn
