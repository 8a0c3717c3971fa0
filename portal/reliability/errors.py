"""The portal's 500 handler: a database that is briefly unreachable gets a friendly 503 page in
the reader's language, with Retry-After, instead of the generic error page.

Registered as ``handler500``, it sees failures from every middleware as well as from views.
The 503 page is rendered without any context processor, so it needs no database.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as default_server_error

RETRY_AFTER_SECONDS = 30
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def database_unavailable(request) -> HttpResponse:
    language = translation.get_language_from_request(request, check_path=True)
    path = request.get_full_path() if request.method in ("GET", "HEAD") else "/"
    if not url_has_allowed_host_and_scheme(path, allowed_hosts=None):
        path = "/"
    with translation.override(language):
        content = render_to_string("503.html", {"retry_path": path})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response


@requires_csrf_token
def server_error(request, template_name="500.html"):
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable(request)
    return default_server_error(request, template_name=template_name)
