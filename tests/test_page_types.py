"""Meta-tests over every page type: each has a working factory and lives only where it should.

Adding a page type without a factory, or without saying where it may be created, fails here.
"""

import importlib
import importlib.util

import pytest
import wagtail_factories
from django.apps import apps
from wagtail.models import Page, get_page_models

# Page type → the page types it may be created under. Keep in step with parent_page_types.
EXPECTED_PARENTS = {
    "core.HomePage": {"wagtailcore.Page"},
    "core.StandardPage": {"core.HomePage", "core.StandardPage"},
    "sanctuary.SanctuaryPage": {"core.HomePage"},
    "sanctuary.PartnershipPage": {"sanctuary.SanctuaryPage"},
    "sanctuary.OutcomesPage": {"sanctuary.SanctuaryPage"},
    "directory.DistrictIndexPage": {"core.HomePage"},
    "directory.DistrictPage": {"directory.DistrictIndexPage"},
    "directory.ServicePage": {"directory.DistrictPage"},
    "entitlements.EntitlementIndexPage": {"core.HomePage"},
    "entitlements.EntitlementGuidePage": {"entitlements.EntitlementIndexPage"},
    "finder.ServiceFinderPage": {"core.HomePage"},
}


def portal_page_models():
    return [model for model in get_page_models() if model._meta.app_label != "wagtailcore"]


def page_factories() -> dict[type, type]:
    factories = {}
    for config in apps.get_app_configs():
        module_name = f"{config.name}.factories"
        if not config.name.startswith("portal.") or importlib.util.find_spec(module_name) is None:
            continue
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, wagtail_factories.PageFactory)
                and value._meta.model is not None
                and value._meta.model is not Page
            ):
                factories[value._meta.model] = value
    return factories


def test_every_page_type_is_listed_here():
    assert {model._meta.label for model in portal_page_models()} == set(EXPECTED_PARENTS)


@pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
def test_every_page_type_has_a_factory(model):
    assert model in page_factories(), (
        f"{model._meta.label} has no factory in its app's factories.py"
    )


@pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
def test_page_type_can_be_created_only_under_its_parents(model):
    allowed = {parent._meta.label for parent in model.allowed_parent_page_models()}
    assert allowed == EXPECTED_PARENTS[model._meta.label]


@pytest.mark.django_db
@pytest.mark.parametrize("model", portal_page_models(), ids=lambda m: m._meta.label)
def test_factory_builds_a_page_that_saves_and_renders(model, home, client):
    factory = page_factories()[model]
    parent_label = sorted(EXPECTED_PARENTS[model._meta.label])[0]
    if parent_label == "wagtailcore.Page":
        parent = Page.get_first_root_node()
        page = factory(parent=parent, slug=f"factory-{model._meta.model_name}")
        assert page.pk and page.live
        return
    parent = page_of_type(parent_label, home)
    page = factory(parent=parent)
    assert page.pk and page.live
    for other in Page.objects.all().specific():
        allowed = type(other)._meta.label in EXPECTED_PARENTS[model._meta.label]
        assert model.can_create_at(other) is allowed or (allowed and model.max_count)
    response = client.get(page.url)
    assert response.status_code == 200, page.url


def page_of_type(label, home):
    if label == "core.HomePage":
        return home
    parent_model = apps.get_model(label)
    existing = parent_model.objects.filter(locale=home.locale).first()
    if existing is not None:
        return existing
    grandparent = page_of_type(sorted(EXPECTED_PARENTS[label])[0], home)
    return page_factories()[parent_model](parent=grandparent)
