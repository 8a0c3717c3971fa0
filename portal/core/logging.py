"""Keep residents' searches out of logs: every query string is cut from logged requests."""

import logging
import re

_QUERY = re.compile(r"\?[^\s\"']*")


def strip_query_strings(text: str) -> str:
    return _QUERY.sub("?[removed]", text)


class StripQueryStringsFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.msg = record.getMessage()
            record.args = None
        record.msg = strip_query_strings(str(record.msg))
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "GET"):
            # Handlers that format the request (e.g. AdminEmailHandler) must not see the query.
            record.request = None
        return True


# gunicorn's access_log_format (deploy/gunicorn.conf.py imports it). Only the method, the path
# WITHOUT its query string (%(U)s), the protocol, status, size and time in microseconds. Never
# %(r)s or %(q)s (they hold the query string: finder and search terms), %(f)s (the referrer
# holds the previous page's query string), %(h)s (the reader's address) or %(a)s (user agent).
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(D)sus'
