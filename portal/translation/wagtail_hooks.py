from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.translation.models import GlossaryTerm
from portal.translation.permissions import (
    LocalePermissionPolicy,
    check_snippet_create_locale,
    check_snippet_locale,
)


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Glossary")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["term", "keep_in_english", "locale"]
    list_filter = ["keep_in_english"]
    search_fields = ["term"]


register_permission_policy(GlossaryTerm, LocalePermissionPolicy(GlossaryTerm))
register_snippet(GlossaryTermViewSet)


@hooks.register("before_edit_snippet")
def refuse_edit_outside_language(request, instance):
    check_snippet_locale(request, instance)


@hooks.register("before_delete_snippet")
def refuse_delete_outside_language(request, instances):
    for instance in instances:
        check_snippet_locale(request, instance)


@hooks.register("before_create_snippet")
def refuse_create_outside_language(request, model):
    check_snippet_create_locale(request, model)


@hooks.register("register_admin_urls")
def register_translation_admin_urls():
    from django.urls import include, path

    from portal.translation import views

    urls = [
        path("", views.dashboard, name="dashboard"),
        path("<int:translation_id>/review/", views.submit_for_review, name="submit_for_review"),
    ]
    return [
        path("translation/", include((urls, "portal_translation"), namespace="portal_translation")),
        # Registered before wagtail-localize's own (this app comes first in INSTALLED_APPS), so
        # these paths answer instead of its views: PO import with a report, and "sync" that
        # never publishes past a language's review.
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            views.upload_pofile,
            name="portal_translation_upload_pofile",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
            name="portal_translation_update_translations",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Translation status"),
        reverse("portal_translation:dashboard"),
        name="translation-status",
        icon_name="globe",
        order=300,
    )


@hooks.register("construct_homepage_panels")
def add_out_of_date_panel(request, panels):
    from portal.translation.panels import OutOfDatePanel

    panels.insert(0, OutOfDatePanel(request.user))


@hooks.register("before_edit_page")
def remember_minor_change(request, page):
    # "Publish (minor change)" posts to the edit view with ?minor_change=1 (a formaction), so
    # the page_published handler, which has no request, leaves translations current.
    from portal.translation.signals import minor_change_pages

    if request.method == "POST" and request.GET.get("minor_change") == "1":
        minor_change_pages.set(frozenset({page.pk}))
    else:
        minor_change_pages.set(frozenset())


@hooks.register("after_edit_page")
def forget_minor_change(request, page):
    from portal.translation.signals import minor_change_pages

    minor_change_pages.set(frozenset())


@hooks.register("register_page_action_menu_item")
def register_minor_change_publish():
    from portal.translation.menus import MinorChangePublishMenuItem

    return MinorChangePublishMenuItem(order=15)
