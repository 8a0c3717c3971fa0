from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.sanctuary import views


@hooks.register("register_admin_urls")
def register_coverage_urls():
    # Wagtail wraps these in its admin login and access check.
    return [
        path("sanctuary/coverage/", views.coverage_map, name="sanctuary_coverage"),
        path(
            "sanctuary/coverage/<slug:key>.csv",
            views.coverage_map_csv,
            name="sanctuary_coverage_csv",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_coverage_menu_item():
    return MenuItem(
        _("Coverage map"),
        reverse("sanctuary_coverage"),
        name="coverage-map",
        icon_name="table",
        order=1100,
    )
