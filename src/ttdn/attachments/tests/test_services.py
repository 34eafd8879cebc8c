"""The mechanics: names, file and link checks (no database)."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from ttdn.attachments.services import (
    MAX_NAME_BYTES,
    clean_files,
    clean_links,
    content_type_for,
    safe_name,
    storage_name,
)

POLICY = {"allowed_extensions": {".pdf", ".jpg", "PNG"}, "max_bytes": 1024, "max_count": 3}
LONG_VI = "Biên bản họp Ban chỉ đạo công tác thông tin đối ngoại tỉnh Đồng Nai " * 5


@pytest.fixture(autouse=True)
def _english():
    """Messages are checked against their English msgids unless a test says otherwise."""
    with translation.override("en"):
        yield


def _messages(exc: ValidationError, field: str = "files") -> list[str]:
    return exc.value.message_dict[field]


def test_a_long_name_keeps_its_extension_and_content_type():
    name = safe_name("a" * 400 + ".PDF")
    assert name.endswith(".PDF")
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert content_type_for(name) == "application/pdf"


def test_a_long_vietnamese_name_is_cut_by_bytes_and_chars_and_stays_vietnamese():
    name = safe_name(LONG_VI + ".docx", max_chars=120)
    assert name.endswith(".docx")
    assert name.startswith("Biên bản họp Ban chỉ đạo")
    assert len(name) <= 120
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert unicodedata.is_normalized("NFC", name)


def test_decomposed_letters_are_composed_not_dropped():
    decomposed = unicodedata.normalize("NFD", "Báo cáo quý 2.pdf")
    assert safe_name(decomposed) == "Báo cáo quý 2.pdf"
    assert storage_name(safe_name(decomposed)) == "Báo_cáo_quý_2.pdf"


@pytest.mark.parametrize(
    "raw",
    [
        "invoice\u202egpj.exe",
        "invoice\u202agpj\u202c.exe",
        "invoice\u2066gpj\u2069.exe",
        "invoice\u2067gpj\u2068.exe",
        "invoice\u202b\u202dgpj.exe",
        "invoice\u200egpj\u200f.exe",
    ],
)
def test_bidirectional_controls_are_removed(raw):
    assert safe_name(raw) == "invoicegpj.exe"


def test_path_parts_and_control_characters_are_removed():
    assert safe_name("../../etc/passwd\x00.pdf") == "passwd.pdf"
    assert safe_name("C:\\Users\\An\\Bao cao\r\n  quy 2.pdf") == "Bao cao quy 2.pdf"
    assert safe_name("...") == "file"
    assert safe_name("") == "file"


def test_a_dotted_name_without_a_real_extension_is_not_cut_to_its_tail():
    name = safe_name("Báo cáo ngày 12.3.2024 của Sở Thông tin và Truyền thông", max_chars=30)
    assert name.startswith("Báo cáo ngày 12.3")


def test_storage_name_keeps_only_safe_characters():
    assert storage_name("Báo cáo (bản ký) 'cuối'.pdf") == "Báo_cáo_bản_ký_cuối.pdf"
    assert storage_name("(((.pdf") == "file.pdf"


def test_allowed_files_pass():
    files = [SimpleUploadedFile("Ảnh hội nghị.JPG", b"x"), SimpleUploadedFile("a.png", b"x")]
    assert clean_files(files, **POLICY) == files


@pytest.mark.parametrize(
    ("upload", "expected"),
    [
        (SimpleUploadedFile("virus.exe", b"x"), "“virus.exe”: files of this type cannot be"),
        (SimpleUploadedFile("noext", b"x"), "“noext”: files of this type"),
        (SimpleUploadedFile("a.pdf\u202e.exe", b"x"), "“a.pdf.exe”: files of this type"),
        (SimpleUploadedFile("to.pdf", b"x" * 1025), "“to.pdf” is larger than 0 MB."),
        (SimpleUploadedFile("rong.pdf", b""), "“rong.pdf” is empty."),
    ],
)
def test_bad_files_are_refused_naming_the_file(upload, expected):
    with pytest.raises(ValidationError) as exc:
        clean_files([upload], **POLICY)
    assert _messages(exc)[0].startswith(expected)


def test_the_error_is_translated_and_names_a_long_file_shortly():
    upload = SimpleUploadedFile(LONG_VI + ".exe", b"x")
    with translation.override("vi"), pytest.raises(ValidationError) as exc:
        clean_files([upload], **POLICY)
    (message,) = _messages(exc)
    assert "không được đính kèm loại tệp này" in message
    assert message.startswith("“Biên bản họp")
    assert ".exe”" in message
    assert len(message) < 200


def test_too_many_files_are_refused():
    files = [SimpleUploadedFile(f"{i}.pdf", b"x") for i in range(4)]
    with translation.override("vi"), pytest.raises(ValidationError) as exc:
        clean_files(files, **POLICY)
    assert _messages(exc) == ["Chỉ được đính kèm tối đa 3 tệp mỗi lần."]
    with translation.override("en"), pytest.raises(ValidationError) as exc:
        clean_files(files, **POLICY)
    assert _messages(exc) == ["Attach at most 3 files at once."]


def test_the_error_goes_to_the_given_field():
    with pytest.raises(ValidationError) as exc:
        clean_files([SimpleUploadedFile("a.exe", b"x")], field="invoice", **POLICY)
    assert list(exc.value.message_dict) == ["invoice"]


def test_links_are_stripped_and_blank_ones_skipped():
    assert clean_links([" https://baodongnai.com.vn/a ", "", "  "], max_count=1) == [
        "https://baodongnai.com.vn/a"
    ]


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "ftp://example.com/a.pdf",
        "file:///etc/passwd",
        "not a link",
        "https://example.com/\u202egpj.exe",
        "https://example.com/" + "a" * 500,
    ],
)
def test_bad_links_are_refused(link):
    with pytest.raises(ValidationError) as exc:
        clean_links([link], max_count=10)
    (message,) = _messages(exc, "links")
    assert "is not a valid web address" in message
    assert "\u202e" not in message


def test_too_many_links_are_refused():
    links = [f"https://example.com/{i}" for i in range(3)]
    with translation.override("en"), pytest.raises(ValidationError) as exc:
        clean_links(links, max_count=2)
    assert _messages(exc, "links") == ["Give at most 2 links."]
