"""Reading the query string of an ORUK request: every parameter checked, every mistake a 400.

Unknown parameters are ignored (other ORUK clients send ``full``, ``format``…); known ones with a
bad value are refused with a message that names the parameter and says what it must be.
"""

from __future__ import annotations

import datetime
import re
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from portal.api.ids import parse_uuid

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_PAGE = 100_000
MAX_SEARCH_LENGTH = 200
MAX_PROXIMITY_METRES = 200_000
DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
DAY_NAMES = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?(?: ?[0-9][A-Z]{2})?$")


class ApiParameterError(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class ApiQuery:
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    search: str = ""
    taxonomy_term_id: uuid.UUID | None = None
    taxonomy_id: uuid.UUID | None = None
    organization_id: uuid.UUID | None = None
    modified_after: datetime.datetime | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    day: int | None = None
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    postcode: str = ""
    proximity: float | None = None

    def cache_key(self) -> str:
        return repr(self)


def _text(params, name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    if "\x00" in value or len(value) > 1000:
        raise ApiParameterError(name, _("This value is not allowed."))
    value = value.strip()
    return value or None


def _integer(params, name: str, *, default: int, low: int, high: int) -> int:
    value = _text(params, name)
    if value is None:
        return default
    if not re.fullmatch(r"[0-9]{1,9}", value) or not low <= int(value) <= high:
        raise ApiParameterError(
            name, _("Give a whole number from %(low)s to %(high)s.") % {"low": low, "high": high}
        )
    return int(value)


def _number(params, name: str, *, low: float, high: float) -> float | None:
    value = _text(params, name)
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is None or number != number or not low <= number <= high:  # NaN != NaN
        raise ApiParameterError(
            name, _("Give a number from %(low)s to %(high)s.") % {"low": low, "high": high}
        )
    return number


def _uuid(params, name: str) -> uuid.UUID | None:
    value = _text(params, name)
    if value is None:
        return None
    parsed = parse_uuid(value)
    if parsed is None:
        raise ApiParameterError(name, _("Give an id in UUID form, as this API returns them."))
    return parsed


def _time(params, name: str) -> datetime.time | None:
    value = _text(params, name)
    if value is None:
        return None
    if re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?", value):
        return datetime.time.fromisoformat(value)
    raise ApiParameterError(name, _("Give a time as HH:MM, e.g. 09:30."))


def _day(params) -> int | None:
    value = _text(params, "day")
    if value is None:
        return None
    day = DAYS.get(value.upper(), DAY_NAMES.get(value.lower()))
    if day is None:
        raise ApiParameterError("day", _("Give a day as MO, TU, WE, TH, FR, SA or SU."))
    return day


def _datetime(params, name: str) -> datetime.datetime | None:
    value = _text(params, name)
    if value is None:
        return None
    try:
        parsed = parse_datetime(value.replace(" ", "+"))  # "+" in a query string arrives as " "
        if parsed is None:
            day = parse_date(value)
            parsed = datetime.datetime.combine(day, datetime.time()) if day else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise ApiParameterError(
            name, _("Give a date or date and time in ISO 8601 form, e.g. 2025-01-31T09:00:00Z.")
        )
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, datetime.UTC)
    return parsed


def _postcode(params) -> str:
    value = _text(params, "postcode")
    if value is None:
        return ""
    value = re.sub(r"\s+", " ", value.upper())
    if not POSTCODE_RE.fullmatch(value):
        raise ApiParameterError(
            "postcode", _("Give a UK postcode, e.g. PR1 2HE, or its first half.")
        )
    if " " not in value and len(value) > 4:
        value = f"{value[:-3]} {value[-3:]}"
    return value


def api_query(params) -> ApiQuery:
    """Check the query string; raises ApiParameterError for the first bad parameter."""
    minimum_age = _number(params, "minimum_age", low=0, high=150)
    maximum_age = _number(params, "maximum_age", low=0, high=150)
    postcode = _postcode(params)
    proximity = _number(params, "proximity", low=1, high=MAX_PROXIMITY_METRES)
    if proximity is not None and not postcode:
        raise ApiParameterError("proximity", _("Give a postcode with proximity."))
    search = _text(params, "search") or ""
    if len(search) > MAX_SEARCH_LENGTH:
        raise ApiParameterError(
            "search", _("Search for at most %(count)s characters.") % {"count": MAX_SEARCH_LENGTH}
        )
    return ApiQuery(
        page=_integer(params, "page", default=1, low=1, high=MAX_PAGE),
        per_page=_integer(params, "per_page", default=DEFAULT_PER_PAGE, low=1, high=MAX_PER_PAGE),
        search=search,
        taxonomy_term_id=_uuid(params, "taxonomy_term_id"),
        taxonomy_id=_uuid(params, "taxonomy_id"),
        organization_id=_uuid(params, "organization_id"),
        modified_after=_datetime(params, "modified_after"),
        minimum_age=minimum_age,
        maximum_age=maximum_age,
        day=_day(params),
        start_time=_time(params, "start_time"),
        end_time=_time(params, "end_time"),
        postcode=postcode,
        proximity=proximity,
    )


def requested_language(request) -> str:
    """?lang=, else the best Accept-Language match among the portal's languages, else the source.

    Raises ApiParameterError for a ``lang`` the portal does not publish in.
    """
    from django.utils.translation.trans_real import parse_accept_lang_header

    codes = [code for code, _name in settings.LANGUAGES]
    value = _text(request.GET, "lang")
    if value is not None:
        if value.lower() not in codes:
            raise ApiParameterError(
                "lang",
                _("Give one of these language codes: %(codes)s.") % {"codes": ", ".join(codes)},
            )
        return value.lower()
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:500]
    try:
        accepted = parse_accept_lang_header(header)
    except ValueError:
        accepted = ()
    for code, _quality in accepted:
        code = code.lower()
        for candidate in (code, code.split("-")[0]):
            if candidate in codes:
                return candidate
    return settings.LANGUAGE_CODE
