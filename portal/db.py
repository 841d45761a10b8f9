"""Database upkeep shared by commands: planner statistics."""

from django.db import connection


def refresh_planner_statistics() -> None:
    """Run ANALYZE so the query planner knows table sizes and index selectivity.

    SQLite keeps no statistics until ANALYZE runs; without them it may walk the whole
    published index instead of looking rows up by primary key. PostgreSQL's autovacuum
    does this too, but not right after a bulk load.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
