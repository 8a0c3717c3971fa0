from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.core.forms import HoneypotFormMixin
from portal.feedback.models import COMMENT_MAX_LENGTH


class HelpfulForm(HoneypotFormMixin, forms.Form):
    page = forms.ModelChoiceField(
        queryset=Page.objects.live(),
        widget=forms.HiddenInput,
        error_messages={
            "required": _("We could not tell which page your answer is about."),
            "invalid_choice": _("We could not tell which page your answer is about."),
        },
    )
    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose yes or no."),
            "invalid_choice": _("Choose yes or no."),
        },
    )
    comment = forms.CharField(
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _("Please keep your comment to %(limit_value)d characters or fewer.")
        },
    )
