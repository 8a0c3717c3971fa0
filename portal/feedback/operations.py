"""Writes for feedback: record an answer, and delete comments past the retention period."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from portal.feedback.models import PageFeedback


def feedback_record(*, page: Page, language_code: str, helpful: bool, comment: str) -> PageFeedback:
    return PageFeedback.objects.create(
        page=page, language_code=language_code, helpful=helpful, comment=comment.strip()
    )


def feedback_retention_days() -> int:
    return int(getattr(settings, "FEEDBACK_RETENTION_DAYS", 365))


def feedback_delete_old_comments(
    *, retention_days: int | None = None, now: datetime.datetime | None = None
) -> int:
    """Blank every comment older than the retention period; the yes/no answer is kept.

    Returns how many comments were deleted.
    """
    days = feedback_retention_days() if retention_days is None else retention_days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return PageFeedback.objects.filter(created_at__lt=cutoff).exclude(comment="").update(comment="")
