"""Sync of the station's KPI totals to the city KPI store (DESIGN.md section 7). Qt-free.

entities.py builds FIWARE KeyPerformanceIndicator entities from the statistics engine's daily
KPI cells; outbox.py keeps them and each target's delivery state; sinks/ write them to a
folder, an NGSI-LD broker or PostgreSQL; runner.py and retry.py deliver with backoff;
service.py and scheduler.py run it all in the kiosk; central.py reads the central database
back for centre-wide reports. `kiosk sync` is kiosk/cli/sync.py.
"""
