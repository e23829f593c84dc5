"""The console's web application (Starlette): routes, access rules, CSRF, cookies, pages.

Every page handler is plain synchronous code run on Starlette's thread pool (the hub is reached
with psycopg's blocking API); ``_page`` reads the form first, then hands over. Access:

* no session: only the login page, the language switch and the static files;
* educator: the centre's KPIs and their exports (read-only);
* staff: everything, including the floor, station pages and settings.

Every POST carries a CSRF token (the session's, or for the login form a cookie's twin) or is
refused with 403. Cookies are HttpOnly and SameSite=Strict, and Secure when the request came
over TLS (directly, or through a trusted proxy that says so with X-Forwarded-Proto).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from kiosk.clock import WallClock, utc_now
from kiosk.config import LANGUAGES, Settings
from kiosk.console import accounts, floor, managed
from kiosk.console.centre import CentreReports, export, period_from_query
from kiosk.console.db import HubPool
from kiosk.console.texts import since_text, text, word
from kiosk.hub.connection import HubError, HubUnavailable
from kiosk.hub.stations import UNSENT_COLUMNS, UnsentRecords, retire_station, unsent_records
from kiosk.stats.exports import ExportError
from kiosk.stats.periods import PeriodError

HERE = Path(__file__).parent
SESSION_COOKIE = "vizium_session"
LOGIN_CSRF_COOKIE = "vizium_login_csrf"
LANGUAGE_COOKIE = "vizium_lang"
#: What a page may load: only this server's own files; no inline scripts, no frames.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
Handler = Callable[[Request, Any], Response]


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every response (a plain ASGI middleware: cheap on every request),
    and a Server-Timing header with the time the application took until the response started
    (what benchmarks/console.py reports as server time)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = time.perf_counter()

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                took_ms = (time.perf_counter() - started) * 1000
                message["headers"] = [*message.get("headers", ()), *SECURITY_HEADERS,
                                      (b"server-timing", f"app;dur={took_ms:.2f}".encode())]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Console:
    """The application's state: the hub pool, the report cache, settings, clock and templates."""

    def __init__(self, dsn: str, settings: Settings, clock: WallClock = utc_now, pool_size: int = 8):
        self.pool = HubPool(dsn, pool_size)
        self.reports = CentreReports(dsn, settings, clock)
        self.settings = settings
        self.clock = clock
        self.zone = ZoneInfo(settings.station.timezone)
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        )
        env.filters["local"] = self.local_time
        env.filters["q"] = lambda value: urllib.parse.quote(str(value), safe="")
        self.templates = Jinja2Templates(env=env)

    # -- helpers ---------------------------------------------------------------------------

    def local_time(self, moment: dt.datetime | None) -> str:
        return "" if moment is None else moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    def today(self) -> dt.date:
        return self.clock().astimezone(self.zone).date()

    @staticmethod
    def language(request: Request) -> str:
        lang = request.cookies.get(LANGUAGE_COOKIE, "")
        return lang if lang in LANGUAGES else "lv"

    def session(self, request: Request) -> accounts.Session | None:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            return None
        with self.pool.connection() as conn:
            return accounts.session_for(conn, token, self.clock)

    def render(self, request: Request, name: str, context: dict[str, Any], status: int = 200,
               session: accounts.Session | None = None) -> Response:
        lang = self.language(request)
        base = {
            "lang": lang, "languages": LANGUAGES, "user": session, "path": request.url.path,
            "here": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
            "csrf": session.csrf_token if session else "",
            "t": lambda key, **values: text(key, lang, **values),
            "since": lambda moment: since_text(moment, self.clock(), lang),
            "word": lambda value: word(value, lang),
        }
        return self.templates.TemplateResponse(request, name, {**base, **context}, status_code=status)

    def problem(self, request: Request, status: int, message: str, session: accounts.Session | None = None) -> Response:
        return self.render(request, "problem.html", {"status": status, "message": message}, status, session)


def _cookie(response: Response, request: Request, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")


def _same_token(given: Any, expected: str) -> bool:
    return bool(expected) and isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())


def _local_path(target: str) -> str:
    """Only a path on this server (no //host, no scheme): a login never redirects elsewhere."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


def build_app(console: Console) -> Starlette:
    """The ASGI application for a Console."""

    def page(handler: Callable[[Request, Any], Response]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            form = None
            if request.method == "POST":
                form = await request.form(max_files=0, max_fields=64, max_part_size=64 * 1024)
            try:
                return await run_in_threadpool(handler, request, form)
            except (HubUnavailable, _hub_operational_errors()) as exc:
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                return console.problem(request, 503, text("hub_unavailable", console.language(request),
                                                          reason=first))
            except HubError as exc:
                return console.problem(request, 500, str(exc))

        return endpoint

    def signed_in(role: str = "educator") -> Callable[[Callable[..., Response]], Handler]:
        """Run the handler with the session; the login page without one, 403 without the role."""

        def wrap(handler: Callable[..., Response]) -> Handler:
            def checked(request: Request, form: Any) -> Response:
                session = console.session(request)
                if session is None:
                    asked = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                    target = urllib.parse.quote(asked)
                    return RedirectResponse(f"/login?next={target}", status_code=303)
                if role == "staff" and not session.staff:
                    return console.problem(request, 403, text("staff_only", console.language(request)), session)
                if form is not None and not _same_token(form.get("csrf"), session.csrf_token):
                    return console.problem(request, 403, text("csrf_refused", console.language(request)), session)
                return handler(request, form, session)

            return checked

        return wrap

    # -- sign in and out -------------------------------------------------------------------

    def home(request: Request, form: Any) -> Response:
        session = console.session(request)
        if session is None:
            return RedirectResponse("/login", status_code=303)
        return RedirectResponse("/floor" if session.staff else "/kpis", status_code=303)

    def login(request: Request, form: Any) -> Response:
        lang = console.language(request)
        next_path = _local_path(request.query_params.get("next", "/"))
        if form is None:
            token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
            response = console.render(request, "login.html", {"login_csrf": token, "next": next_path, "error": ""})
            _cookie(response, request, LOGIN_CSRF_COOKIE, token, None)
            return response
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not _same_token(form.get("csrf"), expected):
            return console.problem(request, 403, text("csrf_refused", lang))
        username, password = str(form.get("username", ""))[:64], str(form.get("password", ""))[:1024]
        address = request.client.host if request.client else "unknown"
        with console.pool.connection() as conn:
            result = accounts.log_in(conn, username, password, address, console.clock)
        if result.session is None:
            error = (text("login_locked", lang, minutes=max(1, round(result.locked_for_s / 60)))
                     if result.locked_for_s else text("login_wrong", lang))
            response = console.render(request, "login.html", {"login_csrf": expected, "next": next_path,
                                                               "error": error}, status=401 if not
                                      result.locked_for_s else 429)
            return response
        response = RedirectResponse(next_path if next_path != "/" else
                                    ("/floor" if result.session.staff else "/kpis"), status_code=303)
        _cookie(response, request, SESSION_COOKIE, result.token, accounts.SESSION_HOURS * 3600)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
        return response

    @signed_in()
    def logout(request: Request, form: Any, session: accounts.Session) -> Response:
        with console.pool.connection() as conn:
            accounts.log_out(conn, session)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    def language(request: Request, form: Any) -> Response:
        code = request.path_params["code"]
        response = RedirectResponse(_local_path(request.query_params.get("next", "/")), status_code=303)
        if code in LANGUAGES:
            _cookie(response, request, LANGUAGE_COOKIE, code, 365 * 86400)
        return response

    # -- the floor and a station -----------------------------------------------------------

    @signed_in("staff")
    def floor_page(request: Request, form: Any, session: accounts.Session) -> Response:
        with console.pool.connection() as conn:
            stations = floor.floor(conn, console.today(), console.clock())
        counts = {s: sum(1 for x in stations if x.status == s) for s in (floor.ONLINE, floor.FAULT, floor.OFFLINE)}
        saved = request.query_params.get("saved", "")
        return console.render(request, "floor.html", {"stations": stations, "counts": counts,
                                                      "saved": saved if saved.isdigit() else ""}, session=session)

    @signed_in("staff")
    def station_page(request: Request, form: Any, session: accounts.Session) -> Response:
        station_id = request.path_params["station_id"]
        with console.pool.connection() as conn:
            state = floor.station(conn, station_id, console.today(), console.clock())
            if state is None:
                return console.problem(request, 404, text("no_such_station", console.language(request)), session)
            faults = floor.recent_faults(conn, station_id)
            history = floor.settings_history(conn, station_id)
        return console.render(request, "station.html", {
            "station": state, "faults": faults, "history": history, "fields": managed.field_names(),
            "saved": request.query_params.get("saved", "") if request.query_params.get("saved", "").isdigit() else "",
        }, session=session)

    # -- settings --------------------------------------------------------------------------

    @signed_in("staff")
    def settings_page(request: Request, form: Any, session: accounts.Session) -> Response:
        lang = console.language(request)
        target = str((form or request.query_params).get("station", managed.ALL_STATIONS))
        with console.pool.connection() as conn:
            if target != managed.ALL_STATIONS and not conn.execute(
                "SELECT 1 FROM stations WHERE station_id = %s", (target,)
            ).fetchone():
                return console.problem(request, 404, text("no_such_station", lang), session)
            values, version = managed.current(conn, target)
            exhibits = sorted(managed.known_exhibits(conn, target))
            problem, status = "", 200
            if form is not None:
                values = managed.from_form(form, form.getlist)
                version, problem = managed.save(conn, target, values, session.username)
                if not problem:
                    where = ("/floor" if target == managed.ALL_STATIONS
                             else f"/station/{urllib.parse.quote(target, safe='')}")
                    return RedirectResponse(f"{where}?saved={version}", status_code=303)
                status = 422
        return console.render(request, "settings.html", {
            "target": target, "values": values, "version": version, "problem": problem,
            "fields": managed.FIELDS, "choices": managed.CHOICES, "all_stations": managed.ALL_STATIONS,
            "exhibits": exhibits,
        }, status=status, session=session)

    # -- retiring a station ----------------------------------------------------------------

    @signed_in("staff")
    def retire_page(request: Request, form: Any, session: accounts.Session) -> Response:
        """A station taken away for good (kiosk.hub.stations): asked, then done and audited."""
        lang = console.language(request)
        station_id = str((form or request.query_params).get("station", ""))
        where = f"/station/{urllib.parse.quote(station_id, safe='')}"
        with console.pool.connection() as conn:
            row = conn.execute(f"SELECT retired_at, {UNSENT_COLUMNS} FROM stations WHERE station_id = %s",
                               (station_id,)).fetchone()
            if row is None:
                return console.problem(request, 404, text("no_such_station", lang), session)
            if row[0] is not None:
                return RedirectResponse(where, status_code=303)
            unsent, problem, status = unsent_records(row[1:]), "", 200
            if form is not None:
                try:
                    retired = retire_station(conn, station_id, by=f"console: {session.username}",
                                             force=form.get("force") == "1")
                except UnsentRecords:
                    problem, status = text("retire_unsent_refused", lang, count=unsent), 422
                else:
                    with conn.transaction():
                        accounts.audit(conn, session.username, "station.retire", station=station_id,
                                       unsent=retired.unsent, hashes_forgotten=retired.hashes_forgotten)
                    return RedirectResponse(where, status_code=303)
        return console.render(request, "retire.html", {"station_id": station_id, "unsent": unsent,
                                                       "problem": problem}, status=status, session=session)

    # -- KPIs and exports ------------------------------------------------------------------

    @signed_in()
    def kpis_page(request: Request, form: Any, session: accounts.Session) -> Response:
        from kiosk.console.kpi_view import kpi_view

        lang = console.language(request)
        try:
            period = period_from_query(request.query_params, console.today())
        except PeriodError as exc:
            return console.problem(request, 400, text("period_problem", lang, reason=str(exc)), session)
        report = console.reports.report(period)
        view = kpi_view(report, lang)
        return console.render(request, "kpis.html", {
            "report": report, "view": view, "query": urllib.parse.urlencode(dict(request.query_params)),
            "params": dict(request.query_params), "today": console.today(),
        }, session=session)

    @signed_in()
    def export_file(request: Request, form: Any, session: accounts.Session) -> Response:
        lang = console.language(request)
        fmt = request.path_params["fmt"]
        if fmt not in ("csv", "xlsx", "pdf"):
            return console.problem(request, 404, text("no_such_export", lang), session)
        try:
            period = period_from_query(request.query_params, console.today())
        except PeriodError as exc:
            return console.problem(request, 400, text("period_problem", lang, reason=str(exc)), session)
        report = console.reports.report(period)
        try:
            download = export(report, fmt, lang)
        except ExportError as exc:
            return console.problem(request, 500, str(exc), session)
        with console.pool.connection() as conn:
            accounts.audit(conn, session.username, "export", format=fmt, first=period.first_text,
                           last=period.last_text, language=lang)
        quoted = urllib.parse.quote(download.filename)
        return Response(download.content, media_type=download.media_type, headers={
            "content-disposition": f"attachment; filename=\"{download.filename}\"; filename*=UTF-8''{quoted}",
            "cache-control": "no-store",
        })

    routes = [
        Route("/", page(home)),
        Route("/login", page(login), methods=["GET", "POST"]),
        Route("/logout", page(logout), methods=["POST"]),
        Route("/lang/{code}", page(language)),
        Route("/floor", page(floor_page)),
        Route("/station/{station_id:path}", page(station_page)),
        Route("/settings", page(settings_page), methods=["GET", "POST"]),
        Route("/retire", page(retire_page), methods=["GET", "POST"]),
        Route("/kpis", page(kpis_page)),
        Route("/export/{fmt}", page(export_file)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[])
    app.state.console = console
    return SecurityHeaders(app)  # type: ignore[return-value]


def _hub_operational_errors() -> type[Exception]:
    import psycopg

    return psycopg.OperationalError


def create_app(dsn: str, settings: Settings | None = None, *, clock: WallClock = utc_now,
               pool_size: int = 8) -> Any:
    """The console over the hub at ``dsn``; raises HubError when the hub is not ready for it."""
    console = Console(dsn, settings or Settings(), clock, pool_size)
    console.pool.check()
    return build_app(console)
