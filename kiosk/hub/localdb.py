"""A private PostgreSQL for a demo centre on a laptop (`make demo-centre`), from Debian's binaries.

    python -m kiosk.hub.localdb start [--folder .demo-centre]   start it (made on first use); prints the DSN
    python -m kiosk.hub.localdb dsn   [--folder .demo-centre]   the DSN of the running server
    python -m kiosk.hub.localdb stop  [--folder .demo-centre]   stop it (the data stays for next time)

The cluster lives in ``<folder>/pgdata`` (initdb, pg_ctl from /usr/lib/postgresql/<version>/bin),
listens on 127.0.0.1 only, on a port that was free when it was made (kept in ``<folder>/port``),
with a password of its own (``<folder>/password``, readable by its owner only) for the one
account ``kiosk``, and the database ``vizium``. PostgreSQL refuses to run as root: as root the
cluster belongs to the ``postgres`` system user and runs through ``runuser``. It is a demo
server: fsync stays on, but nothing here is tuned or backed up.
"""

from __future__ import annotations

import argparse
import glob
import os
import pwd
import secrets
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_FOLDER = Path(".demo-centre")
DATABASE = "vizium"
USER = "kiosk"


class LocalDbError(RuntimeError):
    """The private server cannot be made or started; the message says what to do."""


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def cluster_owner() -> str | None:
    """The system user the cluster runs as: None for the current user, else (as root) postgres."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise LocalDbError("running as root and there is neither a postgres nor a nobody user to run PostgreSQL as")


@dataclass
class LocalPostgres:
    """The private server of one folder."""

    folder: Path

    @property
    def data(self) -> Path:
        return self.folder / "pgdata"

    @property
    def log(self) -> Path:
        return self.folder / "postgres.log"

    def _bin(self) -> Path:
        found = find_bin_dir()
        if found is None:
            raise LocalDbError(
                "PostgreSQL is not installed: apt-get install postgresql (the binaries under "
                "/usr/lib/postgresql/*/bin are used; no system service is needed)"
            )
        return found

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self._bin() / args[0]), *args[1:]]
        owner = cluster_owner()
        if owner:
            command = ["runuser", "-u", owner, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=180)
        if check and done.returncode != 0:
            raise LocalDbError(f"{args[0]} failed: {(done.stderr or done.stdout).strip()[-800:]}\nSee {self.log}.")
        return done

    @property
    def port(self) -> int:
        return int((self.folder / "port").read_text().strip())

    @property
    def password(self) -> str:
        return (self.folder / "password").read_text().strip()

    def dsn(self) -> str:
        return f"postgresql://{USER}:{self.password}@127.0.0.1:{self.port}/{DATABASE}"

    def running(self) -> bool:
        return self.data.exists() and self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def create(self) -> None:
        """initdb once: a cluster owned by the server's user, password authentication only."""
        self.folder.mkdir(parents=True, exist_ok=True)
        password_file = self.folder / "password"
        if not password_file.exists():
            password_file.write_text(secrets.token_urlsafe(18) + "\n")
            password_file.chmod(0o600)
        (self.folder / "port").write_text(f"{_free_port()}\n")
        self.data.mkdir(mode=0o700)
        owner = cluster_owner()
        pwfile = self.folder / ".pwfile"  # initdb reads the password from a file its user can read
        pwfile.write_text(self.password + "\n")
        try:
            if owner:
                account = pwd.getpwnam(owner)
                for path in (self.data, pwfile):
                    os.chown(path, account.pw_uid, account.pw_gid)
                reach = subprocess.run(["runuser", "-u", owner, "--", "test", "-r", str(pwfile)], timeout=30)
                if reach.returncode != 0:
                    raise LocalDbError(
                        f"PostgreSQL runs as the {owner} user (never as root), and {owner} cannot reach "
                        f"{self.folder}: give a folder every user may pass through (not under /root)"
                    )
                self.log.touch()
                os.chown(self.log, account.pw_uid, account.pw_gid)
            self._run("initdb", "-D", str(self.data), "-U", USER, f"--pwfile={pwfile}", "--auth=scram-sha-256",
                      "-E", "UTF8", "--locale=C")
        finally:
            pwfile.unlink(missing_ok=True)

    def start(self) -> str:
        """Start the server (made on first use) and the demo database; returns the DSN."""
        self.folder = self.folder.resolve()
        if not (self.data / "PG_VERSION").exists():
            if self.data.exists():
                raise LocalDbError(f"{self.data} is not a PostgreSQL cluster: remove the folder {self.folder}")
            self.create()
        if not self.running():
            if not _port_free(self.port):  # taken by something else since the last start
                (self.folder / "port").write_text(f"{_free_port()}\n")
            options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories=''"
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start")
        self._create_database()
        return self.dsn()

    def stop(self) -> bool:
        """Stop the server if it runs; the data stays. False if it was not running."""
        self.folder = self.folder.resolve()
        if not self.running():
            return False
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        return True

    def _create_database(self) -> None:
        import psycopg

        admin = f"postgresql://{USER}:{self.password}@127.0.0.1:{self.port}/postgres"
        with psycopg.connect(admin, autocommit=True, connect_timeout=10) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone()
            if not exists:
                conn.execute(f"CREATE DATABASE {DATABASE}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.hub.localdb", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("start", "dsn", "stop"))
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER, help="where the cluster lives")
    args = parser.parse_args(argv)
    server = LocalPostgres(args.folder)
    try:
        if args.action == "start":
            print(server.start())
        elif args.action == "dsn":
            if not server.running():
                print(f"No demo centre database runs in {args.folder}: start it with `make demo-centre`.",
                      file=sys.stderr)
                return 1
            print(server.dsn())
        else:
            print("Stopped." if server.stop() else "It was not running.", file=sys.stderr)
    except LocalDbError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
