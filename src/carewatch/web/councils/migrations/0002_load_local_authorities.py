"""Load the English LAs from carewatch.reference; later releases refresh them the same way."""

from django.db import migrations


def load(apps, schema_editor):  # type: ignore[no-untyped-def]
    from carewatch.web.councils.models import sync_local_authorities

    sync_local_authorities(apps.get_model("councils", "LocalAuthority"))


class Migration(migrations.Migration):
    dependencies = [("councils", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
