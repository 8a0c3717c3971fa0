"""Reads for the entitlement guides: the checker, one guide's table and facts, review dates.

The service finder builds on ``guides_for`` and ``guide_finder_links``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch, Q, QuerySet
from django.http import QueryDict
from django.utils import formats, timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from portal.core.page_cache import page_cache_generation
from portal.entitlements.models import Answer, EntitlementGuidePage, EntitlementRow
from portal.taxonomy.models import ImmigrationStatus, Need
from portal.taxonomy.selectors import taxonomy_terms

# Answers that are not one of the editor's four: no status chosen, or no row for that status.
CHOOSE_STATUS = "choose_status"
NOT_COVERED = "not_covered"
MAX_SLUG_SHOWN = 60  # an unknown slug is echoed back to the reader, cut to this length


@dataclass(frozen=True)
class StatusAnswer:
    code: str  # one of Answer's values, CHOOSE_STATUS or NOT_COVERED
    label: str
    condition: str = ""
    details: str = ""

    @property
    def is_known(self) -> bool:
        return self.code not in (CHOOSE_STATUS, NOT_COVERED)


@dataclass(frozen=True)
class FinderLink:
    need: Need
    url: str


@dataclass
class GuideAnswer:
    """A guide as the checker (and the finder) shows it: the answer for one status first."""

    page: EntitlementGuidePage
    answer: StatusAnswer
    finder_links: list[FinderLink] = field(default_factory=list)


def answer_for(*, row: EntitlementRow | None, status: ImmigrationStatus | None) -> StatusAnswer:
    if status is None:
        return StatusAnswer(code=CHOOSE_STATUS, label=_("Depends on your status"))
    if row is None:
        return StatusAnswer(
            code=NOT_COVERED,
            label=_("This guide does not cover your status yet: ask an adviser"),
        )
    return StatusAnswer(
        code=row.answer,
        label=str(Answer(row.answer).label),
        condition=row.condition,
        details=row.details,
    )


def finder_url(*, language_code: str, need: Need | None = None, status=None) -> str:
    """The service finder's address, ``/<lang>/find/?need=<slug>&status=<slug>`` (DESIGN.md)."""
    query = {}
    if need is not None:
        query["need"] = need.slug
    if status is not None:
        query["status"] = status.slug
    return f"/{language_code}/find/" + (f"?{urlencode(query)}" if query else "")


def guide_finder_links(
    *,
    guide: EntitlementGuidePage,
    language_code: str | None = None,
    status: ImmigrationStatus | None = None,
) -> list[FinderLink]:
    """One 'where to get help' link into the finder per service need the guide points to."""
    language_code = language_code or guide.locale.language_code
    return [
        FinderLink(need=need, url=finder_url(language_code=language_code, need=need, status=status))
        for need in _ordered(guide.help_needs.all())
    ]


def _ordered(needs) -> list[Need]:
    return sorted(needs, key=lambda need: (need.sort_order, need.slug))


def statuses_in_order() -> list[ImmigrationStatus]:
    """Every status, in editors' order (kept until the next publish or taxonomy change)."""
    return list(taxonomy_terms().statuses.values())


def needs_in_order() -> list[Need]:
    """Every need, in editors' order (kept until the next publish or taxonomy change)."""
    return list(taxonomy_terms().needs.values())


def _as_term(model, value):
    if value is None or isinstance(value, model):
        return value
    return model.objects.filter(slug=str(value)).first()


def live_guides(*, locale: Locale, within: Page | None = None) -> QuerySet:
    guides = EntitlementGuidePage.objects.live().filter(locale=locale)
    if within is not None:
        guides = guides.descendant_of(within)
    return guides.order_by("path")


def guides_for(
    *,
    locale: Locale,
    need: Need | str | None = None,
    status: ImmigrationStatus | str | None = None,
    within: Page | None = None,
    with_finder_links: bool = True,
) -> list[GuideAnswer]:
    """Live guides in ``locale`` (for ``need`` if given), each with the answer for ``status``.

    ``need`` and ``status`` are terms or slugs; an unknown slug matches nothing for ``need`` and
    counts as "no status chosen" for ``status``. At most three queries whatever the number of
    guides (guides, their rows for ``status``, their help needs for the finder links).
    """
    need_given = need is not None
    need = _as_term(Need, need)
    status = _as_term(ImmigrationStatus, status)
    if need_given and need is None:
        return []
    guides = live_guides(locale=locale, within=within)
    if with_finder_links:
        guides = guides.prefetch_related(Prefetch("help_needs", queryset=Need.objects.all()))
    if need is not None:
        guides = guides.filter(needs=need)
    if status is not None:
        guides = guides.prefetch_related(
            Prefetch(
                "entitlement_rows",
                queryset=EntitlementRow.objects.filter(status=status),
                to_attr="rows_for_status",
            )
        )
    results = []
    for guide in guides:
        rows = getattr(guide, "rows_for_status", [])
        results.append(
            GuideAnswer(
                page=guide,
                answer=answer_for(row=rows[0] if rows else None, status=status),
                finder_links=(
                    guide_finder_links(
                        guide=guide, language_code=locale.language_code, status=status
                    )
                    if with_finder_links
                    else []
                ),
            )
        )
    return results


@dataclass
class CheckerResult:
    statuses: list[ImmigrationStatus]
    needs: list[Need]
    status: ImmigrationStatus | None
    need: Need | None
    unknown_status: str
    unknown_need: str
    guides: list[GuideAnswer]
    language_code: str

    @property
    def is_filtered(self) -> bool:
        return self.status is not None or self.need is not None

    @property
    def finder_url(self) -> str:
        """The service finder for the chosen need and status, for when no guide answers."""
        return finder_url(language_code=self.language_code, need=self.need, status=self.status)


def _chosen(terms, raw: str):
    """(term, unknown slug): the term whose slug is ``raw``, or the cut slug if none is."""
    raw = (raw or "").strip()
    if not raw:
        return None, ""
    for term in terms:
        if term.slug == raw:
            return term, ""
    return None, raw[:MAX_SLUG_SHOWN]


def checker_result(*, index: Page, params: QueryDict | dict, language_code: str) -> CheckerResult:
    """What the checker shows for ``?status=<slug>&need=<slug>``; both optional.

    Slugs are matched in Python against the lists the form needs anyway, so any input at all
    costs no extra query and cannot fail: an unknown slug is reported back, not guessed.
    """
    statuses = statuses_in_order()
    needs = needs_in_order()
    status, unknown_status = _chosen(statuses, params.get("status", ""))
    need, unknown_need = _chosen(needs, params.get("need", ""))
    locale = Locale(pk=index.locale_id, language_code=language_code)  # no query for the locale
    guides = guides_for(
        locale=locale, need=need, status=status, within=index, with_finder_links=False
    )
    return CheckerResult(
        statuses=statuses,
        needs=needs,
        status=status,
        need=need,
        unknown_status=unknown_status,
        unknown_need=unknown_need,
        guides=guides,
        language_code=language_code,
    )


# --- One guide ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactView:
    label: str
    label_lang: str  # the language the label is in: the source's when not yet translated
    value: str  # the amount with its unit, formatted for the reader's language
    valid_from: datetime.date | None
    note: str


@dataclass
class GuideDetail:
    rows: list[EntitlementRow]
    chosen_row: EntitlementRow | None
    chosen_status_slug: str
    facts: list[FactView]
    phone_lines: list
    index_url: str
    finder_links: list[FinderLink]
    is_overdue: bool


def format_amount(amount: Decimal, unit: str) -> str:
    whole = amount == amount.to_integral_value()
    number = formats.number_format(amount, decimal_pos=0 if whole else 2, use_l10n=True)
    count = int(amount) if whole else 2  # plural form for fractions: "2.5 weeks"
    if unit == "gbp":
        return _("£%(amount)s") % {"amount": number}
    if unit == "gbp_week":
        return _("£%(amount)s a week") % {"amount": number}
    if unit == "gbp_month":
        return _("£%(amount)s a month") % {"amount": number}
    if unit == "gbp_year":
        return _("£%(amount)s a year") % {"amount": number}
    if unit == "days":
        return ngettext("%(amount)s day", "%(amount)s days", count) % {"amount": number}
    if unit == "weeks":
        return ngettext("%(amount)s week", "%(amount)s weeks", count) % {"amount": number}
    if unit == "months":
        return ngettext("%(amount)s month", "%(amount)s months", count) % {"amount": number}
    if unit == "hours_week":
        return ngettext("%(amount)s hour a week", "%(amount)s hours a week", count) % {
            "amount": number
        }
    return number


def guide_facts(*, page: EntitlementGuidePage, language_code: str) -> list[FactView]:
    """The guide's facts with the source language's numbers and dates, whatever the language.

    wagtail-localize keeps a block's id in every translation, so a translated label is matched
    to its source block by id: when an editor changes an amount in the source guide and
    publishes, every language shows the new amount at once, before any translation is synced.
    """
    own = {block.id: block.value for block in page.facts}
    source_language = settings.LANGUAGE_CODE
    source_facts = page.facts
    if language_code != source_language:
        source_facts = _source_facts(page=page, source_language=source_language) or page.facts
    facts = []
    for block in source_facts:
        translated = own.get(block.id)
        words = translated if translated is not None else block.value
        facts.append(
            FactView(
                label=words["label"],
                label_lang="" if translated is not None else source_language,
                value=format_amount(block.value["amount"], block.value["unit"]),
                valid_from=block.value["valid_from"],
                note=words["note"] or "",
            )
        )
    return facts


def _source_facts(*, page: EntitlementGuidePage, source_language: str):
    """The source-language guide's facts; cached until the next publish anywhere."""
    key = f"guide-facts:{page_cache_generation()}:{page.translation_key}"
    raw = cache.get(key)
    if raw is None:
        source = (
            EntitlementGuidePage.objects.filter(
                translation_key=page.translation_key, locale__language_code=source_language
            )
            .only("facts")
            .first()
        )
        raw = list(source.facts.raw_data) if source is not None else []
        cache.set(key, raw, timeout=60 * 60)
    if not raw:
        return None
    return page.facts.stream_block.to_python(raw)


def guide_detail(
    *,
    page: EntitlementGuidePage,
    language_code: str,
    status_slug: str | None = None,
    request=None,
) -> GuideDetail:
    """Everything a guide page shows beyond its own fields: two or three queries."""
    rows = list(
        page.entitlement_rows.select_related("status").order_by("status__sort_order", "sort_order")
    )
    status_slug = (status_slug or "").strip()[:MAX_SLUG_SHOWN]
    chosen = next((row for row in rows if row.status.slug == status_slug), None)
    url = page.get_url(request) or ""
    return GuideDetail(
        rows=rows,
        chosen_row=chosen,
        chosen_status_slug=chosen.status.slug if chosen else "",
        facts=guide_facts(page=page, language_code=language_code),
        phone_lines=[block.value for block in page.phone_lines],
        # A page's address is its parent's plus its slug: no query for the parent.
        index_url=url[: -len(page.slug) - 1] if url.endswith(f"/{page.slug}/") else "",
        finder_links=guide_finder_links(
            guide=page, language_code=language_code, status=chosen.status if chosen else None
        ),
        is_overdue=page.is_overdue_for_review(),
    )


# --- Review dates ---------------------------------------------------------------------------


def guides_overdue_for_review(*, today: datetime.date | None = None) -> QuerySet:
    """Guides whose next review date has passed, once each: the source-language page of a
    translated guide stands for all its translations (they share the review dates)."""
    today = today or timezone.localdate()
    in_source = Q(locale__language_code=settings.LANGUAGE_CODE)
    source_keys = EntitlementGuidePage.objects.filter(in_source).values("translation_key")
    return (
        EntitlementGuidePage.objects.filter(next_review_due__lt=today)
        .filter(in_source | ~Q(translation_key__in=source_keys))
        .select_related("locale")
        .order_by("next_review_due", "title")
    )
