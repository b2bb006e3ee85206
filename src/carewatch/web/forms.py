"""Django forms rendered with the GOV.UK macros: a three-box date field and the adapter that turns a bound
field into the params of govukInput / govukDateInput / govukSelect / govukRadios / ... (stack.md §7, item 5)."""

from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


class DateWidget(forms.MultiWidget):
    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"day": forms.TextInput(), "month": forms.TextInput(), "year": forms.TextInput()}, attrs)

    def decompress(self, value: Any) -> list[Any]:
        if isinstance(value, date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DateField(forms.Field):
    """A GOV.UK date input (day, month, year) with the Design System's error messages."""

    widget = DateWidget

    def clean(self, value: Any) -> date | None:
        parts = [str(v or "").strip() for v in (value if isinstance(value, list | tuple) else [None] * 3)]
        label = (self.label or "date").lower()
        if not any(parts):
            if self.required:
                raise ValidationError(f"Enter the {label}")
            return None
        missing = [n for n, v in zip(("day", "month", "year"), parts, strict=True) if not v]
        if missing:
            raise ValidationError(f"The {label} must include a {' and '.join(missing)}")
        if not all(p.isdigit() for p in parts):
            raise ValidationError(f"The {label} must be a real date, in numbers, for example 27 3 2025")
        if len(parts[2]) != 4:
            raise ValidationError("The year must include 4 numbers")
        try:
            day = date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            raise ValidationError(f"The {label} must be a real date") from None
        self.run_validators(day)
        return day

    def prepare_value(self, value: Any) -> Any:
        return value


class GovModelForm(forms.ModelForm):
    """Model forms with GOV.UK date inputs; model validation errors for fields not on the form go to the top."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in list(self.fields.items()):
            if type(field) is forms.DateField:
                self.fields[name] = DateField(required=field.required, label=field.label, help_text=field.help_text)

    def _update_errors(self, errors: ValidationError) -> None:
        if hasattr(errors, "error_dict"):
            for field in [f for f in errors.error_dict if f != NON_FIELD_ERRORS and f not in self.fields]:
                errors.error_dict.setdefault(NON_FIELD_ERRORS, []).extend(errors.error_dict.pop(field))
        super()._update_errors(errors)


def _error(bound: forms.BoundField) -> dict[str, str] | None:
    return {"text": str(bound.errors[0])} if bound.errors else None


def _hint(bound: forms.BoundField) -> dict[str, str] | None:
    return {"text": str(bound.help_text)} if bound.help_text else None


def govuk(bound: forms.BoundField) -> tuple[str, dict[str, Any]]:
    """(macro name, params) for one bound field."""
    field, widget = bound.field, bound.field.widget
    base: dict[str, Any] = {"id": bound.id_for_label or f"id_{bound.html_name}", "name": bound.html_name,
                            "hint": _hint(bound), "errorMessage": _error(bound)}
    label = str(bound.label)
    if isinstance(widget, DateWidget):
        values = widget.decompress(bound.value()) if not isinstance(bound.value(), list) else bound.value()
        items = [{"name": f"{bound.html_name}_{part}", "label": part.capitalize(), "value": v or "",
                  "id": f"id_{bound.html_name}_{part}",
                  "classes": ("govuk-input--width-4" if part == "year" else "govuk-input--width-2")
                  + (" govuk-input--error" if bound.errors else "")}
                 for part, v in zip(("day", "month", "year"), values, strict=True)]
        return "date", base | {"id": f"id_{bound.html_name}", "items": items,
                               "fieldset": {"legend": {"text": label, "classes": "govuk-fieldset__legend--s"}}}
    if isinstance(widget, forms.CheckboxSelectMultiple):
        chosen = {str(v) for v in (bound.value() or [])}
        return "checkboxes", base | {"name": bound.html_name, "idPrefix": base["id"],
                                     "fieldset": {"legend": {"text": label, "classes": "govuk-fieldset__legend--s"}},
                                     "items": [{"value": str(v), "text": str(t), "checked": str(v) in chosen}
                                               for v, t in field.choices]}  # type: ignore[attr-defined]
    if isinstance(widget, forms.RadioSelect):
        current = "" if bound.value() is None else str(bound.value())
        return "radios", base | {"idPrefix": base["id"], "fieldset": {"legend": {"text": label, "classes": "govuk-fieldset__legend--s"}},
                                 "items": [{"value": str(v), "text": str(t), "checked": str(v) == current}
                                           for v, t in field.choices if str(v) != ""]}  # type: ignore[attr-defined]
    if isinstance(widget, forms.CheckboxInput):
        return "checkboxes", base | {"idPrefix": base["id"], "items": [
            {"value": "on", "text": label, "checked": bool(bound.value()), "id": base["id"]}]}
    if isinstance(widget, forms.Select):
        current = "" if bound.value() is None else str(bound.value())
        return "select", base | {"label": {"text": label, "classes": "govuk-label--s"},
                                 "items": [{"value": str(v), "text": str(t) or "Choose", "selected": str(v) == current}
                                           for v, t in field.choices]}  # type: ignore[attr-defined]
    if isinstance(widget, forms.Textarea):
        return "textarea", base | {"label": {"text": label, "classes": "govuk-label--s"}, "value": bound.value() or "",
                                   "rows": 4}
    if isinstance(widget, forms.ClearableFileInput | forms.FileInput):
        return "file", base | {"label": {"text": label, "classes": "govuk-label--s"}}
    kind = getattr(widget, "input_type", "text")
    params = base | {"label": {"text": label, "classes": "govuk-label--s"}, "value": bound.value() or "",
                     "type": "text" if kind in ("number", "text") else kind}
    if isinstance(field, forms.CharField) and field.max_length and field.max_length <= 20:
        params |= {"classes": "govuk-input--width-10"}
    if kind == "number" or isinstance(field, forms.DecimalField | forms.IntegerField):
        params |= {"inputmode": "decimal", "classes": "govuk-input--width-10", "spellcheck": False}
    if kind == "password":
        params |= {"autocomplete": "current-password"}
        return "password", params
    return "input", params


def error_list(form: forms.BaseForm) -> list[dict[str, str]]:
    """The error summary: one link per error, pointing at the field (the day box of a date)."""
    out = [{"text": str(e), "href": "#main-content"} for e in form.non_field_errors()]
    for name, errors in form.errors.items():
        if name == NON_FIELD_ERRORS or name not in form.fields:
            continue
        anchor = f"id_{form.add_prefix(name)}"
        if isinstance(form.fields[name].widget, DateWidget):
            anchor += "_day"
        out.append({"text": str(errors[0]), "href": f"#{anchor}"})
    return out
