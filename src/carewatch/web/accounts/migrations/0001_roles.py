"""The six roles as Django groups (what each may do is in accounts/roles.py)."""

from django.db import migrations


def create(apps, schema_editor):  # type: ignore[no-untyped-def]
    from carewatch.web.accounts.roles import ROLES

    group = apps.get_model("auth", "Group")
    for name in ROLES.values():
        group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
