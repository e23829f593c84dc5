"""The centre database (the hub): one PostgreSQL that every station of a centre replicates into.

Each station stays offline-first (its SQLite store is the truth of what happened at that screen);
the hub is where the centre's stations meet: the participant registry that makes a badge work on
every screen, the centre's KPIs that count each person once, station health and settings.
Qt-free; psycopg is imported only when a hub is used. See docs/centre.md.
"""
