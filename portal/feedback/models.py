"""Answers to "Was this page helpful?". No personal data is asked for or stored.

Each answer is kept with the page and the language it was read in. Comments are deleted after
``FEEDBACK_RETENTION_DAYS`` by ``manage.py delete_old_feedback``; the yes/no answer stays.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page the reader was on, in the language they read it in."),
    )
    language_code = models.CharField(
        _("language"),
        max_length=12,
        db_index=True,
        help_text=_("The language of the page the reader answered on."),
    )
    helpful = models.BooleanField(
        _("helpful"), help_text=_("Whether the reader said the page was helpful.")
    )
    comment = models.TextField(
        _("comment"),
        blank=True,
        max_length=COMMENT_MAX_LENGTH,
        help_text=_("What the reader wrote, if anything. Deleted after the retention period."),
    )
    created_at = models.DateTimeField(
        _("sent at"), auto_now_add=True, db_index=True, help_text=_("When the answer was sent.")
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")

    def __str__(self):
        return f"{self.page_id} {self.language_code} {'+' if self.helpful else '-'}"
