"""Statistics, KPIs and exports for staff (DESIGN.md section 6), Qt-free.

* ``definitions``: the KPIs as data (what each counts, units, breakdowns, words in lv/en/ru);
* ``periods``: ranges of local days in the station's time zone;
* ``targets`` (+ ``targets.toml``): the targets file staff can edit;
* ``engine``: KPI reports for a period and station, with breakdowns and ``suppression``;
* ``tables``, ``exports``, ``texts``: CSV and XLSX exports, streamed, with progress and cancel;
* ``daily``: per-day KPI cells for the sync (kiosk/sync);
* ``demo``, ``demo_generator``, ``demo_calendar``: realistic synthetic history.

`kiosk kpi`, `kiosk export` and `kiosk demo-data` are kiosk/cli/stats.py.
The PDF report is drawn with Qt in kiosk/render/report_pdf.py and the staff dashboard lives in
kiosk/ui/dashboard/.
"""
