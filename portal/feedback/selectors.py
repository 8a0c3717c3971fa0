"""Reads for the feedback admin report."""

from django.db.models import Count, Q, QuerySet

from portal.feedback.models import PageFeedback


def feedback_per_page_and_language(*, queryset: QuerySet | None = None) -> QuerySet:
    """One row per (page, language): yes and no answers and comments, most answered first."""
    queryset = PageFeedback.objects.all() if queryset is None else queryset
    return (
        queryset.order_by()
        .values("page_id", "page__title", "page__url_path", "language_code")
        .annotate(
            yes=Count("pk", filter=Q(helpful=True)),
            no=Count("pk", filter=Q(helpful=False)),
            comments=Count("pk", filter=~Q(comment="")),
            answers=Count("pk"),
        )
        .order_by("-answers", "page__title", "language_code")
    )
