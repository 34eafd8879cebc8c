"""Forms of the sources and article pages: they only parse (rules live in the services)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.core.forms import DateInput
from ttdn.monitoring.models import SourceKind

MAX_URLS_TEXT = 10_000


class SourceForm(forms.Form):
    name = forms.CharField(label=_("name"), max_length=200)
    outlet = forms.CharField(
        label=_("outlet"), max_length=200, help_text=_("The newspaper, channel or portal.")
    )
    country = forms.CharField(
        label=_("country"),
        max_length=2,
        min_length=2,
        help_text=_("ISO 3166 two-letter code, e.g. VN, US, CN."),
    )
    language = forms.CharField(
        label=_("language"),
        max_length=8,
        required=False,
        help_text=_("The language the source usually writes in (vi, en, zh …)."),
    )
    kind = forms.ChoiceField(label=_("kind"), choices=SourceKind.choices)
    feed_urls = forms.CharField(
        label=_("feed addresses"),
        required=False,
        max_length=MAX_URLS_TEXT,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("RSS or Atom feeds, one address a line."),
    )
    sitemap_url = forms.URLField(label=_("sitemap address"), max_length=1000, required=False)
    listing_url = forms.URLField(label=_("listing page address"), max_length=1000, required=False)
    interval_minutes = forms.IntegerField(
        label=_("poll every (minutes)"), min_value=5, max_value=7 * 24 * 60, initial=60
    )
    audience = forms.IntegerField(
        label=_("estimated audience"),
        min_value=0,
        max_value=10**12,
        initial=0,
        help_text=_("Readers or viewers a month, if known; a story's reach adds these up."),
    )
    active = forms.BooleanField(label=_("active"), required=False, initial=True)

    def clean_feed_urls(self):
        validator = forms.URLField(max_length=1000)
        urls = []
        for line in self.cleaned_data["feed_urls"].splitlines():
            line = line.strip()
            if line:
                urls.append(validator.clean(line))
        return urls

    @classmethod
    def initial_for(cls, source) -> dict:
        return {
            "name": source.name,
            "outlet": source.outlet,
            "country": source.country,
            "language": source.language,
            "kind": source.kind,
            "feed_urls": "\n".join(source.feed_urls),
            "sitemap_url": source.sitemap_url,
            "listing_url": source.listing_url,
            "interval_minutes": source.interval_minutes,
            "audience": source.audience,
            "active": source.active,
        }


class ArticleFilterForm(forms.Form):
    source = forms.TypedChoiceField(label=_("source"), required=False, coerce=int, empty_value=None)
    language = forms.CharField(label=_("language"), required=False, max_length=8)
    country = forms.CharField(label=_("country"), required=False, max_length=2)
    kind = forms.ChoiceField(
        label=_("kind"), required=False, choices=[("", _("All"))] + list(SourceKind.choices)
    )
    date_from = forms.DateField(label=_("from"), required=False, widget=DateInput())
    date_to = forms.DateField(label=_("to"), required=False, widget=DateInput())

    def __init__(self, *args, sources=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [("", _("All"))] + [(s.pk, s.name) for s in sources]
