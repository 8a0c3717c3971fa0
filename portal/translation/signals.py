"""Keeps translation freshness in step with publishing. The logic is in operations.py."""

from contextvars import ContextVar

from wagtail.signals import page_published

# Set for the length of one admin request when the editor ticked "minor change".
minor_change_pages: ContextVar[frozenset] = ContextVar("minor_change_pages", default=frozenset())


def on_page_published(sender, instance, revision=None, **kwargs):
    from portal.translation import operations, selectors
    from portal.translation.workflows import publishing_after_review

    page = instance
    if selectors.translation_for_target(page=page) is not None:
        operations.translation_published(page=page, reviewed=publishing_after_review.get())
        return
    operations.source_published(
        page=page, revision=revision, minor=page.pk in minor_change_pages.get()
    )


def forget_minor_change(**kwargs):
    # A thread serves many requests: never let one request's tick leak into the next.
    minor_change_pages.set(frozenset())


def connect():
    from django.core.signals import request_finished

    page_published.connect(on_page_published, dispatch_uid="portal_translation_freshness")
    request_finished.connect(forget_minor_change, dispatch_uid="portal_translation_minor_reset")
