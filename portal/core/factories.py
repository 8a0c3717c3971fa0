import factory
import wagtail_factories

from portal.core.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Home {n}")
    introduction = "A short introduction."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "What this page is about."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Some plain text.</p>")])

    class Meta:
        model = StandardPage
