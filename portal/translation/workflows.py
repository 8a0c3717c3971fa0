"""What happens when a review workflow is approved to its end."""

from contextvars import ContextVar

# True while a page is being published because its review workflow was approved.
publishing_after_review: ContextVar[bool] = ContextVar("publishing_after_review", default=False)


def publish_approved(workflow_state, user=None):
    """Publish the approved revision (WAGTAIL_FINISH_WORKFLOW_ACTION).

    Wagtail's default publishes as the last approver and so demands that they hold
    "publish" permission, which would let reviewers publish without review. Here the approval
    itself is the authority: every task's own check (its groups) has already passed.
    """
    token = publishing_after_review.set(True)
    try:
        workflow_state.content_object.get_latest_revision().publish(
            user=user, skip_permission_checks=True
        )
    finally:
        publishing_after_review.reset(token)
