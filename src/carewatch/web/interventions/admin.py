from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from carewatch.web.interventions.models import Intervention, Review

admin.site.register(Intervention, SimpleHistoryAdmin)
admin.site.register(Review, SimpleHistoryAdmin)
