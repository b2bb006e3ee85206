from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from carewatch.web.governance.models import Decision, Meeting

admin.site.register(Meeting, SimpleHistoryAdmin)
admin.site.register(Decision, SimpleHistoryAdmin)
