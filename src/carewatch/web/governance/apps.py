from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "carewatch.web.governance"
    label = "governance"
