"""Property-based tests of file names and uploads (decision 0016): any name, any bytes."""

import os
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import strategies as st

from ttdn.attachments.services import (
    MAX_NAME_BYTES,
    clean_files,
    content_type_for,
    safe_name,
    storage_name,
)
from ttdn.core.tests.strategies import PROPERTY_SETTINGS, hostile_text

EXTENSIONS = [".pdf", ".docx", ".PNG", ".jpg", ".xlsx", ".mp4"]
UNSAFE = {"Cc", "Cf", "Cs", "Zl", "Zp"}
POLICY = {"allowed_extensions": {".pdf", ".docx", ".png"}, "max_bytes": 64, "max_count": 3}


def assert_safe(name: str, *, max_chars: int) -> None:
    assert name
    assert len(name) <= max_chars and len(name.encode()) <= MAX_NAME_BYTES
    assert "/" not in name and "\\" not in name
    assert not any(unicodedata.category(ch) in UNSAFE for ch in name)
    assert unicodedata.is_normalized("NFC", name)
    assert name == name.strip(" .") or name.endswith(tuple(EXTENSIONS))
    assert not name.startswith(".")


@PROPERTY_SETTINGS
@given(
    stem=hostile_text(max_size=300),
    ext=st.sampled_from(EXTENSIONS),
    max_chars=st.integers(min_value=20, max_value=255),
)
def test_a_name_keeps_its_extension_within_the_limits_and_loses_anything_unsafe(
    stem, ext, max_chars
):
    name = safe_name(stem + ext, max_chars=max_chars)
    assert_safe(name, max_chars=max_chars)
    assert name.endswith(ext)
    assert content_type_for(name) == content_type_for("x" + ext)
    assert safe_name(name, max_chars=max_chars) == name  # stable
    stored = storage_name(name)
    assert stored.endswith(ext) and "/" not in stored and " " not in stored


@PROPERTY_SETTINGS
@given(name=hostile_text(max_size=300))
def test_any_name_at_all_gives_a_safe_name(name):
    assert_safe(safe_name(name), max_chars=255)


@PROPERTY_SETTINGS
@given(
    files=st.lists(
        st.tuples(
            st.one_of(
                hostile_text(max_size=40),
                st.tuples(hostile_text(max_size=40), st.sampled_from(EXTENSIONS)).map("".join),
            ),
            st.binary(max_size=100),
        ),
        max_size=4,
    )
)
def test_clean_files_accepts_or_refuses_any_upload_with_a_validation_error(files):
    uploads = []
    for name, content in files:
        upload = SimpleUploadedFile("upload", content)
        upload._name = name  # past Django's own check, which the multipart parser makes
        uploads.append(upload)
    try:
        accepted = clean_files(uploads, **POLICY)
    except ValidationError as exc:
        assert exc.message_dict["files"]
        return
    assert len(accepted) <= POLICY["max_count"]
    for upload in accepted:
        assert 0 < upload.size <= POLICY["max_bytes"]
        assert os.path.splitext(safe_name(upload.name))[1].lower() in POLICY["allowed_extensions"]


@pytest.mark.parametrize(
    ("raw", "safe"),
    [(".pdf", "file.pdf"), ("báo cáo/.pdf", "file.pdf"), ("..\\..\\.docx", "file.docx")],
)
def test_a_name_that_is_only_an_extension_keeps_it(raw, safe):
    assert safe_name(raw) == safe
