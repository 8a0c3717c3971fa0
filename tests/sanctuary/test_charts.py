import datetime
import re
from decimal import Decimal

from django.utils import translation

from portal.sanctuary import charts
from portal.sanctuary.factories import indicator_value


def indicator(**kwargs) -> charts.Indicator:
    return charts.indicator_from_block(indicator_value(**kwargs))


class ChartSvgTests:
    def test_svg_is_an_image_with_title_description_and_every_value(self):
        with translation.override("en"):
            svg = charts.indicator_chart_svg(
                indicator=indicator(title="Adults in ESOL", values=["41", "47.5", "1234"]),
                chart_id="ind-3",
            )
        assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
        assert 'role="img" aria-labelledby="ind-3-title ind-3-desc"' in svg
        assert '<title id="ind-3-title">Adults in ESOL</title>' in svg
        desc = re.search(r'<desc id="ind-3-desc">(.*?)</desc>', svg).group(1)
        assert "Baseline 40 people, target 80 people." in desc
        assert "3 measurements" in desc and "Latest: 1,234 people" in desc
        for value in ("41 people", "47.5 people", "1,234 people"):
            assert f": {value}</title>" in svg
        assert svg.count('class="chart-point"') == 3
        assert 'class="chart-baseline"' in svg and "Baseline: 40 people" in svg
        assert 'class="chart-target"' in svg and "Target: 80 people" in svg
        assert "style=" not in svg and "<script" not in svg and "href" not in svg

    def test_no_measurements_gives_no_chart(self):
        assert charts.indicator_chart_svg(indicator=indicator(values=[]), chart_id="x") == ""
        with translation.override("en"):
            assert "No data yet." in charts.chart_description(indicator(values=[]))

    def test_a_single_measurement_still_draws(self):
        svg = charts.indicator_chart_svg(indicator=indicator(values=["50"]), chart_id="x")
        assert svg.count('class="chart-point"') == 1

    def test_editor_text_is_escaped(self):
        svg = charts.indicator_chart_svg(
            indicator=indicator(title="<script>alert(1)</script>", unit="<b>", values=["1"]),
            chart_id="x",
        )
        assert "<script>" not in svg and "&lt;script&gt;" in svg and "<b>" not in svg

    def test_numbers_and_dates_follow_the_readers_language(self):
        ind = indicator(values=["1234.5"], unit="%")
        with translation.override("fr"):
            svg = charts.indicator_chart_svg(indicator=ind, chart_id="x")
            assert "1\xa0234,5%" in svg
            assert "janvier 2025" in svg
        with translation.override("en"):
            assert "1,234.5%" in charts.indicator_chart_svg(indicator=ind, chart_id="x")

    def test_right_to_left_labels(self):
        with translation.override("ar"):
            svg = charts.indicator_chart_svg(
                indicator=indicator(values=["1", "2"]), chart_id="x", rtl=True
            )
        assert 'direction="rtl"' in svg and 'direction="ltr"' not in svg
        # Western digits, by decision (docs/sanctuary.md).
        assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", svg)

    def test_table_rows_list_every_measurement(self):
        with translation.override("en"):
            rows = charts.table_rows(indicator(values=["3", "4"], unit="days"))
        assert [value for _day, value in rows] == ["3 days", "4 days"]


class IndicatorStatusTests:
    def test_higher_is_better(self):
        assert charts.indicator_status(indicator(values=[])) == charts.NO_DATA
        assert charts.indicator_status(indicator(values=["45"])) == charts.ON_TRACK
        assert charts.indicator_status(indicator(values=["50", "40"])) == charts.NOT_ON_TRACK
        assert charts.indicator_status(indicator(values=["80"])) == charts.MET

    def test_lower_is_better_when_the_target_is_below_the_baseline(self):
        def status(*values):
            return charts.indicator_status(
                indicator(baseline="20", target="10", values=list(values))
            )

        assert status("18") == charts.ON_TRACK
        assert status("22") == charts.NOT_ON_TRACK
        assert status("9.5") == charts.MET

    def test_measurements_are_read_in_date_order(self):
        raw = indicator_value(values=["70", "45"])
        raw["measurements"].reverse()  # entered newest first
        ind = charts.indicator_from_block(raw)
        assert ind.latest.value == Decimal("45")
        assert ind.measurements[0].date < ind.measurements[1].date
        assert ind.measurements[0].date == datetime.date(2025, 1, 28)
