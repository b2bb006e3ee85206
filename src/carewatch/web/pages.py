"""Helpers every page uses: render a form page, today's date and working days, an object's history."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from carewatch.reference.working_days import WorkingDays
from carewatch.web.accounts.roles import can
from carewatch.web.councils.models import Council, LocalAuthority, working_days


def today() -> date:
    return timezone.localdate()


def wd() -> WorkingDays:
    return working_days()


def council_la(request: HttpRequest) -> LocalAuthority:
    council = Council.current()
    if council is None:
        raise PermissionDenied("No council is set up yet: a system admin sets it in the admin pages")
    return council.local_authority


def form_page(request: HttpRequest, form: forms.BaseForm, *, title: str, back: str, caption: str = "",
              submit: str = "Save", intro: str = "", **extra: Any) -> HttpResponse:
    return render(request, "form.html", {"form": form, "title": title, "back": back, "caption": caption,
                                         "submit": submit, "intro": intro, **extra},
                  status=400 if form.is_bound and form.errors else 200)


def saved(request: HttpRequest, obj: models.Model, text: str) -> HttpResponse:
    messages.success(request, text)
    return redirect(obj.get_absolute_url())  # type: ignore[attr-defined]


@dataclass
class Change:
    when: datetime
    who: str
    what: str  # Created / Changed / Deleted
    changes: list[tuple[str, str, str]]  # (field, old, new)


def history(obj: models.Model, request: HttpRequest, limit: int = 50) -> list[Change] | None:
    """Who changed what and when (django-simple-history), newest first; None if the user may not see it."""
    if not can(request.user, "view_history"):
        return None
    records = list(obj.history.select_related("history_user").all()[: limit + 1])  # type: ignore[attr-defined]
    out = []
    for i, record in enumerate(records[:limit]):
        who = record.history_user.get_full_name() or record.history_user.username if record.history_user else "system"
        kind = {"+": "Created", "~": "Changed", "-": "Deleted"}[record.history_type]
        changes: list[tuple[str, str, str]] = []
        if kind == "Changed" and i + 1 < len(records):
            delta = record.diff_against(records[i + 1])
            for c in delta.changes:
                field = record.instance._meta.get_field(c.field)
                label = str(getattr(field, "verbose_name", c.field))
                changes.append((label[:1].upper() + label[1:], _show(c.old, field), _show(c.new, field)))
        out.append(Change(record.history_date, who, kind, changes))
    return out


def _show(value: Any, field: Any = None) -> str:
    if value in (None, "", []):
        return "(blank)"
    if field is not None and field.many_to_many:
        return f"{len(value)} linked"
    if field is not None and field.many_to_one:  # history stores the key: show the record it names
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else f"#{value} (deleted)"
    if field is not None and getattr(field, "choices", None):
        return str(dict(field.choices).get(value, value))
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    return str(value)
