"""Coverage map for commissioners: how many services each district has per need and per language.

Pure functions over (district, term, service) rows, so the counting and the heat-map levels are
tested without the directory; ``selectors.coverage_tables`` feeds them the directory's rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Cell shading: a gap (0) stands out; otherwise light → dark as provision grows.
LEVELS = ((0, "none"), (1, "low"), (3, "some"), (6, "good"))


def level_of(count: int) -> str:
    name = LEVELS[0][1]
    for floor, level in LEVELS:
        if count >= floor:
            name = level
    return name


@dataclass(frozen=True)
class Cell:
    count: int
    level: str
    row_label: str
    column_label: str


@dataclass(frozen=True)
class CoverageTable:
    key: str  # "needs" or "languages": used in links and file names
    title: str
    column_heading: str
    rows: Sequence[tuple[int, str]]  # (district id, district name)
    columns: Sequence[tuple[int, str]]  # (term id, label)
    counts: dict[tuple[int, int], int]

    def count(self, row_id: int, column_id: int) -> int:
        return self.counts.get((row_id, column_id), 0)

    def grid(self) -> list[tuple[str, list[Cell]]]:
        return [
            (
                row_label,
                [
                    Cell(
                        count=(n := self.count(row_id, column_id)),
                        level=level_of(n),
                        row_label=row_label,
                        column_label=column_label,
                    )
                    for column_id, column_label in self.columns
                ],
            )
            for row_id, row_label in self.rows
        ]

    @property
    def gaps(self) -> int:
        return sum(1 for r, _ in self.rows for c, _ in self.columns if not self.count(r, c))


def count_distinct_services(rows: Iterable[tuple[int, int, int]]) -> dict[tuple[int, int], int]:
    """{(district, term): number of different services} from (district, term, service) rows."""
    seen: dict[tuple[int, int], set[int]] = {}
    for district_id, term_id, service_id in rows:
        if district_id is None or term_id is None:
            continue
        seen.setdefault((district_id, term_id), set()).add(service_id)
    return {key: len(services) for key, services in seen.items()}


def coverage_csv(table: CoverageTable, *, district_heading: str) -> str:
    """The table as CSV: one row per district, one column per need or language."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([district_heading] + [_safe(label) for _id, label in table.columns])
    for row_id, row_label in table.rows:
        writer.writerow(
            [_safe(row_label)] + [table.count(row_id, column_id) for column_id, _ in table.columns]
        )
    return out.getvalue()


def _safe(text: str) -> str:
    # Spreadsheet programs run cells that start with these as formulas.
    text = str(text)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text
