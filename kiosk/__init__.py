"""VIZIUM Kiosk: touch-screen exhibits, programmes and KPIs for the VIZIUM science centre."""

__version__ = "0.1.0"
