"""Reads for the sanctuary pages: sections, partnership members, and the outcomes report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.utils.safestring import SafeString
from django.utils.translation import get_language_bidi
from wagtail.models import Page

from portal.sanctuary import charts
from portal.sanctuary.models.partnership import OrganisationType


def sanctuary_sections(*, page: Page) -> list[Page]:
    """The live partnership and outcomes pages under a sanctuary page, in tree order."""
    return list(page.get_children().live().specific().order_by("path"))


@dataclass
class MemberGroup:
    type_value: str
    label: str
    members: list = field(default_factory=list)


def partnership_member_groups(*, page) -> list[MemberGroup]:
    """Members grouped by type in a fixed order (councils first), each group in editor order."""
    groups = {value: MemberGroup(value, label) for value, label in OrganisationType.choices}
    members = list(page.members.all().select_related("logo", "organisation"))
    services = _member_services(members=members, locale_id=page.locale_id)
    for member in members:
        member.services = services.get(member.organisation_id, [])
        groups[member.organisation_type].members.append(member)
    return [group for group in groups.values() if group.members]


def _member_services(*, members, locale_id) -> dict[int, list]:
    """Organisation id → the services residents can see, in the page's language, in one query.

    Members link to an organisation in any language; its services are matched across languages
    by the organisation's translation key, and the directory decides what residents may see.
    """
    from portal.directory.selectors import visible_services

    keys = {m.organisation.translation_key: m.organisation_id for m in members if m.organisation}
    if not keys:
        return {}
    found: dict[int, list] = {}
    services = (
        visible_services(locale=locale_id)
        .filter(organisation__translation_key__in=keys)
        .select_related("organisation")
        .order_by("title")
    )
    for service in services:
        found.setdefault(keys[service.organisation.translation_key], []).append(service)
    return found


def partnership_forums(*, page) -> list:
    return list(page.forums.all().select_related("district"))


@dataclass
class IndicatorView:
    indicator: charts.Indicator
    status: str
    status_label: str
    chart: SafeString
    rows: list[tuple[str, str]]
    baseline_label: str
    target_label: str
    latest_label: str | None
    chart_id: str


@dataclass
class OutcomeView:
    title: str
    description: str
    indicators: list[IndicatorView]


@dataclass
class AimView:
    title: str
    description: str
    outcomes: list[OutcomeView]


@dataclass
class OutcomesReport:
    aims: list[AimView]
    status_counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.status_counts.values())

    @property
    def on_track(self) -> int:
        return self.status_counts[charts.ON_TRACK] + self.status_counts[charts.MET]

    @property
    def not_on_track(self) -> int:
        return self.status_counts[charts.NOT_ON_TRACK]

    @property
    def no_data(self) -> int:
        return self.status_counts[charts.NO_DATA]


def outcomes_report(*, page) -> OutcomesReport:
    """Aims → outcomes → indicators with their charts, and how many indicators are on track."""
    rtl = get_language_bidi()
    counts: Counter[str] = Counter(
        {charts.MET: 0, charts.ON_TRACK: 0, charts.NOT_ON_TRACK: 0, charts.NO_DATA: 0}
    )
    aims = []
    number = 0
    for aim_block in page.aims:
        aim = aim_block.value
        outcomes = []
        for outcome in aim["outcomes"]:
            indicators = []
            for indicator_value in outcome["indicators"]:
                number += 1
                indicator = charts.indicator_from_block(indicator_value)
                status = charts.indicator_status(indicator)
                counts[status] += 1
                chart_id = f"indicator-{number}"
                latest = indicator.latest
                indicators.append(
                    IndicatorView(
                        indicator=indicator,
                        status=status,
                        status_label=charts.status_label(status),
                        chart=charts.indicator_chart_svg(
                            indicator=indicator, chart_id=chart_id, rtl=rtl
                        ),
                        rows=charts.table_rows(indicator),
                        baseline_label=charts.format_value(indicator.baseline, indicator.unit),
                        target_label=charts.format_value(indicator.target, indicator.unit),
                        latest_label=(
                            charts.format_value(latest.value, indicator.unit) if latest else None
                        ),
                        chart_id=chart_id,
                    )
                )
            outcomes.append(
                OutcomeView(
                    title=outcome["title"],
                    description=outcome["description"] or "",
                    indicators=indicators,
                )
            )
        aims.append(
            AimView(title=aim["title"], description=aim["description"] or "", outcomes=outcomes)
        )
    return OutcomesReport(aims=aims, status_counts=dict(counts))


def coverage_tables() -> list:
    """District × need and district × spoken language counts of active services residents can see.

    A county-wide service counts in every district; hidden (unverified for too long), closed and
    temporarily closed services count nowhere.
    """
    from django.utils.translation import gettext as _

    from portal.sanctuary.coverage import CoverageTable, count_distinct_services
    from portal.taxonomy.models import District, Need, SpokenLanguage

    districts = [(d.pk, str(d)) for d in District.objects.in_order()]
    service_rows = _directory_service_rows(district_ids=[pk for pk, _label in districts])
    return [
        CoverageTable(
            key="needs",
            title=_("Services per district and need"),
            column_heading=_("Need"),
            rows=districts,
            columns=[(n.pk, str(n)) for n in Need.objects.in_order()],
            counts=count_distinct_services(service_rows("needs")),
        ),
        CoverageTable(
            key="languages",
            title=_("Services per district and spoken language"),
            column_heading=_("Spoken language"),
            rows=districts,
            columns=[(lang.pk, str(lang)) for lang in SpokenLanguage.objects.in_order()],
            counts=count_distinct_services(service_rows("languages")),
        ),
    ]


def _directory_service_rows(*, district_ids: list[int]):
    """A function giving (district id, term id, service id) rows for "needs" or "languages".

    The services are the directory's own "visible to residents" set (never re-derived here) in
    the source language, narrowed to active ones; translations share their source's facts.
    """
    from wagtail.models import Locale

    from portal.directory.models import ServicePage, ServiceStatus
    from portal.directory.selectors import service_district_ids, visible_services

    services = list(
        visible_services(locale=Locale.get_default())
        .filter(status=ServiceStatus.ACTIVE)
        .only("pk", "path", "depth", "is_county_wide")
    )
    districts_of = {
        service_id: (set(district_ids) if ids is None else ids)
        for service_id, ids in service_district_ids(services=services).items()
    }
    through = {
        "needs": (ServicePage.needs.through, "need_id"),
        "languages": (ServicePage.spoken_languages.through, "spokenlanguage_id"),
    }

    def rows(kind: str):
        model, term_field = through[kind]
        links = model.objects.filter(servicepage_id__in=districts_of).values_list(
            "servicepage_id", term_field
        )
        for service_id, term_id in links:
            for district_id in districts_of[service_id]:
                yield district_id, term_id, service_id

    return rows
