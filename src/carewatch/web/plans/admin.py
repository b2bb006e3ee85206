from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from carewatch.web.plans.models import Action, Comment, Evidence, Measure, MeasureValue, Plan, Priority

for model in (Plan, Priority, Action, Evidence, Measure, MeasureValue, Comment):
    admin.site.register(model, SimpleHistoryAdmin)
