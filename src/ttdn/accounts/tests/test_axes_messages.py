"""django-axes's messages read in Vietnamese (it ships no Vietnamese catalogue)."""

import ast
from pathlib import Path

import axes
from django.utils import translation

from ttdn.accounts.axes_messages import AXES_MESSAGES


def _axes_msgids() -> set[str]:
    """Every literal that axes's own code passes to a gettext function."""
    found = set()
    for path in Path(axes.__file__).parent.rglob("*.py"):
        if "migrations" in path.parts or "tests" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", ""))
                in {"_", "gettext", "gettext_lazy"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_axes_message_is_marked_for_translation():
    assert _axes_msgids() - set(AXES_MESSAGES) == set()


def test_axes_messages_read_in_vietnamese():
    with translation.override("vi"):
        untranslated = [m for m in AXES_MESSAGES if translation.gettext(m) == m]
    assert untranslated == []
    with translation.override("vi"):
        assert translation.gettext("access attempts") == "các lần đăng nhập sai"
