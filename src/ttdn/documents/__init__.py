"""Documents in and out: reading any office, PDF, scanned, web or text file, and writing
Word, spreadsheet and (through LibreOffice) other formats. Below every domain app: it
depends on ``ttdn.core``, Django and third-party libraries only, and has no models.

Reading (import what you need from the module named):

- ``ttdn.documents.readers``: ``read_document(path, name=..., progress=...)`` turns a
  file into a ``SourceDocument``, telling the format by content; ``display_name(name)``.
- ``ttdn.documents.source``: ``SourceDocument``, ``Table``, ``Cell`` (the text of a
  document with its tables and offsets) and ``ReadError`` (translated ``message`` and a
  stable ``code``: the only exception a reader raises).
- ``ttdn.documents.readers.limits``: ``max_bytes()``, ``max_pages()``, the reading limits
  (settings ``TTDN_DOCUMENTS_MAX_BYTES``, ``TTDN_DOCUMENTS_MAX_PAGES``).
- ``ttdn.documents.readers.progress``: ``Progress``, the ``(percent, label)`` callback.
- ``ttdn.documents.readers.sniff``: the extensions the readers accept.
- ``ttdn.documents.encodings``: ``decode_text(bytes)`` (UTF-8/16, Windows-1258, TCVN3,
  VNI) and ``encode_legacy`` (for tests and fixtures).

Converting and writing:

- ``ttdn.documents.convert``: ``convert(path_or_bytes, to="pdf", ...)`` with LibreOffice;
  ``ConversionError`` (a ``ReadError``).
- ``ttdn.documents.spreadsheet``: ``safe_cell(value)``, ``workbook_bytes(sheets)``.
- ``ttdn.documents.word``: ``docx_bytes(title, paragraphs, tables)``, an A4 Word file in
  the style of administrative documents (Nghị định 30/2020/NĐ-CP).
- ``ttdn.documents.decree30``: ``decree30_docx(Decree30Document(...))``, a whole
  administrative document in that format (heading block, "Số: …/BC-UBND", place-date
  line, kind and subject, body ending "./.", signature, "Nơi nhận"), and
  ``date_line(place, date)``, the decree's place-date line.

Heavy libraries (python-docx, openpyxl, pdfplumber, Tesseract, trafilatura) are imported
only by the module that needs them, so importing this package costs nothing.
"""
