"""Factories for the finder, producing realistic pages."""

import wagtail_factories

from portal.finder.models import ServiceFinderPage


class ServiceFinderPageFactory(wagtail_factories.PageFactory):
    title = "Find a service"
    slug = "find"
    introduction = (
        "Search every district's services for refugees and people seeking asylum. "
        "Nothing you search for is recorded."
    )

    class Meta:
        model = ServiceFinderPage
