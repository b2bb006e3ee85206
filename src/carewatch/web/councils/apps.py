from django.apps import AppConfig


class CouncilsConfig(AppConfig):
    name = "carewatch.web.councils"
    label = "councils"
