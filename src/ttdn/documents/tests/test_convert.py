"""ttdn.documents.convert: LibreOffice conversion, in both directions, and its failures."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from django.utils import translation

from ttdn.documents import convert
from ttdn.documents.convert import ConversionError
from ttdn.documents.source import ReadError

needs_writer = pytest.mark.skipif(
    convert.find_soffice() is None,
    reason="converting needs LibreOffice Writer (Debian: libreoffice-writer-nogui)",
)
TITLE = "Báo cáo kết quả công tác thông tin đối ngoại năm 2025"
BODY = "Ủy ban nhân dân tỉnh Đồng Nai đã tổ chức 12 hội nghị."


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(BODY)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@needs_writer
def test_docx_bytes_become_a_pdf_with_their_text():
    pdf = convert.convert(docx_bytes(), to="pdf", kind="docx", name="bao_cao.docx")
    assert pdf.startswith(b"%PDF")
    text = " ".join(pdf_text(pdf).split())
    assert TITLE in text
    assert BODY in text


@needs_writer
def test_a_path_is_converted_and_its_suffix_gives_the_format(tmp_path):
    source = tmp_path / "-bao cao.docx"  # a name soffice must never see as an option
    source.write_bytes(docx_bytes())
    odt = convert.convert(source, to="odt", timeout=120)
    assert odt[:2] == b"PK" and b"application/vnd.oasis.opendocument.text" in odt[:100]
    with convert.converted(str(source), "docx") as result:
        import docx

        assert TITLE in [p.text for p in docx.Document(str(result)).paragraphs]
    assert not result.exists(), "the converted file is deleted afterwards"


@needs_writer
def test_bytes_without_a_kind_are_told_by_their_content():
    assert BODY in " ".join(pdf_text(convert.convert(docx_bytes())).split())


def test_soffice_missing_is_a_translated_conversion_error(monkeypatch):
    monkeypatch.setattr(convert.shutil, "which", lambda _: None)
    with translation.override("en"), pytest.raises(ConversionError) as caught:
        convert.convert(b"x", to="pdf", kind="docx", name="bao_cao.docx")
    assert isinstance(caught.value, ReadError)
    assert caught.value.code == "converter_missing"
    assert "“bao_cao.docx” to PDF needs LibreOffice" in caught.value.message
    with translation.override("vi"), pytest.raises(ConversionError) as caught:
        convert.convert(b"x", to="pdf", kind="docx", name="bao_cao.docx")
    assert "LibreOffice" in caught.value.message
    assert "needs" not in caught.value.message


def fake_soffice(tmp_path: Path, monkeypatch, script: str) -> None:
    program = tmp_path / "fake" / "soffice"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n" + script + "\n")
    program.chmod(0o755)
    monkeypatch.setattr(convert.shutil, "which", lambda _: str(program))


def test_a_converter_that_hangs_is_stopped(tmp_path, monkeypatch):
    fake_soffice(tmp_path, monkeypatch, "sleep 60")
    with translation.override("en"), pytest.raises(ConversionError) as caught:
        convert.convert(b"x", to="pdf", kind="docx", timeout=0.3)
    assert caught.value.code == "timeout"
    assert "0.3 seconds" in caught.value.message


def test_a_converter_that_writes_nothing_has_failed(tmp_path, monkeypatch):
    fake_soffice(tmp_path, monkeypatch, "exit 0")
    with translation.override("en"), pytest.raises(ConversionError) as caught:
        convert.convert(b"x", to="pdf:writer_pdf_Export", kind="docx", name="x.docx")
    assert caught.value.code == "corrupt"
    assert "could not convert “x.docx” to PDF" in caught.value.message


def test_the_module_is_chosen_by_the_source_then_the_target(tmp_path):
    assert convert.module_for("xlsx", "pdf") == "calc"
    assert convert.module_for("doc", "docx") == "writer"
    assert convert.module_for(None, "xlsx") == "calc"
    assert convert.module_for(None, "pdf") is None
    program = tmp_path / "soffice"
    program.touch()
    shutil.copy(program, tmp_path / "libswlo.so")
    assert convert.has_module(str(program), "writer")
    assert not convert.has_module(str(program), "calc")
    assert convert.has_module(str(program), None)
