"""On PostgreSQL, enable pg_trgm so that search can offer words spelt a little differently.

pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. Where that
is refused, search still works without fuzzy matching, so the migration goes on regardless.
"""

from django.db import DatabaseError, migrations, transaction


def enable_trigram(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        pass


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(enable_trigram, migrations.RunPython.noop, elidable=True)]
