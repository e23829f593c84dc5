"""The centre console: a web application over the hub for staff in the office (`kiosk hub serve`).

Qt-free: the pages, accounts, floor and settings read and write the hub (PostgreSQL) only. The
PDF export is drawn by the kiosk's Qt renderer in a child process (``kiosk.render.pdf_job``), so the server
never starts Qt. Starlette, uvicorn and Jinja2 are imported here only, never when the kiosk starts.
"""
