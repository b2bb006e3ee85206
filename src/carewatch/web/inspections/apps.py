from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "carewatch.web.inspections"
    label = "inspections"
