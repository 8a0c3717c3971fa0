from portal.sanctuary.coverage import (
    CoverageTable,
    count_distinct_services,
    coverage_csv,
    level_of,
)


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
