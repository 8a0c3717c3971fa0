from django.urls import path

from portal.directory import views

app_name = "directory"

urlpatterns = [
    path("listing-problem/<int:service_id>/", views.report_problem, name="report_problem"),
]
