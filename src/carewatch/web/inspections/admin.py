from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from carewatch.web.inspections.models import Finding, Inspection


class FindingInline(admin.TabularInline):
    model = Finding
    extra = 0


@admin.register(Inspection)
class InspectionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "local_authority", "published", "overall_effectiveness"]
    list_filter = ["kind"]
    search_fields = ["local_authority__name", "local_authority__la_code"]
    inlines = [FindingInline]
