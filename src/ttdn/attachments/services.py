"""The mechanics of attaching files and links: checks, safe names, rows.

The policy (which types, how big, how many) belongs to the owning app, which passes it
in; the owner's service also audits the write. Typical use inside an owner's service::

    files = clean_files(files, allowed_extensions=ALLOWED, max_bytes=LIMIT, max_count=10)
    links = clean_links(links, max_count=10)
    ...
    attachments_create(model=Evidence, files=files, links=links, update=update)
"""

import mimetypes
import os
import re
import unicodedata
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from ttdn.attachments.models import Attachment
from ttdn.core.text import clean_text

# A file name's last path component may have 255 bytes on common file systems; leave
# room for the "_abc1234" that storage appends when the name is taken.
MAX_NAME_BYTES = 200
# Longer "extensions" are part of the name ("Báo cáo ngày 12.3.2024 của Sở").
MAX_EXTENSION_CHARS = 10
MAX_LINK_CHARS = 500  # Attachment.url
SHOWN_NAME_CHARS = 100  # a name quoted in an error message
FALLBACK_STEM = "file"

# Unicode categories refused in links: controls (Cc), format characters (Cf: the
# bidirectional embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069 that make
# "gpj.exe" look like "exe.jpg", marks, zero-width characters), line and paragraph
# separators, lone surrogates. Names lose them through core.text.clean_text (decision 0016).
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_STORAGE_UNSAFE = re.compile(r"(?u)[^-\w.]")


def _is_unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def _split(name: str) -> tuple[str, str]:
    stem, ext = os.path.splitext(name)
    if len(ext) > MAX_EXTENSION_CHARS or not stem:
        return name, ""
    return stem, ext


def safe_name(name: str, *, max_chars: int = 255, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name fit to store and to show: the last path part, NFC, with no control,
    format (bidirectional) or separator characters, whitespace collapsed, no leading or
    trailing dots. A long name loses the end of its stem, never its extension, to fit in
    ``max_chars`` characters and ``max_bytes`` UTF-8 bytes. Vietnamese letters stay."""
    name = clean_text(str(name or ""), multiline=False)
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = " ".join(name.split()).rstrip(" .")
    # "_" first so that a name that is only an extension (".pdf") keeps it as one.
    stem, ext = _split("_" + name)
    stem = stem[1:].lstrip(" .")
    if len(ext) >= max_chars or len(ext.encode()) >= max_bytes:
        ext = ""
    stem = stem[: max_chars - len(ext)]
    while len((stem + ext).encode()) > max_bytes:
        stem = stem[:-1]
    stem = stem.rstrip(" .") or FALLBACK_STEM
    return stem + ext


def storage_name(name: str) -> str:
    """``name`` (from ``safe_name``) as the storage keeps it: spaces become underscores,
    anything but letters, digits, "-", "_" and "." goes (Django's ``get_valid_filename``)."""
    stem, ext = _split(name)
    stem = _STORAGE_UNSAFE.sub("", stem.replace(" ", "_")).strip(".") or FALLBACK_STEM
    return stem + _STORAGE_UNSAFE.sub("", ext)


def content_type_for(name: str) -> str:
    """The media type of a file name's extension."""
    return mimetypes.guess_type(name.lower())[0] or "application/octet-stream"


def _shown(name: str) -> str:
    return safe_name(name, max_chars=SHOWN_NAME_CHARS)


def clean_files(
    files: Iterable[UploadedFile],
    *,
    allowed_extensions: Iterable[str],
    max_bytes: int,
    max_count: int,
    field: str = "files",
) -> list[UploadedFile]:
    """The uploads, or a ``ValidationError`` on ``field`` naming the first bad file:
    more than ``max_count``, an extension (".pdf") not allowed, larger than ``max_bytes``,
    or empty. The extension is the one ``safe_name`` keeps."""
    files = list(files)
    if len(files) > max_count:
        raise ValidationError({field: _("Attach at most {n} files at once.").format(n=max_count)})
    allowed = {"." + ext.lower().lstrip(".") for ext in allowed_extensions}
    for upload in files:
        name = upload.name or ""
        if os.path.splitext(safe_name(name))[1].lower() not in allowed:
            raise ValidationError(
                {
                    field: _("“{name}”: files of this type cannot be attached.").format(
                        name=_shown(name)
                    )
                }
            )
        if upload.size > max_bytes:
            raise ValidationError(
                {
                    field: _("“{name}” is larger than {mb} MB.").format(
                        name=_shown(name), mb=max_bytes // (1024 * 1024)
                    )
                }
            )
        if not upload.size:
            raise ValidationError({field: _("“{name}” is empty.").format(name=_shown(name))})
    return files


def clean_links(links: Iterable[str], *, max_count: int, field: str = "links") -> list[str]:
    """The non-empty links, stripped, or a ``ValidationError`` on ``field``: each must be an
    http(s) address of at most 500 characters without control or format characters, and
    there may be at most ``max_count``."""
    validator = URLValidator(schemes=["http", "https"])
    cleaned = []
    for link in links:
        link = str(link).strip()
        if not link:
            continue
        try:
            if len(link) > MAX_LINK_CHARS or any(_is_unsafe(ch) for ch in link):
                raise ValidationError("unsafe")
            validator(link)
        except ValidationError:
            shown = clean_text(link, multiline=False)[:SHOWN_NAME_CHARS]
            raise ValidationError(
                {field: _("“{link}” is not a valid web address.").format(link=shown)}
            ) from None
        cleaned.append(link)
    if len(cleaned) > max_count:
        raise ValidationError({field: _("Give at most {n} links.").format(n=max_count)})
    return cleaned


@transaction.atomic
def attachments_create[A: Attachment](
    *,
    model: type[A],
    files: Iterable[UploadedFile] = (),
    links: Iterable[str] = (),
    **owner,
) -> list[A]:
    """Rows of ``model`` for checked ``files`` and ``links`` (see ``clean_files`` and
    ``clean_links``), attached to ``owner`` (the model's foreign keys, e.g. ``update=``).

    A file keeps its ``safe_name`` as title, cut so that the stored path (the model's
    ``upload_directory()`` and the name) fits the file field; its content type comes from
    the kept extension. The caller audits the write.
    """
    file_field = model._meta.get_field("file")
    title_field = model._meta.get_field("title")
    created: list[A] = []
    for upload in files:
        attachment = model(**owner)
        room = file_field.max_length - len(attachment.upload_directory()) - 1
        title = safe_name(upload.name or "", max_chars=min(room, title_field.max_length))
        upload.name = storage_name(title)
        attachment.file = upload
        attachment.title = title
        attachment.size = upload.size
        attachment.content_type = content_type_for(title)
        attachment.full_clean(exclude=list(owner))
        attachment.save()
        created.append(attachment)
    for link in links:
        attachment = model(**owner, url=link, title=link[: title_field.max_length])
        attachment.full_clean(exclude=list(owner))
        attachment.save()
        created.append(attachment)
    return created
