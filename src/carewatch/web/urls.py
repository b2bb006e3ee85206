from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from carewatch.web import views
from carewatch.web.accounts import views as accounts
from carewatch.web.accounts.roles import can
from carewatch.web.api import api
from carewatch.web.councils import views as councils
from carewatch.web.governance import views as governance
from carewatch.web.inspections import views as inspections
from carewatch.web.interventions import views as interventions
from carewatch.web.plans import views as plans

admin.site.site_header = "carewatch admin"
# The admin is for system admins only, signed in through carewatch's own sign-in page (with its throttling).
admin.site.login = lambda request, extra_context=None: auth_views.redirect_to_login(request.get_full_path())  # type: ignore[method-assign]
admin.site.has_permission = lambda request: request.user.is_active and can(request.user, "admin_site")  # type: ignore[method-assign]

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", auth_views.LoginView.as_view(template_name="login.html", redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", accounts.account, name="account"),
    path("account/password/", accounts.password_change, name="password_change"),
    path("authorities/", councils.authority_list, name="authorities"),
    path("authorities/<str:code>/", councils.authority_detail, name="authority"),
    path("working-days/", councils.closure_days, name="closure_days"),
    path("inspections/", inspections.inspection_list, name="inspections"),
    path("inspections/new/", inspections.inspection_new, name="inspection_new"),
    path("inspections/read-report/", inspections.inspection_upload, name="inspection_upload"),
    path("inspections/national-record/", inspections.national_record, name="national_record"),
    path("inspections/<int:pk>/", inspections.inspection_detail, name="inspection"),
    path("inspections/<int:pk>/edit/", inspections.inspection_edit, name="inspection_edit"),
    path("inspections/<int:pk>/findings/new/", inspections.finding_new, name="finding_new"),
    path("inspections/<int:pk>/plan-from-findings/", plans.plan_from_findings, name="plan_from_findings"),
    path("findings/<int:pk>/edit/", inspections.finding_edit, name="finding_edit"),
    path("interventions/", interventions.intervention_list, name="interventions"),
    path("interventions/new/", interventions.intervention_new, name="intervention_new"),
    path("interventions/<int:pk>/", interventions.intervention_detail, name="intervention"),
    path("interventions/<int:pk>/edit/", interventions.intervention_edit, name="intervention_edit"),
    path("interventions/<int:pk>/reviews/new/", interventions.review_new, name="review_new"),
    path("plans/", plans.plan_list, name="plans"),
    path("plans/new/", plans.plan_new, name="plan_new"),
    path("plans/<int:pk>/", plans.plan_detail, name="plan"),
    path("plans/<int:pk>/edit/", plans.plan_edit, name="plan_edit"),
    path("plans/<int:pk>/priorities/new/", plans.priority_new, name="priority_new"),
    path("plans/<int:pk>/measures/new/", plans.measure_new, name="measure_new"),
    path("plans/<int:pk>/comments/new/", plans.comment_new, name="comment_new"),
    path("plans/priorities/<int:pk>/edit/", plans.priority_edit, name="priority_edit"),
    path("plans/priorities/<int:pk>/actions/new/", plans.action_new, name="action_new"),
    path("plans/measures/<int:pk>/", plans.measure_detail, name="measure"),
    path("plans/measures/<int:pk>/values/new/", plans.measure_value_new, name="measure_value_new"),
    path("actions/<int:pk>/", plans.action_detail, name="action"),
    path("actions/<int:pk>/edit/", plans.action_edit, name="action_edit"),
    path("actions/<int:pk>/progress/", plans.action_update, name="action_update"),
    path("actions/<int:pk>/rag/", plans.action_rag, name="action_rag"),
    path("actions/<int:pk>/evidence/new/", plans.evidence_new, name="evidence_new"),
    path("evidence/<int:pk>/file/", plans.evidence_file, name="evidence_file"),
    path("governance/", governance.meeting_list, name="meetings"),
    path("governance/new/", governance.meeting_new, name="meeting_new"),
    path("governance/<int:pk>/", governance.meeting_detail, name="meeting"),
    path("governance/<int:pk>/edit/", governance.meeting_edit, name="meeting_edit"),
    path("governance/<int:pk>/decisions/new/", governance.decision_new, name="decision_new"),
    path("governance/decisions/<int:pk>/action/", plans.decision_to_action, name="decision_to_action"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
]

handler500 = "carewatch.web.views.server_error"
