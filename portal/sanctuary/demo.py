"""Demo content for the sanctuary app: commitments, the county partnership and its outcomes.

Sample text and made-up numbers (flagged in the admin) for a county council's strategic
partnership. Every page gets a version in every language; the Arabic titles are translated.
"""

import calendar
import datetime
from decimal import Decimal

from wagtail.models import Locale

from portal.core.models import HomePage
from portal.core.operations import page_translate_everywhere
from portal.sanctuary.models import (
    DistrictForum,
    OutcomesPage,
    PartnershipMember,
    PartnershipPage,
    SanctuaryPage,
)
from portal.taxonomy.models import District

SANCTUARY_TITLE = "Our sanctuary commitments"
PARTNERSHIP_TITLE = "The strategic partnership"
OUTCOMES_TITLE = "How the strategy is doing"

TRANSLATIONS = {
    "ar": {
        SANCTUARY_TITLE: "التزاماتنا تجاه الملاذ الآمن",
        PARTNERSHIP_TITLE: "الشراكة الاستراتيجية",
        OUTCOMES_TITLE: "كيف تسير الاستراتيجية",
        "Integration": "الاندماج",
        "Entitlements": "الحقوق والاستحقاقات",
        "Value through partnership": "القيمة من خلال الشراكة",
    },
    "uk": {
        SANCTUARY_TITLE: "Наші зобов'язання щодо притулку",
        PARTNERSHIP_TITLE: "Стратегічне партнерство",
        OUTCOMES_TITLE: "Як виконується стратегія",
    },
}

PLEDGES = [
    ("Free bus travel to English classes", "done", datetime.date(2025, 9, 1)),
    ("A named contact in every district council", "done", datetime.date(2025, 4, 1)),
    ("Welcome packs in 15 languages", "in_progress", datetime.date(2026, 3, 31)),
    ("Trauma-informed training for front-line staff", "in_progress", datetime.date(2026, 6, 30)),
    ("A sanctuary scholarship at the county's colleges", "planned", datetime.date(2026, 9, 1)),
]

MEMBERS = [
    ("Lancashire County Council", "council", "Chairs the partnership"),
    ("Preston City Council", "council", ""),
    ("Pendle Borough Council", "council", ""),
    ("Blackburn with Darwen Borough Council", "council", ""),
    ("Lancashire and South Cumbria Integrated Care Board", "health", "Leads the health sub-group"),
    ("Lancashire Teaching Hospitals NHS Foundation Trust", "health", ""),
    ("Lancashire Constabulary", "police", ""),
    ("Lancashire Fire and Rescue Service", "police", "Home fire safety visits"),
    ("Home Office (Asylum Support)", "government", ""),
    ("Department for Work and Pensions", "government", ""),
    ("Refugee Action Lancashire (sample)", "voluntary", "Represents the voluntary sector"),
    ("Lancashire Sanctuary Network (sample)", "voluntary", ""),
]

# Members that also run services in the demo directory: their services are listed under them.
MEMBER_ORGANISATIONS = {
    "Lancashire and South Cumbria Integrated Care Board": "Lancashire and South Cumbria NHS (sample)",
}

FORUMS = [
    ("pendle", "Pendle Multi-Agency Refugee Forum", "Second Tuesday of the month, 10am"),
    ("preston", "Preston Sanctuary Forum", "First Thursday of the month, 2pm"),
    ("burnley", "Burnley New Arrivals Forum", "Every other Wednesday, 10am"),
]

# aim → outcome → (indicator, unit, baseline, target, first value, monthly change)
AIMS = [
    (
        "Integration",
        [
            (
                "People can speak and learn English",
                [
                    ("Adults in English (ESOL) classes", "people", 420, 700, 430, 18),
                    ("Waiting time for an ESOL place", "weeks", 14, 6, 15, -0.6),
                ],
            ),
            (
                "People feel part of their community",
                [("People who feel they belong (survey)", "%", 48, 65, 47, 0.9)],
            ),
        ],
    ),
    (
        "Entitlements",
        [
            (
                "People get the support they are entitled to",
                [
                    ("New refugees with a bank account within 28 days", "%", 35, 80, 36, 2.8),
                    (
                        "Days from refugee status to first Universal Credit payment",
                        "days",
                        45,
                        28,
                        44,
                        0.4,
                    ),
                ],
            ),
            (
                "People are registered with a GP",
                [("Asylum seekers registered with a GP", "%", 71, 95, 72, 1.5)],
            ),
        ],
    ),
    (
        "Value through partnership",
        [
            (
                "Partners plan and fund together",
                [
                    ("District forums meeting at least quarterly", "forums", 5, 14, 5, 0.75),
                    ("Services listed with up-to-date details", "%", 60, 90, 61, 2.1),
                ],
            )
        ],
    ),
]


def month_ends(*, year: int) -> list[datetime.date]:
    return [datetime.date(year, m, calendar.monthrange(year, m)[1]) for m in range(1, 13)]


def aims_stream() -> list:
    months = month_ends(year=2025)
    aims = []
    for aim_title, outcomes in AIMS:
        outcome_values = []
        for outcome_title, indicators in outcomes:
            indicator_values = []
            for title, unit, baseline, target, first, step in indicators:
                measurements = [
                    {
                        "date": day,
                        # A steady trend with a small, fixed wobble: believable and repeatable.
                        "value": Decimal(
                            str(round(first + step * i + (i % 3 - 1) * abs(step) / 2, 1))
                        ),
                    }
                    for i, day in enumerate(months)
                ]
                indicator_values.append(
                    {
                        "title": title,
                        "description": "Sample figures, for illustration only.",
                        "unit": unit,
                        "baseline": Decimal(baseline),
                        "target": Decimal(target),
                        "measurements": measurements,
                    }
                )
            outcome_values.append(
                {"title": outcome_title, "description": "", "indicators": indicator_values}
            )
        aims.append(("aim", {"title": aim_title, "description": "", "outcomes": outcome_values}))
    return aims


def load(*, stdout) -> None:
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        stdout.write("  sanctuary: no home page, skipped")
        return
    created = []
    sanctuary = SanctuaryPage.objects.filter(locale=locale, slug="sanctuary").first()
    if sanctuary is None:
        sanctuary = SanctuaryPage(
            title=SANCTUARY_TITLE,
            slug="sanctuary",
            is_sample_content=True,
            show_in_menus=True,
            introduction="What the council and its partners have promised, and how far we have got.",
            welcome_statement=(
                "<p>Lancashire welcomes people seeking sanctuary. Whatever brought you here, you "
                "have a right to be safe, to be treated with dignity and to get the help you are "
                "entitled to.</p>"
            ),
            pledges=[
                ("pledge", {"title": t, "description": "", "status": s, "date": d})
                for t, s, d in PLEDGES
            ],
            lived_experience=(
                "<p>Our sanctuary board has eight members who came to the UK as refugees or "
                "asylum seekers. It meets every month, reviews every commitment on this page, and "
                "is paid for its time.</p>"
            ),
            case_studies=[
                (
                    "case_study",
                    {
                        "title": "English classes closer to home",
                        "image": None,
                        "what_we_did": "<p>We ran classes in community centres, not only "
                        "colleges, with free childcare.</p>",
                        "results": "<p>Attendance rose from 60% to 85% in six months.</p>",
                        "lessons": "<p>Ask learners where and when they can come before "
                        "booking rooms.</p>",
                    },
                )
            ],
            accreditation_status="working_towards",
            accreditation_date=datetime.date(2026, 10, 1),
            accreditation_details=(
                "<p>We expect to be assessed for Council of Sanctuary status in autumn 2026.</p>"
            ),
        )
        home.add_child(instance=sanctuary)
        sanctuary.save_revision().publish()
        created.append(sanctuary)

    if not PartnershipPage.objects.filter(locale=locale, slug="partnership").exists():
        partnership = PartnershipPage(
            title=PARTNERSHIP_TITLE,
            slug="partnership",
            is_sample_content=True,
            introduction="The organisations that agreed the county's refugee integration strategy.",
            body="<p>The partnership meets four times a year and publishes its minutes.</p>",
        )
        sanctuary.add_child(instance=partnership)
        from portal.directory.models import Organisation

        organisations = {
            o.name: o
            for o in Organisation.objects.filter(
                locale=locale, name__in=MEMBER_ORGANISATIONS.values()
            )
        }
        for order, (name, kind, role) in enumerate(MEMBERS):
            partnership.members.add(
                PartnershipMember(
                    locale=locale,
                    sort_order=order,
                    name=name,
                    organisation_type=kind,
                    role=role,
                    url="https://www.example.org/",
                    organisation=organisations.get(MEMBER_ORGANISATIONS.get(name, "")),
                )
            )
        districts = {d.slug: d for d in District.objects.filter(slug__in=[f[0] for f in FORUMS])}
        for order, (slug, name, schedule) in enumerate(FORUMS):
            if slug not in districts:
                continue
            partnership.forums.add(
                DistrictForum(
                    locale=locale,
                    sort_order=order,
                    district=districts[slug],
                    name=name,
                    schedule=schedule,
                    purpose="Council, health, police and charities plan support for new arrivals.",
                    contact_email="sanctuary@example.org",
                )
            )
        partnership.save()
        partnership.save_revision().publish()
        created.append(partnership)

    if not OutcomesPage.objects.filter(locale=locale, slug="outcomes").exists():
        outcomes = OutcomesPage(
            title=OUTCOMES_TITLE,
            slug="outcomes",
            is_sample_content=True,
            introduction="Our integration strategy's aims, and the numbers that show progress.",
            aims=aims_stream(),
        )
        sanctuary.add_child(instance=outcomes)
        outcomes.save_revision().publish()
        created.append(outcomes)

    for page in created:
        page_translate_everywhere(page=page, translations=TRANSLATIONS)
    stdout.write(f"  sanctuary: {len(created)} pages created")
