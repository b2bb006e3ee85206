"""The Jinja2 environment: our templates first, then the GOV.UK Frontend macros under `govuk_frontend_jinja/`."""

from datetime import date, datetime
from typing import Any

from django.contrib.messages import get_messages
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader


def url(name: str, *args: Any, **kwargs: Any) -> str:
    return reverse(name, args=args or None, kwargs=kwargs or None)


def govuk_date(value: date | datetime | None, with_time: bool = False) -> str:
    """GOV.UK style: 5 January 2026 (and 2:30pm)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        text = f"{value.day} {value:%B %Y}"
        if with_time:
            text += " at " + f"{value:%I:%M%p}".lstrip("0").lower()
        return text
    return f"{value.day} {value:%B %Y}"


def number(value: object) -> str:
    """12.50 -> 12.5, 22.00 -> 22: no trailing zeros from DecimalField."""
    if value is None or value == "":
        return ""
    text = f"{value:f}" if hasattr(value, "as_tuple") else str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text


def environment(**options: Any) -> Environment:
    loader = options.pop("loader", None)
    extensions = [*options.pop("extensions", []), "jinja2.ext.do"]
    env = Environment(
        extensions=extensions,
        loader=ChoiceLoader([
            loader or PackageLoader("carewatch.web", "templates"),
            PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
        ]),
        **options,
    )
    from carewatch.web.forms import error_list, govuk

    env.globals.update(url=url, static=static, get_messages=get_messages, govuk=govuk, error_list=error_list)
    env.filters.update(govuk_date=govuk_date, number=number)
    return env
