from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.core.forms import rate_limit_exceeded
from portal.feedback.forms import HelpfulForm
from portal.feedback.operations import feedback_record

RATE_LIMIT = 10  # answers per client per hour: plenty for a person, too few for a flood


# Public pages set no cookies (so no CSRF cookie) and this form changes nobody's account:
# the honeypot and the rate limit protect it instead.
@csrf_exempt
@require_POST
def helpful(request):
    form = HelpfulForm(request.POST)
    if form.is_spam():
        return render(request, "feedback/thanks.html", {})  # bots are told nothing
    if rate_limit_exceeded(request, scope="feedback", limit=RATE_LIMIT, period_seconds=3600):
        return render(request, "feedback/thanks.html", {"rate_limited": True}, status=429)
    if not form.is_valid():
        page = form.cleaned_data.get("page")
        return render(
            request,
            "feedback/thanks.html",
            {"form": form, "back_url": _url(page, request)},
            status=400,
        )
    page = form.cleaned_data["page"]
    language = get_language()
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    feedback_record(
        page=page,
        language_code=language,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"],
    )
    return render(request, "feedback/thanks.html", {"sent": True, "back_url": _url(page, request)})


def _url(page, request):
    return page.get_url(request) if page is not None else None
