"""Admin views: the coverage map for commissioners, and its CSV export."""

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from portal.sanctuary.coverage import LEVELS, coverage_csv
from portal.sanctuary.selectors import coverage_tables


def coverage_map(request):
    return TemplateResponse(
        request,
        "sanctuary/admin/coverage_map.html",
        {"tables": coverage_tables(), "levels": LEVELS},
    )


def coverage_map_csv(request, key: str):
    tables = {table.key: table for table in coverage_tables()}
    if key not in tables:
        raise Http404(_("There is no such coverage table."))
    response = HttpResponse(
        coverage_csv(tables[key], district_heading=_("District")),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="coverage-{key}.csv"'
    return response
