import logging

from portal.core.logging import StripQueryStringsFilter, strip_query_strings


class StripQueryStringsTests:
    def test_query_values_are_removed_from_request_lines(self):
        line = '"GET /ar/find/?q=asylum+support&status=refused-asylum-seeker HTTP/1.1" 200 512'
        cleaned = strip_query_strings(line)
        assert "asylum" not in cleaned and "refused" not in cleaned
        assert cleaned.startswith('"GET /ar/find/?[removed] HTTP/1.1"')

    def test_filter_cleans_formatted_arguments(self):
        record = logging.LogRecord(
            "django.server",
            logging.INFO,
            __file__,
            1,
            '"%s" %s %s',
            ("GET /en/search/?q=food+bank HTTP/1.1", "200", "10"),
            None,
        )
        assert StripQueryStringsFilter().filter(record)
        assert "food" not in record.getMessage()
        assert "/en/search/" in record.getMessage()

    def test_configured_server_logger_drops_queries(self, caplog):
        # The handler configured in settings carries the filter; check the real configuration.
        from django.conf import settings

        handler_filters = settings.LOGGING["handlers"]["console"]["filters"]
        assert "strip_query_strings" in handler_filters
        assert settings.LOGGING["loggers"]["django.server"]["handlers"] == ["console"]
