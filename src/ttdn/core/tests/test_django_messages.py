"""Django's own messages read in Vietnamese: the select's blank choice, ``timesince``,
validation errors and the CSRF failure page (``core/django_messages.py``)."""

import datetime as dt
from pathlib import Path

import django
from django import forms
from django.conf import global_settings
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import override, trans_real

from ttdn.activities.models import PortalContent
from ttdn.core.tests.test_translations import messages, parse_po

DJANGO_DIR = Path(django.__file__).resolve().parent
# Messages that read the same in Vietnamese.
SAME_IN_VIETNAMESE = {
    "IPv4",
    "IPv6",
    "…",
    "String to return when truncating text\x04%(truncated_text)s…",
}


def _django_messages() -> list[str]:
    """Every message of Django's catalogue (its English ``.po``, which follows Django's
    source) that a page of this app can show: not the names of languages (the app offers
    two) nor the page Django shows when a project has no URLs. A message with a context
    is ``context\x04message``, as gettext keys it."""
    languages = {str(name) for _code, name in global_settings.LANGUAGES}
    welcome = (DJANGO_DIR / "views/templates/default_urlconf.html").read_text(encoding="utf-8")
    return [
        f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt else e.msgid
        for e in messages(parse_po(DJANGO_DIR / "conf/locale/en/LC_MESSAGES/django.po"))
        if e.msgid not in languages
        and e.msgid not in welcome
        and "docs.djangoproject.com" not in e.msgid  # the same page's links
    ]


def test_every_django_message_a_user_can_meet_reads_in_vietnamese():
    # The merged Vietnamese catalogue (Django's, the apps', the project's): a message
    # missing from it is shown in English; one translated the same ("%s KB") is not.
    catalogue = trans_real.translation("vi")._catalog
    untranslated = [
        m
        for m in _django_messages()
        if m not in SAME_IN_VIETNAMESE and not (catalogue.get(m) or catalogue.get((m, 0)))
    ]
    assert untranslated == []


def test_a_select_s_blank_choice_is_vietnamese():
    """A model field with choices offers Django's blank choice first (the portal
    register's language, for one)."""

    class LanguageForm(forms.ModelForm):
        class Meta:
            model = PortalContent
            fields = ["language"]

    with override("vi"):
        html = str(LanguageForm()["language"])
    assert "Select an option" not in html
    assert "- Chọn -" in html


def test_timesince_in_a_vietnamese_sentence():
    now = timezone.now()
    with override("vi"):
        assert timesince(now - dt.timedelta(minutes=5), now) == "5\xa0phút"
        assert timesince(now - dt.timedelta(days=3, hours=2), now) == "3\xa0ngày, 2\xa0giờ"


def test_null_characters_are_refused_in_vietnamese():
    class NoteForm(forms.Form):
        note = forms.CharField()

    with override("vi"):
        form = NoteForm({"note": "Kế hoạch\x00"})
        assert not form.is_valid()
        assert form.errors["note"] == ["Không được chứa ký tự rỗng (null)."]
