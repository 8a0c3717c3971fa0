"""/api/oruk/: Open Referral UK v3.0. Paths have no trailing slash, as the profile writes them;
one is tolerated."""

from django.urls import re_path

from portal.api import views

app_name = "api_oruk"

UUID_ANY = r"(?P<id>[^/]{1,100})"

urlpatterns = [
    re_path(r"^$", views.root, name="root"),
    re_path(r"^openapi\.json$", views.openapi, name="openapi"),
    re_path(r"^services/?$", views.services, name="services"),
    re_path(rf"^services/{UUID_ANY}/?$", views.service_detail, name="service"),
    re_path(r"^taxonomies/?$", views.taxonomies, name="taxonomies"),
    re_path(rf"^taxonomies/{UUID_ANY}/?$", views.taxonomy_detail, name="taxonomy"),
    re_path(r"^taxonomy_terms/?$", views.taxonomy_terms, name="taxonomy_terms"),
    re_path(rf"^taxonomy_terms/{UUID_ANY}/?$", views.taxonomy_term_detail, name="taxonomy_term"),
    re_path(r"^service_at_locations/?$", views.service_at_locations, name="service_at_locations"),
    re_path(
        rf"^service_at_locations/{UUID_ANY}/?$",
        views.service_at_location_detail,
        name="service_at_location",
    ),
    re_path(r"^organizations/?$", views.organizations, name="organizations"),
    re_path(rf"^organizations/{UUID_ANY}/?$", views.organization_detail, name="organization"),
    re_path(r"^.*$", views.not_found),
]
