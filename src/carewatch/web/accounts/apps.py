from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "carewatch.web.accounts"
    label = "accounts"
