"""Public forms of the directory: the district filters and 'report a problem'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.forms import HoneypotFormMixin
from portal.directory.models import ProblemKind
from portal.directory.models.reports import CONTACT_MAX_LENGTH, DETAILS_MAX_LENGTH
from portal.directory.selectors import DirectoryFilters
from portal.taxonomy.selectors import taxonomy_terms


class DirectoryFilterForm(forms.Form):
    """GET filters of a district's directory; they work without JavaScript.

    Choices come from the cached vocabularies, so the form costs no query.
    """

    need = forms.ChoiceField(
        required=False,
        label=_("Help with"),
        error_messages={
            "invalid_choice": _("We do not know that kind of help. Choose one from the list.")
        },
    )
    status = forms.ChoiceField(
        required=False,
        label=_("Your immigration status"),
        error_messages={
            "invalid_choice": _("We do not know that status. Choose one from the list.")
        },
    )
    language = forms.ChoiceField(
        required=False,
        label=_("Language spoken"),
        error_messages={
            "invalid_choice": _("We do not know that language. Choose one from the list.")
        },
    )
    free = forms.BooleanField(required=False, label=_("Free only"))
    no_referral = forms.BooleanField(required=False, label=_("No referral needed"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        terms = taxonomy_terms()
        self._needs = {t.slug: t for t in terms.needs.values()}
        self._statuses = {t.slug: t for t in terms.statuses.values()}
        self._languages = {t.code: t for t in terms.languages.values()}
        self.fields["need"].choices = [("", _("Anything"))] + [
            (slug, str(t)) for slug, t in self._needs.items()
        ]
        self.fields["status"].choices = [("", _("Any status"))] + [
            (slug, str(t)) for slug, t in self._statuses.items()
        ]
        self.fields["language"].choices = [("", _("Any language"))] + [
            (code, str(t)) for code, t in self._languages.items()
        ]

    def filters(self) -> DirectoryFilters:
        """The valid choices; an unknown value is dropped (and reported by the form's errors)."""
        if not self.is_bound:
            return DirectoryFilters()
        self.is_valid()
        data = self.cleaned_data
        return DirectoryFilters(
            need=self._needs.get(data.get("need") or ""),
            status=self._statuses.get(data.get("status") or ""),
            language=self._languages.get(data.get("language") or ""),
            free=bool(data.get("free")),
            no_referral=bool(data.get("no_referral")),
        )


class ListingProblemForm(HoneypotFormMixin, forms.Form):
    kind = forms.ChoiceField(
        choices=ProblemKind.choices,
        label=_("What is wrong?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what is wrong."),
            "invalid_choice": _("Choose what is wrong from the list."),
        },
    )
    details = forms.CharField(
        required=False,
        max_length=DETAILS_MAX_LENGTH,
        label=_("Tell us more (optional)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Please keep this to %(limit_value)d characters or fewer.")
        },
    )
    contact = forms.CharField(
        required=False,
        max_length=CONTACT_MAX_LENGTH,
        label=_("Email or phone, if you would like a reply (optional)"),
        error_messages={
            "max_length": _("Please keep this to %(limit_value)d characters or fewer.")
        },
    )

    def clean_details(self):
        return self.cleaned_data["details"].replace("\x00", "").strip()

    def clean_contact(self):
        return self.cleaned_data["contact"].replace("\x00", "").strip()
