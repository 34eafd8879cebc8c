"""The message catalogues: Vietnamese (the default language) is complete, English compiles.

msgids are English; ``vi`` must translate every one of them, without fuzzy entries.
When a test here fails after you added or changed a user-facing string, run
``make messages``, translate the new entries in
``src/ttdn/locale/vi/LC_MESSAGES/django.po`` and run ``make compilemessages``.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext

SRC_DIR = Path(__file__).resolve().parents[2]  # src/ttdn
LOCALE_DIR = SRC_DIR / "locale"
VI_PO = LOCALE_DIR / "vi" / "LC_MESSAGES" / "django.po"
EN_PO = LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"

HOW_TO_FIX = (
    "Run `make messages`, translate the entries in src/ttdn/locale/vi/LC_MESSAGES/django.po "
    "(no fuzzy flags), then `make compilemessages`."
)


# --- a small .po parser (no third-party dependency) ---------------------------------------


class Entry:
    def __init__(self) -> None:
        self.msgctxt: str | None = None
        self.msgid: str | None = None
        self.msgid_plural: str | None = None
        self.msgstr: dict[int, str] = {}
        self.flags: set[str] = set()
        self.obsolete = False

    @property
    def key(self) -> tuple[str | None, str, str | None]:
        return (self.msgctxt, self.msgid or "", self.msgid_plural)

    def describe(self) -> str:
        text = self.msgid or ""
        if self.msgctxt is not None:
            text = f"[{self.msgctxt}] {text}"
        return repr(text)


def _unquote(token: str) -> str:
    token = token.strip()
    assert token.startswith('"') and token.endswith('"'), token
    return ast.literal_eval(token)


def parse_po(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    entry: Entry | None = None
    field: tuple[str, int] | None = None

    def finish() -> None:
        nonlocal entry, field
        if entry is not None and entry.msgid is not None:
            entries.append(entry)
        entry, field = None, None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            if entry is None:
                entry = Entry()
            entry.obsolete = True
            line = line[2:].strip()
            if not line:
                continue
        elif line.startswith("#,"):
            if entry is None:
                entry = Entry()
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        elif line.startswith("#"):
            continue
        if entry is None:
            entry = Entry()
        if line.startswith("msgctxt "):
            entry.msgctxt, field = _unquote(line[8:]), ("msgctxt", 0)
        elif line.startswith("msgid_plural "):
            entry.msgid_plural, field = _unquote(line[13:]), ("msgid_plural", 0)
        elif line.startswith("msgid "):
            if entry.msgid is not None:  # a new entry without a blank line before it
                finish()
                entry = Entry()
            entry.msgid, field = _unquote(line[6:]), ("msgid", 0)
        elif line.startswith("msgstr["):
            index = int(line[7 : line.index("]")])
            entry.msgstr[index] = _unquote(line[line.index("]") + 1 :])
            field = ("msgstr", index)
        elif line.startswith("msgstr "):
            entry.msgstr[0], field = _unquote(line[7:]), ("msgstr", 0)
        elif line.startswith('"') and field is not None:
            name, index = field
            if name == "msgstr":
                entry.msgstr[index] += _unquote(line)
            else:
                setattr(entry, name, getattr(entry, name) + _unquote(line))
        else:
            raise AssertionError(f"{path}: cannot parse line {raw!r}")
    finish()
    return entries


def messages(entries: list[Entry]) -> list[Entry]:
    """The real messages: no header, no obsolete entries."""
    return [e for e in entries if e.msgid and not e.obsolete]


def header(entries: list[Entry]) -> dict[str, str]:
    head = next(e for e in entries if e.msgid == "" and e.msgctxt is None)
    fields = {}
    for line in head.msgstr.get(0, "").splitlines():
        name, _, value = line.partition(":")
        fields[name.strip()] = value.strip()
    return fields


def untranslated(entries: list[Entry]) -> list[str]:
    return [
        e.describe()
        for e in messages(entries)
        if "fuzzy" in e.flags or not e.msgstr or not all(e.msgstr.values())
    ]


PLACEHOLDER = re.compile(r"%\((\w+)\)[#0 +-]?\d*(?:\.\d+)?[sdifr]|\{(\w*)(?:[:!][^{}]*)?\}")


def placeholders(text: str) -> list[str]:
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(text) if "{{" not in m.group(0))


def msgfmt(*args: str) -> subprocess.CompletedProcess:
    if shutil.which("msgfmt") is None:
        pytest.fail("GNU gettext (msgfmt) is not installed; it is needed to build the catalogues.")
    return subprocess.run(
        ["msgfmt", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )


# --- the committed catalogues ----------------------------------------------------------------


def test_vi_catalogue_header():
    fields = header(parse_po(VI_PO))
    assert fields.get("Language") == "vi"
    assert "charset=UTF-8" in fields.get("Content-Type", "")
    assert fields.get("Plural-Forms", "").replace(" ", "") == "nplurals=1;plural=0;"


def test_every_vi_message_is_translated():
    entries = parse_po(VI_PO)
    assert messages(entries), "the vi catalogue is empty"
    missing = untranslated(entries)
    assert not missing, (
        f"{len(missing)} Vietnamese message(s) are missing or fuzzy:\n  "
        + "\n  ".join(missing)
        + "\n"
        + HOW_TO_FIX
    )


def test_vi_plural_entries_have_one_form():
    wrong = [
        e.describe() for e in messages(parse_po(VI_PO)) if e.msgid_plural and set(e.msgstr) != {0}
    ]
    assert not wrong, f"Vietnamese has one plural form; fill msgstr[0] only: {wrong}"


def test_vi_translations_keep_placeholders():
    wrong = []
    for e in messages(parse_po(VI_PO)):
        expected = placeholders(e.msgid_plural or e.msgid)
        for text in e.msgstr.values():
            if text and placeholders(text) != expected:
                wrong.append(f"{e.describe()}: expected {expected}, got {placeholders(text)}")
    assert not wrong, "placeholders changed in translation:\n  " + "\n  ".join(wrong)


def test_msgfmt_accepts_vi_catalogue_with_everything_translated():
    result = msgfmt("--check", "--statistics", "-o", os.devnull, str(VI_PO))
    assert result.returncode == 0, result.stderr
    stats = result.stderr.strip().splitlines()[-1]
    assert "fuzzy" not in stats and "untranslated" not in stats, f"{stats}\n{HOW_TO_FIX}"
    count = len(messages(parse_po(VI_PO)))
    assert re.match(rf"{count} translated messages?\.$", stats), stats


def test_en_catalogue_exists_and_compiles():
    assert EN_PO.exists(), "the en catalogue is missing; run `make messages`"
    fields = header(parse_po(EN_PO))
    assert fields.get("Language") == "en"
    result = msgfmt("--check", "-o", os.devnull, str(EN_PO))
    assert result.returncode == 0, result.stderr


# --- the catalogue is up to date with the source --------------------------------------------


@pytest.fixture(scope="module")
def regenerated_vi(tmp_path_factory) -> list[Entry]:
    """Run makemessages on a copy of the source tree and return the regenerated vi catalogue.

    The copy is importable as ``ttdn`` (first on PYTHONPATH), so its settings point
    LOCALE_PATHS at the copy: the committed catalogue is never touched.
    """
    if shutil.which("xgettext") is None:
        pytest.fail(
            "GNU gettext (xgettext) is not installed; it is needed to build the catalogues."
        )
    before = VI_PO.read_bytes()
    root = tmp_path_factory.mktemp("i18n") / "src"
    copy = root / "ttdn"
    shutil.copytree(SRC_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo"))
    var = root.parent / "var"  # the copy's settings must not write into the project's var/
    var.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ttdn.settings",
        "PYTHONPATH": os.pathsep.join([str(root), str(SRC_DIR.parent)]),
        "TTDN_DEVELOPMENT": "1",
        "TTDN_VAR_DIR": str(var),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "vi",
            "--no-obsolete",
            "--no-location",
        ],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert VI_PO.read_bytes() == before, "makemessages in the copy changed the committed catalogue"
    return parse_po(copy / "locale" / "vi" / "LC_MESSAGES" / "django.po")


def test_no_msgid_is_missing_from_vi_catalogue(regenerated_vi):
    committed = {e.key for e in messages(parse_po(VI_PO))}
    new = [e.describe() for e in messages(regenerated_vi) if e.key not in committed]
    assert not new, (
        f"{len(new)} message(s) in the source are not in the vi catalogue:\n  "
        + "\n  ".join(new)
        + "\n"
        + HOW_TO_FIX
    )


def test_regenerated_vi_catalogue_is_fully_translated(regenerated_vi):
    missing = untranslated(regenerated_vi)
    assert not missing, (
        f"{len(missing)} Vietnamese message(s) are missing or fuzzy after makemessages:\n  "
        + "\n  ".join(missing)
        + "\n"
        + HOW_TO_FIX
    )


def test_vi_catalogue_has_no_stale_msgids(regenerated_vi):
    current = {e.key for e in messages(regenerated_vi)}
    stale = [e.describe() for e in messages(parse_po(VI_PO)) if e.key not in current]
    assert not stale, (
        f"{len(stale)} message(s) in the vi catalogue are no longer used in the source:\n  "
        + "\n  ".join(stale)
        + "\nRun `make messages` to drop them."
    )


# --- the compiled catalogues at run time ------------------------------------------------------


def test_compiled_catalogues_exist():
    for lang in ("vi", "en"):
        mo = LOCALE_DIR / lang / "LC_MESSAGES" / "django.mo"
        assert mo.exists(), f"{mo} is missing; run `make compilemessages`"


def test_vietnamese_is_rendered():
    from ttdn.plans.models import PlanStatus, TaskStatus

    with translation.override("vi"):
        assert gettext("Plans") == "Kế hoạch"
        assert str(TaskStatus.LATE.label) == "Chậm tiến độ"
        assert str(PlanStatus.ISSUED.label) == "Đã ban hành"
        assert gettext("Export annex (.xlsx)") == "Xuất phụ lục (Excel)"


def test_english_is_rendered():
    from ttdn.plans.models import PlanStatus, TaskStatus

    with translation.override("en"):
        assert gettext("Plans") == "Plans"
        assert str(TaskStatus.LATE.label) == "Late"
        assert str(PlanStatus.ISSUED.label) == "Issued"


def test_default_language_is_vietnamese(settings):
    assert settings.LANGUAGE_CODE == "vi"
    with translation.override(settings.LANGUAGE_CODE):
        assert gettext("Plans") == "Kế hoạch"


def test_vietnamese_plurals_use_the_single_form():
    plurals = [e for e in messages(parse_po(VI_PO)) if e.msgid_plural and e.msgctxt is None]
    if not plurals:
        pytest.skip("no plural messages in the catalogue")
    with translation.override("vi"):
        for e in plurals:
            assert ngettext(e.msgid, e.msgid_plural, 1) == e.msgstr[0]
            assert ngettext(e.msgid, e.msgid_plural, 5) == e.msgstr[0]
