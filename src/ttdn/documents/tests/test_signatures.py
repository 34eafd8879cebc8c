"""Signed PDFs: signer, time, intact or changed after signing, the carried chain.

Every PDF here is signed in the test with a throw-away certificate made on the spot.
"""

from __future__ import annotations

import datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from ttdn.documents.signatures import read_signatures


def _certificate(tmp_path, common_name="Ủy ban nhân dân tỉnh Phú Yên"):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Tỉnh Phú Yên"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    key_file, cert_file = tmp_path / "key.pem", tmp_path / "cert.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file


def _pdf(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "KE HOACH thong tin doi ngoai nam 2026")
    pdf.output(str(path))
    return path


def _signed(tmp_path):
    """A PDF signed with a throw-away certificate. pyHanko signs through ``asyncio.run``,
    which cannot start where an event loop already runs (some earlier test in a full run
    leaves one in the main thread): then the signing goes to a worker thread."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _sign(tmp_path)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_sign, tmp_path).result()


def _sign(tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    key_file, cert_file = _certificate(tmp_path)
    signer = signers.SimpleSigner.load(str(key_file), str(cert_file))
    source, target = _pdf(tmp_path / "plan.pdf"), tmp_path / "plan-signed.pdf"
    with open(source, "rb") as inf, open(target, "wb") as out:
        signers.sign_pdf(
            IncrementalPdfFileWriter(inf),
            signers.PdfSignatureMetadata(field_name="ChuKy1"),
            signer=signer,
            output=out,
        )
    return target


def test_an_unsigned_pdf_and_a_file_that_is_not_a_pdf_have_no_signatures(tmp_path):
    assert read_signatures(_pdf(tmp_path / "plain.pdf")) == []
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7 not really")
    assert read_signatures(junk) == []


def test_a_signed_pdf_gives_its_signer_time_and_an_intact_file(tmp_path):
    [info] = read_signatures(_signed(tmp_path))
    assert info.field == "ChuKy1"
    assert info.signer == "Ủy ban nhân dân tỉnh Phú Yên"
    assert info.organisation == "Tỉnh Phú Yên"
    assert info.signing_time and info.signing_time[:4] == str(datetime.date.today().year)
    assert info.intact and info.valid
    assert not info.changed_after_signing
    assert info.chain == ["Ủy ban nhân dân tỉnh Phú Yên"] and info.chain_complete


def test_a_revision_added_after_signing_is_flagged(tmp_path):
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = _signed(tmp_path)
    changed = tmp_path / "plan-changed.pdf"
    with open(signed, "rb") as inf:
        writer = IncrementalPdfFileWriter(inf)
        info = writer.root  # a change to the catalogue, written as a new revision
        info[NameObject("/Lang")] = TextStringObject("vi")
        writer.update_root()
        with open(changed, "wb") as out:
            writer.write(out)
    [info] = read_signatures(changed)
    assert info.intact  # what was signed is unchanged …
    assert info.changed_after_signing  # … but something was added after it


@pytest.mark.parametrize("where", [0.3, 0.6])
def test_bytes_changed_inside_the_signed_part_break_the_signature(tmp_path, where):
    data = bytearray(_signed(tmp_path).read_bytes())
    # Change one letter of the page's text (inside the signed byte range).
    start = data.find(b"KE HOACH")
    if start < 0:  # the content stream is compressed: change a byte of it instead
        start = int(len(data) * where)
    data[start] = ord("X") if data[start] != ord("X") else ord("Y")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    infos = read_signatures(tampered)
    assert (
        infos == [] or (not infos[0].intact or infos[0].problem) and infos[0].changed_after_signing
    )


def test_signatures_read_inside_a_running_event_loop(tmp_path):
    """pyHanko's asyncio.run cannot nest in a running loop (an async server, a test tool
    that left one running): the reading moves to a worker thread and still answers."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    signed_pdf = _signed(tmp_path)

    async def inside_a_loop():
        asyncio.get_running_loop()  # there is one here
        return read_signatures(signed_pdf)

    # A fresh thread, so that this test's own loop starts whatever runs in the main one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        [info] = pool.submit(asyncio.run, inside_a_loop()).result()
    assert info.intact
