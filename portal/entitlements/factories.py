import datetime
from decimal import Decimal

import factory
import wagtail_factories

from portal.entitlements.models import (
    EntitlementGuidePage,
    EntitlementIndexPage,
    EntitlementRow,
)
from portal.taxonomy.models import ImmigrationStatus, Need
from portal.taxonomy.operations import taxonomy_load_defaults

# status slug → (answer, condition); every shipped status gets a row
GP_ANSWERS = {
    "asylum-seeker": ("yes", "free, with or without an ARC card"),
    "refused-asylum-seeker": ("yes", "GP care is free for everyone"),
    "refugee": ("yes", ""),
    "humanitarian-protection": ("yes", ""),
    "ukraine-scheme": ("yes", ""),
    "afghan-resettlement": ("yes", ""),
    "uk-resettlement-scheme": ("yes", ""),
    "unaccompanied-child": ("yes", "your social worker can help you register"),
    "no-recourse-to-public-funds": ("depends", "GP care is free; some hospital care is charged"),
}


def steps_value(count: int = 3) -> list:
    return [
        (
            "step",
            {
                "title": f"Step {n + 1}: find a GP surgery near you",
                "text": "<p>Ask at the reception desk for a registration form.</p>",
            },
        )
        for n in range(count)
    ]


def facts_value() -> list:
    return [
        (
            "fact",
            {
                "label": "Prescription charge in England",
                "amount": Decimal("9.90"),
                "unit": "gbp",
                "valid_from": datetime.date(2024, 5, 1),
                "note": "Free for asylum seekers with an HC2 certificate.",
            },
        )
    ]


class EntitlementIndexPageFactory(wagtail_factories.PageFactory):
    title = "Know your entitlements"
    slug = "entitlements"
    introduction = "What you can get depends on your immigration status. Choose yours."

    class Meta:
        model = EntitlementIndexPage


class EntitlementGuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Registering with a GP ({n})")
    slug = factory.Sequence(lambda n: f"gp-registration-{n}")
    summary = "Everyone in England can register with a GP surgery for free."
    introduction = "A GP is a family doctor. Seeing one is free."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "What a GP does", "level": "h2"}),
            ("paragraph", "<p>A GP treats everyday illness and refers you to hospital.</p>"),
        ]
    )
    steps = factory.LazyFunction(steps_value)
    documents = factory.LazyFunction(
        lambda: [
            ("document", {"name": "Your ARC card", "note": "If you have none, go anyway."}),
            ("document", {"name": "A letter with your address", "note": ""}),
        ]
    )
    facts = factory.LazyFunction(facts_value)
    sources = factory.LazyFunction(
        lambda: [
            (
                "source",
                {
                    "title": "NHS: How to register with a GP surgery",
                    "url": "https://www.nhs.uk/nhs-services/gps/how-to-register-with-a-gp-surgery/",
                },
            )
        ]
    )
    phone_lines = factory.LazyFunction(
        lambda: [
            (
                "phone_line",
                {
                    "name": "NHS 111",
                    "number": "111",
                    "hours": "Every day, 24 hours",
                    "is_free": True,
                },
            )
        ]
    )
    last_reviewed = factory.LazyFunction(lambda: datetime.date.today())
    next_review_due = factory.LazyFunction(
        lambda: datetime.date.today() + datetime.timedelta(days=180)
    )

    class Meta:
        model = EntitlementGuidePage
        skip_postgeneration_save = True

    @factory.post_generation
    def with_table(page, create, extracted, **kwargs):
        """Needs, help needs, one row per shipped status and a phone line (``with_table=False``
        leaves them out; ``with_table={slug: (answer, condition)}`` sets the rows)."""
        if not create or extracted is False:
            return
        taxonomy_load_defaults()
        answers = extracted if isinstance(extracted, dict) else GP_ANSWERS
        statuses = {s.slug: s for s in ImmigrationStatus.objects.filter(slug__in=answers)}
        for order, (slug, (answer, condition)) in enumerate(answers.items()):
            page.entitlement_rows.add(
                EntitlementRow(
                    status=statuses[slug],
                    answer=answer,
                    condition=condition,
                    details="Ask the surgery for an interpreter: it is free." if order == 0 else "",
                    sort_order=order,
                    locale_id=page.locale_id,
                )
            )
        page.needs.set(Need.objects.filter(slug="health"))
        page.help_needs.set(Need.objects.filter(slug__in=["health", "mental-health"]))
        page.save()
        page.save_revision().publish()
