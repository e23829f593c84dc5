from kiosk.exhibit import run_standalone

raise SystemExit(run_standalone(__package__))
