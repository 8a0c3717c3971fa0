import datetime
from decimal import Decimal

import factory
import wagtail_factories

from portal.sanctuary.models import OutcomesPage, PartnershipPage, SanctuaryPage


def indicator_value(
    *,
    title: str = "Adults in English classes",
    unit: str = "people",
    baseline: str = "40",
    target: str = "80",
    values: list[str] | None = None,
    start: datetime.date = datetime.date(2025, 1, 31),
) -> dict:
    """Raw IndicatorBlock data with one measurement per month from ``start``."""
    measurements = []
    for month, value in enumerate(values or []):
        year, month_index = divmod(start.month - 1 + month, 12)
        day = datetime.date(start.year + year, month_index + 1, 28)
        measurements.append({"date": day, "value": Decimal(value)})
    return {
        "title": title,
        "description": "Counted by the adult learning service.",
        "unit": unit,
        "baseline": Decimal(baseline),
        "target": Decimal(target),
        "measurements": measurements,
    }


def aims_value(*indicators: dict, aim: str = "Integration", outcome: str = "People speak English"):
    return [
        (
            "aim",
            {
                "title": aim,
                "description": "",
                "outcomes": [{"title": outcome, "description": "", "indicators": list(indicators)}],
            },
        )
    ]


class SanctuaryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sanctuary {n}")
    slug = factory.Sequence(lambda n: f"sanctuary-{n}")
    introduction = "Our commitments to people seeking sanctuary."
    welcome_statement = "<p>Everyone is welcome here.</p>"
    pledges = factory.LazyFunction(
        lambda: [
            (
                "pledge",
                {
                    "title": "Free bus travel to English classes",
                    "description": "",
                    "status": "done",
                    "date": datetime.date(2025, 9, 1),
                },
            )
        ]
    )

    class Meta:
        model = SanctuaryPage


class PartnershipPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partnership {n}")
    introduction = "Who works together on the strategy."

    class Meta:
        model = PartnershipPage


class OutcomesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Outcomes {n}")
    introduction = "How the strategy is doing."
    aims = factory.LazyFunction(lambda: aims_value(indicator_value(values=["42", "45", "51"])))

    class Meta:
        model = OutcomesPage
