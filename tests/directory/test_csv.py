import csv
import io

import pytest
from django.core.management import CommandError, call_command

from portal.directory.csv_io import COLUMN_NAMES, services_export_csv
from portal.directory.models import ServicePage
from portal.directory.operations import service_import_csv

GOOD = {
    "external_id": "preston-food-bank",
    "district": "preston",
    "title": "Preston food bank",
    "summary": "Free food parcels for anyone in need.",
    "description": "Come in on a weekday.\n\nBring a carrier bag if you can.",
    "organisation": "Preston Food Network (sample)",
    "organisation_website": "https://example.org/food",
    "needs": "food; money",
    "open_to_everyone": "yes",
    "spoken_languages": "en; ar",
    "cost": "free",
    "referral": "drop_in",
    "phone": "01772 000 111",
    "verified_on": "2026-10-01",
    "opening_hours": "Mon 10:00-14:00; Fri 22:00-02:00",
    "closed_dates": "2026-12-25 Christmas Day",
    "address": "1 Market Street\nPreston",
    "postcode": "pr1 2aa",
    "latitude": "53.7590",
    "longitude": "-2.7000",
}


def csv_file(*rows: dict) -> io.BytesIO:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES)
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return io.BytesIO(out.getvalue().encode())


def export_text() -> str:
    out = io.StringIO()
    services_export_csv(out=out)
    return out.getvalue()


@pytest.mark.django_db
class ImportTests:
    def test_a_good_file_imports(self, districts):
        result = service_import_csv(file=csv_file(GOOD), sync_translations=False)
        assert result.ok and result.created == 1
        service = ServicePage.objects.get(external_id="preston-food-bank")
        assert service.live and service.get_parent().specific == districts["preston"]
        assert service.description == (
            "<p>Come in on a weekday.</p><p>Bring a carrier bag if you can.</p>"
        )
        assert {n.slug for n in service.needs.all()} == {"food", "money"}
        assert [str(h) for h in service.opening_hours.order_by("weekday")] == [
            "Monday 10:00–14:00",
            "Friday 22:00–02:00",
        ]
        assert service.locations.get().postcode == "PR1 2AA"
        assert service.closed_dates.get().reason == "Christmas Day"
        assert service.organisation.name == "Preston Food Network (sample)"

    def test_one_bad_row_writes_nothing_and_every_bad_row_is_reported(self, districts):
        one_line = {**GOOD, "description": "Come in.", "address": "1 Market Street"}
        bad_district = {**one_line, "external_id": "b", "district": "atlantis"}
        bad_hours = {
            **one_line,
            "external_id": "c",
            "opening_hours": "Mondays 10-2",
            "cost": "cheap",
        }
        result = service_import_csv(
            file=csv_file(one_line, bad_district, bad_hours), sync_translations=False
        )
        assert not result.ok
        assert ServicePage.objects.count() == 0
        messages = [str(error) for error in result.errors]
        assert len(messages) == 3
        assert "Line 3: there is no district with the slug 'atlantis'" in messages
        assert any(m.startswith("Line 4:") and "Mondays 10-2" in m for m in messages)
        assert any(m.startswith("Line 4:") and "'cost' must be one of" in m for m in messages)

    def test_line_numbers_count_lines_inside_quoted_addresses(self, districts):
        # GOOD's description and address span four lines, so the second row starts on line 6.
        bad = {**GOOD, "external_id": "x", "email": "not an email"}
        result = service_import_csv(file=csv_file(GOOD, bad), sync_translations=False)
        assert [str(e) for e in result.errors] == ["Line 6: 'not an email' is not an email address"]

    def test_reimport_updates_by_external_id_instead_of_duplicating(self, districts):
        service_import_csv(file=csv_file(GOOD), sync_translations=False)
        changed = {**GOOD, "phone": "01772 999 999", "needs": "food", "opening_hours": ""}
        result = service_import_csv(file=csv_file(changed), sync_translations=False)
        assert result.ok and (result.created, result.updated) == (0, 1)
        service = ServicePage.objects.get()
        assert service.phone == "01772 999 999"
        assert [n.slug for n in service.needs.all()] == ["food"]
        assert service.opening_hours.count() == 0

    def test_an_unchanged_row_makes_no_new_revision(self, districts):
        service_import_csv(file=csv_file(GOOD), sync_translations=False)
        revisions = ServicePage.objects.get().revisions.count()
        result = service_import_csv(file=csv_file(GOOD), sync_translations=False)
        assert result.unchanged == 1 and ServicePage.objects.get().revisions.count() == revisions

    def test_export_then_import_round_trips_losslessly(self, districts, make_service):
        service = make_service(title="Welcome drop-in", is_county_wide=True, min_age=16)
        service.districts_served.set([districts["burnley"].district])
        service.save()
        first = export_text()
        result = service_import_csv(file=io.BytesIO(first.encode()), sync_translations=False)
        assert result.ok and result.unchanged == 1, result.errors
        ServicePage.objects.all().delete()
        result = service_import_csv(file=io.BytesIO(first.encode()), sync_translations=False)
        assert result.ok and result.created == 1, result.errors
        assert export_text() == first

    def test_a_file_that_is_not_utf8_is_refused_plainly(self, districts):
        result = service_import_csv(file=io.BytesIO("title\n\xe9".encode("latin-1")))
        assert [str(e) for e in result.errors] == [
            "Line 0: The file is not UTF-8 text. Save it as 'CSV UTF-8'."
        ]

    def test_the_command_imports_and_reports_problems(self, districts, tmp_path):
        good = tmp_path / "good.csv"
        good.write_bytes(csv_file(GOOD).getvalue())
        out = io.StringIO()
        call_command("import_services", str(good), "--no-translations", stdout=out)
        assert "1 new" in out.getvalue()
        bad = tmp_path / "bad.csv"
        bad.write_bytes(csv_file({**GOOD, "district": ""}).getvalue())
        err = io.StringIO()
        with pytest.raises(CommandError, match="Nothing was imported"):
            call_command("import_services", str(bad), stderr=err)
        assert "Line 2: the column 'district' is empty; it is required" in err.getvalue()

    def test_the_export_command_writes_a_file(self, districts, make_service, tmp_path):
        make_service()
        target = tmp_path / "out.csv"
        call_command("export_services", str(target), stderr=io.StringIO())
        assert target.read_text().startswith(",".join(COLUMN_NAMES[:3]))

    def test_translations_follow_an_import(self, districts, locales, publish_on_commit):
        from portal.core.operations import page_translate

        for page in [districts["preston"].get_parent(), districts["preston"]]:
            page_translate(page=page.specific, locale=locales["ar"])
        service_import_csv(file=csv_file(GOOD))
        changed = {**GOOD, "phone": "01772 999 999"}
        service_import_csv(file=csv_file(changed))
        arabic = ServicePage.objects.get(locale=locales["ar"])
        assert arabic.phone == "01772 999 999"
