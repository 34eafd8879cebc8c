"""Forms of the finding pages: they only parse; the rules are the services' own."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.monitoring.locality import province_choices
from ttdn.monitoring.models import SourceKind, Taxonomy, Tone
from ttdn.monitoring.query import QueryError, parse


class TopicForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    query = forms.CharField(
        label=_("Query"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        help_text=_(
            'AND, OR, NOT, parentheses, "exact phrases", wildcards (đầu tư*), NEAR/5, '
            "filters lang:vi country:US source:… kind:foreign. Without diacritics a word "
            "matches both spellings; with diacritics only the same diacritics."
        ),
    )
    locality = forms.ModelChoiceField(
        label=_("About the locality"),
        queryset=province_choices(),
        required=False,
        empty_label=_("— any article —"),
        help_text=_(
            "Only articles naming this province, its former provinces, districts or communes."
        ),
    )
    languages = forms.CharField(
        label=_("Languages"), required=False, help_text=_("e.g. vi, en, zh; empty: any")
    )
    countries = forms.CharField(
        label=_("Countries of the source"), required=False, help_text=_("e.g. US, CN; empty: any")
    )
    kinds = forms.MultipleChoiceField(
        label=_("Source kinds"),
        choices=SourceKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    active = forms.BooleanField(label=_("Active"), required=False, initial=True)

    def clean_query(self):
        query = self.cleaned_data["query"]
        try:
            parse(query)
        except QueryError as exc:
            raise forms.ValidationError(str(exc)) from None
        return query


class LabelForm(forms.Form):
    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=Taxonomy.choices, widget=forms.CheckboxSelectMultiple
    )
    tone = forms.ChoiceField(label=_("Tone"), choices=Tone.choices, widget=forms.RadioSelect)
