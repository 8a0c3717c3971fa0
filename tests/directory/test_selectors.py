import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Locale

from portal.directory.models import ClosedDate, OpeningHours
from portal.directory.selectors import (
    months_before,
    opening_state,
    services_for_district,
    services_load_details,
    verification_state,
    visible_services,
)
from portal.taxonomy.models import District

LONDON = ZoneInfo("Europe/London")


def at(*args):
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.mark.django_db
class VisibilityTests:
    def test_a_county_wide_service_appears_in_every_district_without_a_copy(self, make_service):
        county = make_service("pendle", title="County legal advice", is_county_wide=True)
        local = make_service("preston", title="Preston food bank")
        for slug in ("preston", "pendle", "burnley"):
            found = set(
                services_for_district(district=District.objects.get(slug=slug), locale="en")
            )
            assert county in found
        assert local in services_for_district(
            district=District.objects.get(slug="preston"), locale="en"
        )
        assert local not in services_for_district(
            district=District.objects.get(slug="burnley"), locale="en"
        )
        assert type(county).objects.filter(title="County legal advice").count() == 1

    def test_a_service_appears_in_the_other_districts_it_serves(self, make_service):
        service = make_service("preston", title="East Lancashire ESOL")
        service.districts_served.set([District.objects.get(slug="burnley")])
        service.save()
        burnley = District.objects.get(slug="burnley")
        pendle = District.objects.get(slug="pendle")
        assert service in services_for_district(district=burnley, locale="en")
        assert service not in services_for_district(district=pendle, locale="en")

    def test_hidden_stale_and_closed_services_do_not_appear(self, make_service, settings):
        settings.DIRECTORY_FLAG_UNVERIFIED_MONTHS = 6
        settings.DIRECTORY_HIDE_UNVERIFIED_MONTHS = 12
        today = datetime.date(2026, 11, 23)
        fresh = make_service(verified_on=datetime.date(2026, 10, 1))
        flagged = make_service(verified_on=datetime.date(2026, 3, 1))
        stale = make_service(verified_on=datetime.date(2025, 11, 23))
        closed = make_service(status="closed")
        paused = make_service(status="temporarily_closed", verified_on=today)
        found = set(visible_services(locale=Locale.get_default(), today=today))
        assert {fresh, flagged, paused} <= found
        assert stale not in found and closed not in found
        preston = District.objects.get(slug="preston")
        assert stale not in services_for_district(district=preston, locale="en", today=today)

    def test_unpublished_services_do_not_appear(self, make_service):
        draft = make_service(live=False)
        assert draft not in visible_services(locale="en")


@pytest.mark.django_db
class VerificationStateTests:
    def test_flagged_after_the_first_period_and_hidden_after_the_second(
        self, make_service, settings
    ):
        settings.DIRECTORY_FLAG_UNVERIFIED_MONTHS = 6
        settings.DIRECTORY_HIDE_UNVERIFIED_MONTHS = 12
        service = make_service(verified_on=datetime.date(2026, 1, 31))
        state = verification_state(service=service, today=datetime.date(2026, 7, 30))
        assert state.flag_on == datetime.date(2026, 7, 31) and state.state == "current"
        assert (
            verification_state(service=service, today=datetime.date(2026, 7, 31)).state == "flagged"
        )
        assert (
            verification_state(service=service, today=datetime.date(2027, 1, 31)).state == "hidden"
        )

    def test_months_before_keeps_to_the_end_of_short_months(self):
        assert months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)
        assert months_before(datetime.date(2026, 1, 15), 6) == datetime.date(2025, 7, 15)


@pytest.mark.django_db
class OpeningStateTests:
    @pytest.fixture
    def service(self, make_service):
        # Monday to Friday 09:30–16:00 (from the factory); Friday night shelter 22:00–02:00.
        service = make_service()
        OpeningHours.objects.create(
            page=service,
            locale=service.locale,
            weekday=4,
            opens=datetime.time(22, 0),
            closes=datetime.time(2, 0),
        )
        return service

    def test_open_in_opening_hours_and_closed_outside(self, service):
        monday_noon = at(2026, 11, 23, 12, 0)  # 23 November 2026 is a Monday
        state = opening_state(service=service, now=monday_noon)
        assert state.is_open and state.closes_at == at(2026, 11, 23, 16, 0)
        evening = opening_state(service=service, now=at(2026, 11, 23, 17, 0))
        assert not evening.is_open and evening.next_opening == at(2026, 11, 24, 9, 30)

    def test_opening_and_closing_times_are_in_london_time(self, service):
        # 09:00 UTC in summer is 10:00 in London: open. In winter, 09:00 UTC is 09:00: closed.
        summer = datetime.datetime(2026, 7, 6, 9, 0, tzinfo=datetime.UTC)
        winter = datetime.datetime(2026, 11, 23, 9, 0, tzinfo=datetime.UTC)
        assert opening_state(service=service, now=summer).is_open
        assert not opening_state(service=service, now=winter).is_open

    def test_overnight_hours_run_into_the_next_day(self, service):
        saturday_1am = at(2026, 11, 28, 1, 0)
        state = opening_state(service=service, now=saturday_1am)
        assert state.is_open and state.closes_at == at(2026, 11, 28, 2, 0)
        assert not opening_state(service=service, now=at(2026, 11, 28, 2, 0)).is_open

    def test_a_closed_date_closes_the_day(self, service):
        ClosedDate.objects.create(
            page=service, locale=service.locale, date=datetime.date(2026, 11, 24), reason="Training"
        )
        state = opening_state(service=service, now=at(2026, 11, 24, 12, 0))
        assert not state.is_open
        assert state.closed_today.reason == "Training" and state.hours_today == []
        assert state.next_opening == at(2026, 11, 25, 9, 30)

    def test_a_closed_friday_also_cancels_its_night_opening(self, service):
        ClosedDate.objects.create(
            page=service, locale=service.locale, date=datetime.date(2026, 11, 27)
        )
        assert not opening_state(service=service, now=at(2026, 11, 28, 1, 0)).is_open

    def test_a_service_with_no_hours_is_never_open(self, make_service):
        service = make_service(details=False)
        state = opening_state(service=service, now=at(2026, 11, 23, 12, 0))
        assert not state.has_hours and not state.is_open and state.next_opening is None

    def test_a_temporarily_closed_service_is_not_open(self, make_service):
        service = make_service(status="temporarily_closed")
        assert not opening_state(service=service, now=at(2026, 11, 23, 12, 0)).is_open

    def test_loaded_details_give_the_same_answer(self, service):
        loaded = services_load_details(services=[type(service).objects.get(pk=service.pk)])[0]
        for moment in (at(2026, 11, 23, 12, 0), at(2026, 11, 28, 1, 0), at(2026, 11, 28, 3, 0)):
            assert opening_state(service=loaded, now=moment) == opening_state(
                service=service, now=moment
            )
        assert [str(h) for h in loaded.opening_hours.all()] == [
            str(h) for h in OpeningHours.objects.filter(page=service).order_by("weekday", "opens")
        ]
        location = loaded.locations.all()[0]
        assert location.postcode == "PR1 3BQ" and str(location.latitude) == "53.759100"
        assert {n.slug for n in loaded.needs.all()} == {"money", "legal-advice", "housing"}


@pytest.mark.django_db
class FallbackTests:
    def test_a_service_not_yet_in_a_language_is_listed_from_the_source_language(
        self, make_service, locales, django_capture_on_commit_callbacks
    ):
        from portal.core.operations import page_translate

        translated = make_service(title="Translated one")
        untranslated = make_service(title="Only in English")
        with django_capture_on_commit_callbacks(execute=True):
            for ancestor in translated.get_ancestors().specific().filter(depth__gt=2):
                page_translate(page=ancestor, locale=locales["ar"])
            page_translate(page=translated, locale=locales["ar"])
        arabic = translated.get_translation(locales["ar"])
        preston = District.objects.get(slug="preston")
        found = set(services_for_district(district=preston, locale=locales["ar"]))
        assert found == {arabic, untranslated}
        assert set(visible_services(locale="en")) == {translated, untranslated}
