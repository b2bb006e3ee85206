from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "carewatch.web.plans"
    label = "plans"
