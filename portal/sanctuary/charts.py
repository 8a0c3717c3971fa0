"""Small accessible SVG charts for outcome indicators, built on the server.

Pure functions: no database, no request. Words and numbers come out in the active language
(gettext and Django's number and date formats). No JavaScript and no inline styles: colours are
SVG presentation attributes, sizing is in portal.css.

Readers of right-to-left languages get right-to-left labels; time still runs left to right,
as it does in the numbers themselves (see docs/sanctuary.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

WIDTH, HEIGHT = 320, 180
PAD_START, PAD_END, PAD_TOP, PAD_BOTTOM = 12, 12, 22, 30

COLOUR_SERIES = "#005a9c"
COLOUR_BASELINE = "#595959"
COLOUR_TARGET = "#1b6e35"
COLOUR_AXIS = "#767676"

NO_DATA = "no_data"
MET = "met"
ON_TRACK = "on_track"
NOT_ON_TRACK = "not_on_track"


@dataclass(frozen=True)
class Measurement:
    date: date
    value: Decimal


@dataclass(frozen=True)
class Indicator:
    title: str
    description: str
    unit: str
    baseline: Decimal
    target: Decimal
    measurements: tuple[Measurement, ...]  # oldest first

    @property
    def latest(self) -> Measurement | None:
        return self.measurements[-1] if self.measurements else None


def indicator_from_block(value) -> Indicator:
    """An Indicator from an IndicatorBlock's value, measurements sorted oldest first."""
    measurements = sorted(
        (
            Measurement(date=row["date"], value=Decimal(row["value"]))
            for row in value["measurements"]
            if row["date"] is not None and row["value"] is not None
        ),
        key=lambda m: m.date,
    )
    return Indicator(
        title=value["title"],
        description=value["description"] or "",
        unit=value["unit"] or "",
        baseline=Decimal(value["baseline"]),
        target=Decimal(value["target"]),
        measurements=tuple(measurements),
    )


def indicator_status(indicator: Indicator) -> str:
    """met / on_track (moved from the baseline towards the target) / not_on_track / no_data."""
    latest = indicator.latest
    if latest is None:
        return NO_DATA
    if indicator.target >= indicator.baseline:
        if latest.value >= indicator.target:
            return MET
        return ON_TRACK if latest.value > indicator.baseline else NOT_ON_TRACK
    if latest.value <= indicator.target:
        return MET
    return ON_TRACK if latest.value < indicator.baseline else NOT_ON_TRACK


def status_label(status: str) -> str:
    return {
        NO_DATA: _("No data yet"),
        MET: _("Target met"),
        ON_TRACK: _("On track"),
        NOT_ON_TRACK: _("Not on track"),
    }[status]


def format_number(value: Decimal) -> str:
    """A number in the active language's format, with no more decimals than it needs (max 2)."""
    value = Decimal(value)
    decimals = 0 if value == value.to_integral_value() else 1
    if decimals and (value * 10) != (value * 10).to_integral_value():
        decimals = 2
    return formats.number_format(value, decimal_pos=decimals, use_l10n=True, force_grouping=True)


def format_value(value: Decimal, unit: str) -> str:
    number = format_number(value)
    if unit.strip() == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()


def format_date(day: date) -> str:
    return formats.date_format(day, "DATE_FORMAT")


def format_month(day: date) -> str:
    return formats.date_format(day, "YEAR_MONTH_FORMAT")


def table_rows(indicator: Indicator) -> list[tuple[str, str]]:
    """(date, value) for the data table under the chart, as the reader's language writes them."""
    return [
        (format_date(m.date), format_value(m.value, indicator.unit)) for m in indicator.measurements
    ]


def chart_description(indicator: Indicator) -> str:
    parts = [
        _("Baseline %(baseline)s, target %(target)s.")
        % {
            "baseline": format_value(indicator.baseline, indicator.unit),
            "target": format_value(indicator.target, indicator.unit),
        }
    ]
    latest = indicator.latest
    if latest is None:
        parts.append(_("No data yet."))
    else:
        count = len(indicator.measurements)
        parts.append(
            ngettext(
                "%(count)s measurement from %(first)s to %(last)s.",
                "%(count)s measurements from %(first)s to %(last)s.",
                count,
            )
            % {
                "count": format_number(Decimal(count)),
                "first": format_date(indicator.measurements[0].date),
                "last": format_date(latest.date),
            }
        )
        parts.append(
            _("Latest: %(value)s on %(date)s.")
            % {
                "value": format_value(latest.value, indicator.unit),
                "date": format_date(latest.date),
            }
        )
        parts.append(status_label(indicator_status(indicator)) + ".")
    return " ".join(parts)


def _coord(number: float) -> str:
    return f"{number:.1f}"


def _text(*, x: float, y: float, text: str, side: str, rtl: bool, css_class: str) -> SafeString:
    """A label whose `side` ('left', 'right' or 'middle') is where it hangs from x."""
    if side == "middle":
        anchor = "middle"
    elif (side == "left") != rtl:
        anchor = "start"
    else:
        anchor = "end"
    return format_html(
        '<text class="{}" x="{}" y="{}" text-anchor="{}" direction="{}" font-size="11" '
        'fill="currentColor">{}</text>',
        css_class,
        _coord(x),
        _coord(y),
        anchor,
        "rtl" if rtl else "ltr",
        text,
    )


def indicator_chart_svg(*, indicator: Indicator, chart_id: str, rtl: bool = False) -> SafeString:
    """A line chart of the measurements with the baseline and target marked; '' with no data.

    ``chart_id`` must be unique on the page: it names the <title> and <desc> for aria.
    """
    if not indicator.measurements:
        return mark_safe("")  # noqa: S308 - empty string
    values = [float(m.value) for m in indicator.measurements]
    baseline, target = float(indicator.baseline), float(indicator.target)
    low, high = min(values + [baseline, target]), max(values + [baseline, target])
    span = (high - low) or 1.0
    low, high = low - span * 0.2, high + span * 0.15

    plot_left, plot_right = PAD_START, WIDTH - PAD_END
    plot_top, plot_bottom = PAD_TOP, HEIGHT - PAD_BOTTOM
    first_day = indicator.measurements[0].date.toordinal()
    days = (indicator.measurements[-1].date.toordinal() - first_day) or 1

    def x_of(day: date) -> float:
        if len(indicator.measurements) == 1:
            return (plot_left + plot_right) / 2
        return plot_left + (day.toordinal() - first_day) / days * (plot_right - plot_left)

    def y_of(value: float) -> float:
        return plot_bottom - (value - low) / (high - low) * (plot_bottom - plot_top)

    parts: list[SafeString] = [
        format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" class="indicator-chart" '
            'viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" focusable="false">',
            WIDTH,
            HEIGHT,
            chart_id,
            chart_id,
        ),
        format_html('<title id="{}-title">{}</title>', chart_id, indicator.title),
        format_html('<desc id="{}-desc">{}</desc>', chart_id, chart_description(indicator)),
        format_html(
            '<line class="chart-axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" '
            'stroke-width="1"/>',
            plot_left,
            plot_bottom,
            plot_right,
            plot_bottom,
            COLOUR_AXIS,
        ),
    ]
    for css_class, value, colour, dashes, label in (
        ("chart-baseline", baseline, COLOUR_BASELINE, "6 4", _("Baseline")),
        ("chart-target", target, COLOUR_TARGET, "2 3", _("Target")),
    ):
        y = y_of(value)
        parts.append(
            format_html(
                '<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="2" '
                'stroke-dasharray="{}"/>',
                css_class,
                plot_left,
                _coord(y),
                plot_right,
                _coord(y),
                colour,
                dashes,
            )
        )
        amount = format_value(Decimal(str(value)), indicator.unit)
        parts.append(
            _text(
                x=plot_right if not rtl else plot_left,
                # Labels sit outside the band between the two lines, where the data usually is.
                y=y - 4 if value == max(baseline, target) else y + 13,
                text=f"{label}: {amount}",
                side="right" if not rtl else "left",
                rtl=rtl,
                css_class=f"{css_class}-label",
            )
        )
    points = [(x_of(m.date), y_of(float(m.value))) for m in indicator.measurements]
    parts.append(
        format_html(
            '<polyline class="chart-series" points="{}" fill="none" stroke="{}" '
            'stroke-width="2.5" stroke-linejoin="round"/>',
            " ".join(f"{_coord(x)},{_coord(y)}" for x, y in points),
            COLOUR_SERIES,
        )
    )
    parts.append(
        format_html_join(
            "",
            '<circle class="chart-point" cx="{}" cy="{}" r="3.5" fill="{}"><title>{}: {}</title>'
            "</circle>",
            (
                (
                    _coord(x),
                    _coord(y),
                    COLOUR_SERIES,
                    format_date(m.date),
                    format_value(m.value, indicator.unit),
                )
                for (x, y), m in zip(points, indicator.measurements, strict=True)
            ),
        )
    )
    first, last = indicator.measurements[0], indicator.measurements[-1]
    parts.append(
        _text(
            x=plot_left,
            y=HEIGHT - 10,
            text=format_month(first.date),
            side="left",
            rtl=rtl,
            css_class="chart-date",
        )
    )
    if last is not first:
        parts.append(
            _text(
                x=plot_right,
                y=HEIGHT - 10,
                text=format_month(last.date),
                side="right",
                rtl=rtl,
                css_class="chart-date",
            )
        )
    parts.append(mark_safe("</svg>"))  # noqa: S308 - a constant
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above
