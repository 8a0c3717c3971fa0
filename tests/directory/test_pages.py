import datetime
import json
import re

import pytest
from wagtail.test.utils import WagtailPageTestCase

from portal.core.models import HomePage, StandardPage
from portal.core.operations import page_translate
from portal.directory.factories import ServicePageFactory
from portal.directory.models import DistrictIndexPage, DistrictPage, ServiceLocation, ServicePage


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


@pytest.mark.django_db
class DistrictPageTests:
    def test_lists_services_grouped_by_need(self, client, districts, make_service):
        make_service(title="Preston food bank", taxonomy=["food"])
        make_service(title="Refugee legal clinic", taxonomy=["legal-advice"])
        html = client.get(districts["preston"].url).content.decode()
        food = html.index(">Food</h3>")
        legal = html.index(">Legal advice</h3>")
        # Needs come in the taxonomy's order: legal advice before food.
        assert legal < html.index("Refugee legal clinic") < food < html.index("Preston food bank")

    def test_filters_work_without_javascript(self, client, districts, make_service):
        make_service(title="Free legal clinic", taxonomy=["legal-advice"], cost="free")
        make_service(title="Paid course", taxonomy=["education"], cost="paid")
        make_service(title="Referral only", taxonomy=["mental-health"], referral="needed")
        url = districts["preston"].url
        html = client.get(url, {"free": "1"}).content.decode()
        assert "Free legal clinic" in html and "Paid course" not in html
        html = client.get(url, {"no_referral": "on"}).content.decode()
        assert "Referral only" not in html and "Paid course" in html
        html = client.get(url, {"need": "education"}).content.decode()
        assert "Paid course" in html and "Free legal clinic" not in html
        html = client.get(url, {"language": "ar"}).content.decode()
        assert "Paid course" in html  # the factory's services speak Arabic
        html = client.get(url, {"language": "ti"}).content.decode()
        assert "No services match these choices" in html

    def test_unknown_filter_values_get_a_clear_message_and_a_400(self, client, districts):
        response = client.get(districts["preston"].url, {"need": "<script>", "status": "x" * 5000})
        assert response.status_code == 400
        html = response.content.decode()
        assert "We do not know that kind of help" in html and "<script>" not in html

    def test_temporarily_closed_services_are_labelled(self, client, districts, make_service):
        make_service(title="Closed for repairs", status="temporarily_closed")
        html = client.get(districts["preston"].url).content.decode()
        assert "Closed for repairs" in html and "Temporarily closed" in html

    def test_county_wide_services_are_listed_in_another_district(
        self, client, districts, make_service
    ):
        make_service("preston", title="Countywide helpline", is_county_wide=True)
        assert "Countywide helpline" in client.get(districts["burnley"].url).content.decode()

    @pytest.mark.parametrize("count", [5, 50])
    def test_query_count_does_not_grow_with_services(
        self, count, client, districts, make_service, django_assert_max_num_queries
    ):
        for _n in range(count):
            make_service()
        url = districts["preston"].url
        client.get(url)
        with django_assert_max_num_queries(12):
            response = client.get(url, {"free": "1"})
        assert response.status_code == 200
        assert response.content.decode().count('class="card service-card"') == count * 3


@pytest.mark.django_db
class ServicePageTests:
    def test_shows_what_a_resident_needs_to_act(self, client, make_service):
        service = make_service(
            title="Welcome drop-in",
            verified_on=datetime.date(2026, 11, 2),
            asks_about_status=False,
            shares_with_home_office=True,
        )
        html = client.get(service.url).content.decode()
        assert "Checked on 2 November 2026" in html
        assert "They will not ask about your immigration status." in html
        assert "They may share information about you with the Home Office." in html
        assert 'href="tel:01772123456" dir="ltr"><bdi>01772 123 456</bdi>' in html
        assert 'href="https://wa.me/447700900123"' in html
        assert "12 Church Street" in html and 'href="geo:53.759100,-2.699800"' in html
        assert "Report a problem with this listing" in html
        assert re.search(r"<th scope=\"row\">Monday</th><td><bdi dir=\"ltr\">09:30–16:00", html)
        assert re.search(r"<th scope=\"row\">Sunday</th><td>Closed</td>", html)

    def test_a_hidden_address_is_never_shown(self, client, make_service):
        service = make_service()
        ServiceLocation.objects.filter(page=service).update(hide_exact_address=True)
        html = client.get(service.url).content.decode()
        assert "12 Church Street" not in html and "PR1 3BQ" not in html
        assert "geo:" not in html and "53.759" not in html
        assert "PR1" in html and "The address is not published" in html
        data = json_ld(html)
        assert "12 Church Street" not in json.dumps(data) and "geo" not in json.dumps(data)

    def test_json_ld_describes_the_service_and_its_hours(self, client, make_service):
        service = make_service(title="Welcome drop-in")
        data = json_ld(client.get(service.url).content.decode())
        assert data["@type"] == "Service" and data["name"] == "Welcome drop-in"
        place = data["availableChannel"]["serviceLocation"]
        hours = place["openingHoursSpecification"]
        assert {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Monday",
            "opens": "09:30",
            "closes": "16:00",
        } in hours
        assert place["geo"]["latitude"] == 53.7591
        assert data["provider"]["@type"] == "Organization"

    def test_json_ld_cannot_break_out_of_its_script_block(self, client, make_service):
        service = make_service(title="</script><script>alert(1)</script>")
        html = client.get(service.url).content.decode()
        assert "<script>alert(1)" not in html
        assert json_ld(html)["name"] == "</script><script>alert(1)</script>"

    def test_a_service_with_no_hours_says_so_and_is_never_open(self, client, make_service):
        html = client.get(make_service(details=False).url).content.decode()
        assert "Opening times are not listed" in html and "Open now" not in html

    def test_renders_in_arabic_right_to_left(
        self, client, make_service, locales, django_capture_on_commit_callbacks
    ):
        service = make_service(title="Welcome drop-in")
        # wagtail-localize publishes translations when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            for ancestor in service.get_ancestors().specific().filter(depth__gt=2):
                if not ancestor.has_translation(locales["ar"]):
                    page_translate(page=ancestor, locale=locales["ar"])
            page_translate(
                page=service,
                locale=locales["ar"],
                strings={"Welcome drop-in": "مركز الاستقبال", "Staff training day": "يوم تدريب"},
            )
        arabic = service.get_translation(locales["ar"])
        response = client.get(arabic.url)
        html = response.content.decode()
        assert response.status_code == 200 and 'dir="rtl"' in html and "مركز الاستقبال" in html
        # Facts are kept in sync: the Arabic page has the same hours and phone number.
        assert arabic.opening_hours.count() == 5 and arabic.phone == service.phone
        assert '<bdi dir="ltr">09:30–16:00</bdi>' in html


class PageTreeTests(WagtailPageTestCase):
    def test_where_each_page_type_may_be_created(self):
        self.assertAllowedParentPageTypes(DistrictIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(DistrictPage, {DistrictIndexPage})
        self.assertAllowedParentPageTypes(ServicePage, {DistrictPage})
        self.assertAllowedSubpageTypes(ServicePage, set())
        self.assertCanNotCreateAt(StandardPage, ServicePage)

    def test_factory_is_used_by_the_generic_tests(self):
        assert ServicePageFactory._meta.model is ServicePage
