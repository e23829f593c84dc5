"""A throw-away PostgreSQL server for tests and benchmarks, from Debian's postgresql binaries.

initdb and pg_ctl are found under /usr/lib/postgresql/<version>/bin. PostgreSQL refuses to run
as root, so as root the cluster belongs to the ``postgres`` system user (or ``nobody``) and runs
through ``runuser``. The server listens only on a unix socket in a private temporary folder,
with fsync off (a test server: speed over durability), and is removed on stop.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from kiosk.hub.localdb import cluster_owner, find_bin_dir

__all__ = ["PORT", "PostgresTestServer", "find_bin_dir"]

PORT = 54329


class PostgresTestServer:
    """initdb + pg_ctl start in a temp folder; ``dsn(dbname)`` to connect; ``stop()`` removes it all."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.user = cluster_owner()
        self.root = Path(tempfile.mkdtemp(prefix="vizium-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.started = False

    def _cmd(self, *args: str) -> list[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        return ["runuser", "-u", self.user, "--", *command] if self.user else command

    def start(self) -> PostgresTestServer:
        if self.user:
            account = pwd.getpwnam(self.user)
            os.chown(self.root, account.pw_uid, account.pw_gid)
        os.chmod(self.root, 0o700)
        subprocess.run(
            self._cmd("initdb", "-D", str(self.data), "-U", "kiosk", "--auth=trust", "-E", "UTF8", "--no-sync",
                      "--locale=C"),
            check=True, capture_output=True, timeout=120,
        )
        options = f"-k {self.root} -c listen_addresses='' -p {PORT} -c fsync=off -c full_page_writes=off"
        result = subprocess.run(
            self._cmd("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start"),
            capture_output=True, timeout=120,
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {result.stderr.decode(errors='replace')}\n{log}")
        self.started = True
        return self

    def dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.root} port={PORT} user=kiosk dbname={dbname}"

    def url(self, dbname: str = "postgres") -> str:
        """The same as a postgresql:// URL (the socket folder URL-encoded as the host)."""
        from urllib.parse import quote

        return f"postgresql://kiosk@{quote(str(self.root), safe='')}:{PORT}/{dbname}"

    def new_database(self) -> str:
        """A fresh empty database; returns its dsn."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.dsn(name)

    def stop(self) -> None:
        if self.started:
            subprocess.run(self._cmd("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                           capture_output=True, timeout=60)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)
