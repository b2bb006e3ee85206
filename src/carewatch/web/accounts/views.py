from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from carewatch.web.accounts.roles import CAPABILITIES, ROLES, roles_of
from carewatch.web.pages import form_page


def account(request: HttpRequest) -> HttpResponse:
    mine = roles_of(request.user)
    return render(request, "account.html", {
        "title": "Your account", "roles": [ROLES[r] for r in sorted(mine)],
        "capabilities": sorted(c.replace("_", " ") for c, who in CAPABILITIES.items() if who & mine)})


def password_change(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)
        messages.success(request, "Your password has been changed")
        return redirect("account")
    return form_page(request, form, title="Change your password", back="/account/", submit="Change password")
