from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from carewatch.web.councils.models import ClosureDay, Council, LocalAuthority


@admin.register(LocalAuthority)
class LocalAuthorityAdmin(admin.ModelAdmin):
    list_display = ["name", "la_code", "ons_code", "region_name", "valid_from", "valid_to"]
    search_fields = ["name", "la_code", "ons_code"]
    list_filter = ["region_name", "la_type"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False  # reference data: change carewatch.reference and rebuild, never by hand


admin.site.register(Council, SimpleHistoryAdmin)
admin.site.register(ClosureDay, SimpleHistoryAdmin)
