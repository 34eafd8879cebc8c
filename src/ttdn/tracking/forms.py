from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.forms import MultipleFileField
from ttdn.tracking.models import REPORTABLE_STATUSES
from ttdn.tracking.services import MAX_NARRATIVE_CHARS


class ProgressForm(forms.Form):
    agency = forms.TypedChoiceField(label=_("Reporting agency"), coerce=int)
    period_end = forms.TypedChoiceField(
        label=_("Reporting period"), required=False, coerce=str, empty_value=""
    )
    status = forms.ChoiceField(label=_("Status"), choices=REPORTABLE_STATUSES)
    percent = forms.IntegerField(label=_("Percent complete"), min_value=0, max_value=100, initial=0)
    narrative = forms.CharField(
        label=_("Results"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_NARRATIVE_CHARS,  # the API states the same service constant
        help_text=_("What was done: activities, figures, outcomes"),
    )
    figures = forms.CharField(
        label=_("Figures"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line as “name: number”, e.g. “Số lớp tập huấn: 2”"),
    )
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Web addresses of articles or documents, one per line"),
    )
    files = MultipleFileField(
        label=_("Evidence files"),
        required=False,
        help_text=_("Documents, photos, reports (PDF, Word, Excel, images)"),
    )

    def __init__(self, *args, agencies, deadlines, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = [(a.pk, a.name) for a in agencies]
        if len(agencies) == 1:
            self.fields["agency"].initial = agencies[0].pk
        self.fields["period_end"].choices = [("", _("— not tied to a deadline —"))] + [
            (d.isoformat(), d.strftime("%d/%m/%Y")) for d in deadlines
        ]

    def clean_figures(self):
        figures = {}
        for number, line in enumerate(self.cleaned_data["figures"].splitlines(), start=1):
            if not line.strip():
                continue
            name, sep, value = line.rpartition(":")
            value = value.strip().replace(".", "").replace(",", ".")
            try:
                parsed = float(value)
            except ValueError:
                parsed = None
            if not sep or not name.strip() or parsed is None:
                raise forms.ValidationError(
                    _("Line %(n)s is not “name: number”."), params={"n": number}
                )
            figures[name.strip()] = int(parsed) if parsed.is_integer() else parsed
        # Limits and the meaning of a figure are the service's (progress_submit), for
        # the API and this form alike; the form only reads "name: number" lines.
        return figures

    def clean_links(self):
        return [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("return", _("Return"))])
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
