"""Waves and interference: a ripple tank with two sources."""
