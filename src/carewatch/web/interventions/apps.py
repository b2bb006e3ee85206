from django.apps import AppConfig


class InterventionsConfig(AppConfig):
    name = "carewatch.web.interventions"
    label = "interventions"
