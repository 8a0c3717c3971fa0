import csv
import io

import pytest

from portal.sanctuary.coverage import (
    CoverageTable,
    count_distinct_services,
    coverage_csv,
    level_of,
)
from portal.sanctuary.selectors import coverage_tables


class CoverageCountingTests:
    def test_each_service_counts_once_per_cell(self):
        rows = [(1, 10, 100), (1, 10, 100), (1, 10, 101), (1, 11, 100), (2, 10, 102), (None, 10, 1)]
        assert count_distinct_services(rows) == {(1, 10): 2, (1, 11): 1, (2, 10): 1}

    def test_gaps_are_their_own_level(self):
        assert [level_of(n) for n in (0, 1, 2, 3, 5, 6, 40)] == [
            "none",
            "low",
            "low",
            "some",
            "some",
            "good",
            "good",
        ]

    def test_grid_and_csv_cover_every_district_and_term(self):
        table = CoverageTable(
            key="languages",
            title="Services per district and language",
            column_heading="Language",
            rows=[(1, "Pendle"), (2, "Preston")],
            columns=[(10, "Tigrinya"), (11, "=Arabic")],
            counts={(1, 11): 2, (2, 10): 1},
        )
        grid = table.grid()
        assert [label for label, _cells in grid] == ["Pendle", "Preston"]
        assert [(c.count, c.level) for c in grid[0][1]] == [(0, "none"), (2, "low")]
        assert table.gaps == 2
        lines = coverage_csv(table, district_heading="District").splitlines()
        assert lines == ["District,Tigrinya,'=Arabic", "Pendle,0,2", "Preston,1,0"]


@pytest.mark.django_db
class CoverageFromTheDirectoryTests:
    """Each cell equals the number of active services residents of that district can find."""

    @pytest.fixture
    def directory(self, home):
        import datetime

        from portal.directory.factories import (
            DistrictIndexPageFactory,
            DistrictPageFactory,
            ServicePageFactory,
            taxonomy_term,
        )
        from portal.taxonomy.models import District, Need, SpokenLanguage

        index = DistrictIndexPageFactory(parent=home)
        pendle = DistrictPageFactory(
            parent=index, district=taxonomy_term(District, "slug", "pendle")
        )
        preston = DistrictPageFactory(
            parent=index, district=taxonomy_term(District, "slug", "preston")
        )
        need = {slug: taxonomy_term(Need, "slug", slug) for slug in ("mental-health", "housing")}
        tigrinya = taxonomy_term(SpokenLanguage, "code", "ti")
        arabic = taxonomy_term(SpokenLanguage, "code", "ar")

        def service(parent, needs, languages, **fields):
            page = ServicePageFactory(parent=parent, taxonomy=needs, **fields)
            page.spoken_languages.set(languages)
            page.save()  # a ParentalManyToManyField is written on save
            return page

        long_ago = datetime.date.today() - datetime.timedelta(days=3 * 365)
        service(pendle, ["mental-health"], [tigrinya])
        service(preston, ["housing"], [arabic], is_county_wide=True)
        service(pendle, ["mental-health"], [tigrinya], status="closed")
        service(pendle, ["mental-health"], [tigrinya], status="temporarily_closed")
        service(pendle, ["mental-health"], [tigrinya], verified_on=long_ago)  # hidden
        return {
            "pendle": pendle.district,
            "preston": preston.district,
            "need": need,
            "ti": tigrinya,
            "ar": arabic,
        }

    def test_cells_count_active_visible_services_and_county_wide_ones_everywhere(self, directory):
        tables = {table.key: table for table in coverage_tables()}
        needs, languages = tables["needs"], tables["languages"]
        pendle, preston = directory["pendle"].pk, directory["preston"].pk
        assert needs.count(pendle, directory["need"]["mental-health"].pk) == 1
        assert needs.count(preston, directory["need"]["mental-health"].pk) == 0
        # the county-wide housing service lives under Preston and counts in every district
        assert needs.count(pendle, directory["need"]["housing"].pk) == 1
        assert needs.count(preston, directory["need"]["housing"].pk) == 1
        assert languages.count(pendle, directory["ti"].pk) == 1
        assert languages.count(preston, directory["ti"].pk) == 0  # the gap commissioners look for
        assert {languages.count(pendle, directory["ar"].pk)} == {1}

    def test_commissioners_download_the_counts_they_see(self, directory, admin_client):
        page = admin_client.get("/admin/sanctuary/coverage/").content.decode()
        assert "Pendle" in page and "coverage-none" in page
        response = admin_client.get("/admin/sanctuary/coverage/languages.csv")
        assert response.status_code == 200
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        header, by_district = rows[0], {row[0]: row[1:] for row in rows[1:]}
        tigrinya = header.index(str(directory["ti"])) - 1
        assert by_district["Pendle"][tigrinya] == "1"
        assert by_district["Preston"][tigrinya] == "0"
