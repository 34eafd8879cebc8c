#!/usr/bin/env python
"""The issuer of news written the short way: bodies x short writings x ledes and datelines.

    python benchmarks/shortname_matrix.py [--show] [--frame NAME] [--way NAME] [--json F]

News items, party items and reports name their body the short way: a province or a city
with no unit word ("UBND Hải Phòng vừa ban hành …", "Tỉnh ủy Lạng Sơn", "Sở VHTTDL Đồng
Nai"), a body by its initials ("BCĐ công tác TTĐN", "BTG Tỉnh ủy", "MTTQ", "LHHN"), the city
as "TP Hà Nội" or "TP.HCM", all after a dateline or an agency's credit ("Ngày 15/3, …",
"(Baoquangninh.vn) - …", "QNO – …", "TTXVN –", "Chiều 5-6, tại …, …"). This matrix writes
such ledes and headlines for the provinces of before and after the 2025 merger (taken from
the ``vietnam_provinces`` data the directory loads), and counts the issuer, the level and
the locality read right. The expected reading is the gold's: the body's full name with its
unit word and place ("Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân tỉnh Quảng
Ninh", "Sở Văn hóa, Thể thao và Du lịch tỉnh …" at the department level).

A cell passes when the issuer, the level and the locality are all right.
No corpus sentence is used: the texts are made from the templates below.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importer as bench  # noqa: E402  (Django's settings and the throw-away database)

# The cities governed by the centre (the gold writes them "thành phố"); every other
# province is a "tỉnh" (whatever unit word a data set gives a merged province).
CENTRAL = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
# The merged provinces the package's data makes "thành phố trung ương": the directory's
# bodies of those loaded are named so, which the issuer then takes (not this matrix's form).
DATA_CITIES = {"Quảng Ninh", "Bắc Ninh", "Đồng Nai"}


@dataclass(frozen=True)
class Place:
    name: str
    legacy: bool

    @property
    def unit(self) -> str:
        return "thành phố" if self.name in CENTRAL else "tỉnh"

    @property
    def issuer_unit(self) -> str:
        return "Thành phố" if self.name == "Hồ Chí Minh" else self.unit


def places(step: int) -> list[Place]:
    """Every ``step``-th province of today and of before the merger (the central cities
    always), from the data the directory loads."""
    from ttdn.directory.gazetteer import current_provinces, legacy_provinces

    out: dict[str, Place] = {}
    for legacy, divisions in ((False, current_provinces()), (True, legacy_provinces())):
        for i, d in enumerate(divisions):
            if d.name in CENTRAL or i % step == 0:
                out.setdefault(d.name, Place(d.name, legacy))
    return list(out.values())


@dataclass(frozen=True)
class Writing:
    way: str  # how the body is written, for grouping
    running: str  # as written in the lede
    issuer: str
    level: str
    locality: str


def writings(p: Place) -> list[Writing]:
    n, u, iu = p.name, p.unit, p.issuer_unit
    committee = "Thành ủy" if u == "thành phố" else "Tỉnh ủy"
    ubnd = f"Ủy ban nhân dân {iu} {n}"
    out = [
        Writing("UBND X", f"UBND {n}", ubnd, "province", n),
        Writing("Ủy ban nhân dân X", f"Ủy ban nhân dân {n}", ubnd, "province", n),
        Writing("HĐND X", f"HĐND {n}", f"Hội đồng nhân dân {iu} {n}", "province", n),
        Writing("committee X", f"{committee} {n}", f"{committee} {n}", "province", n),
        Writing(
            "Ban Tuyên giáo committee X",
            f"Ban Tuyên giáo {committee} {n}",
            f"Ban Tuyên giáo {committee} {n}",
            "province",
            n,
        ),
        Writing(
            "BTG committee X",
            f"BTG {committee} {n}",
            f"Ban Tuyên giáo {committee} {n}",
            "province",
            n,
        ),
        Writing(
            "BCĐ công tác TTĐN unit X",
            f"BCĐ công tác TTĐN {u} {n}",
            f"Ban Chỉ đạo công tác thông tin đối ngoại {iu} {n}",
            "province",
            n,
        ),
        Writing(
            "BCĐ công tác TTĐN X",
            f"BCĐ công tác TTĐN {n}",
            f"Ban Chỉ đạo công tác thông tin đối ngoại {iu} {n}",
            "province",
            n,
        ),
        Writing(
            "Ủy ban MTTQ X",
            f"Ủy ban MTTQ {n}",
            f"Ủy ban Mặt trận Tổ quốc Việt Nam {iu} {n}",
            "province",
            n,
        ),
        Writing(
            "LHHN unit X",
            f"Liên hiệp các tổ chức hữu nghị {u} {n}",
            f"Liên hiệp các tổ chức hữu nghị {iu} {n}",
            "province",
            n,
        ),
        Writing(
            "UBMTTQ unit X",
            f"UBMTTQ {u} {n}",
            f"Ủy ban Mặt trận Tổ quốc Việt Nam {iu} {n}",
            "province",
            n,
        ),
        Writing(
            "BTGTU X",
            f"BTGTU {n}",
            f"Ban Tuyên giáo Tỉnh ủy {n}",
            "province",
            n,
        )
        if u == "tỉnh"
        else Writing(
            "BTGTU X",
            f"BTG Thành ủy {n}",
            f"Ban Tuyên giáo Thành ủy {n}",
            "province",
            n,
        ),
        Writing("Công an unit X", f"Công an {u} {n}", f"Công an {iu} {n}", "province", n),
    ]
    departments = [
        ("Sở Ngoại vụ", ["Sở Ngoại vụ"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở VHTTDL", "Sở VH-TT&DL", "Sở VH,TT&DL"]),
        ("Sở Thông tin và Truyền thông", ["Sở TT&TT", "Sở TTTT"]),
    ]
    for name, shorts in departments:
        for s in shorts:
            out.append(Writing(f"{s} X", f"{s} {n}", f"{name} {iu} {n}", "department", n))
            out.append(Writing(f"{s} unit X", f"{s} {u} {n}", f"{name} {iu} {n}", "department", n))
    if u == "thành phố":
        out.append(Writing("UBND TP X", f"UBND TP {n}", ubnd, "province", n))
        out.append(Writing("UBND TP. X", f"UBND TP. {n}", ubnd, "province", n))
    if n == "Hồ Chí Minh":
        for short in ("TP.HCM", "TPHCM", "TP HCM", "TP. Hồ Chí Minh"):
            out.append(Writing(f"UBND {short}", f"UBND {short}", ubnd, "province", n))
            out.append(
                Writing(
                    f"Sở Ngoại vụ {short}",
                    f"Sở Ngoại vụ {short}",
                    f"Sở Ngoại vụ {iu} {n}",
                    "department",
                    n,
                )
            )
    return out


# --- Frames: the datelines and the verbs of a lede, and a headline ----------------------

DATELINES = {
    "none": "",
    "Ngày 15/3,": "Ngày 15/3, ",
    "Ngày 15/3/2025,": "Ngày 15/3/2025, ",
    "Sáng 12/4,": "Sáng 12/4, ",
    "(Baoquangninh.vn) -": "(Baoquangninh.vn) - ",
    "(Baoquangninh.vn) - Ngày 15/3,": "(Baoquangninh.vn) - Ngày 15/3, ",
    "QNO –": "QNO – ",
    "TTXVN –": "TTXVN – ",
    "Chiều 5-6, tại hội trường,": "Chiều 5-6, tại hội trường lớn, ",
    "Vừa qua,": "Vừa qua, ",
    "(Báo Quảng Ngãi) -": "(Báo Quảng Ngãi) - ",
    "(HQ Online) –": "(HQ Online) – ",
    "TTXVN/Vietnam+ –": "TTXVN/Vietnam+ – ",
    "Hà Giang -": "Hà Giang - ",
    "Sáng nay (15/3),": "Sáng nay (15/3), ",
    "Ngày 15 tháng 3 năm 2025,": "Ngày 15 tháng 3 năm 2025, ",
    "Ngày 15/3 vừa qua,": "Ngày 15/3 vừa qua, ",
}

VERBS = {
    "vừa ban hành Kế hoạch": "vừa ban hành Kế hoạch số 45/KH-UBND về công tác thông tin đối "
    "ngoại năm 2025",
    "đã ban hành Kế hoạch": "đã ban hành Kế hoạch triển khai công tác thông tin đối ngoại năm 2025",
    "ban hành Kế hoạch": "ban hành Kế hoạch số 45/KH-UBND về công tác thông tin đối ngoại năm 2025",
    "triển khai": "triển khai công tác thông tin đối ngoại năm 2025",
    "tổ chức hội nghị": "tổ chức hội nghị tập huấn công tác thông tin đối ngoại năm 2025",
    "tổng kết": "tổng kết công tác thông tin đối ngoại năm 2024",
    "sơ kết": "sơ kết công tác thông tin đối ngoại 6 tháng đầu năm 2025",
}

TAIL = (
    ".\nKế hoạch nhằm nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh "
    "con người, đất nước Việt Nam.\n"
)


def lede(dateline: str, w: Writing, verb: str) -> str:
    return f"{dateline}{w.running} {verb}{TAIL}"


def headline(w: Writing, verb: str, caps: bool) -> str:
    title = f"{w.running} {verb}"
    if caps:
        title = title.upper()
    return f"{title}\n(10:15 14/03/2025)\nNhằm nâng cao hiệu quả công tác thông tin đối ngoại{TAIL}"


def cells(step: int, frame_filter: str | None, way_filter: str | None):
    for p in places(step):
        for w in writings(p):
            if way_filter and way_filter.lower() not in w.way.lower():
                continue
            for dname, dateline in DATELINES.items():
                for vname, verb in VERBS.items():
                    frame = f"lede {dname} / {vname}"
                    if frame_filter and frame_filter.lower() not in frame.lower():
                        continue
                    yield frame, p, w, lede(dateline, w, verb)
            for vname in ("triển khai", "tổng kết"):
                for caps in (False, True):
                    frame = f"headline{' CAPS' if caps else ''} / {vname}"
                    if frame_filter and frame_filter.lower() not in frame.lower():
                        continue
                    yield frame, p, w, headline(w, VERBS[vname], caps)


def read(text: str) -> dict:
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    return extract(SourceDocument(name="tin.txt", text=text, format="txt")).contract()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print the failing cells")
    parser.add_argument("--frame", help="only the frames whose name contains this")
    parser.add_argument("--way", help="only the writings whose name contains this")
    parser.add_argument("--step", type=int, default=12, help="every n-th province (default 12)")
    parser.add_argument("--text", action="store_true", help="with --show, print the texts too")
    parser.add_argument("--json", help="write the figures and the failing cells here")
    args = parser.parse_args()
    bench.setup()

    total = passed = 0
    fields = Counter()
    by: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    failing = []
    for frame, p, w, text in cells(args.step, args.frame, args.way):
        got = read(text)
        triple = (got["issuer"], got["level"], got["locality"])
        want = (w.issuer, w.level, w.locality)
        ok = triple == want or (
            p.name in DATA_CITIES
            and triple == (want[0].replace(" tỉnh ", " thành phố "), *want[1:])
        )
        total += 1
        passed += ok
        for index, field in enumerate(("issuer", "level", "locality")):
            fields[field] += ok or triple[index] == want[index]
        dateline = frame.split(" / ")[0]
        verb = frame.split(" / ")[-1]
        era = "before 2025" if p.legacy else "since 2025"
        for table, key in (("dateline", dateline), ("verb", verb), ("way", w.way), ("era", era)):
            by[table][key][0] += ok
            by[table][key][1] += 1
        if not ok:
            failing.append(
                {"frame": frame, "way": w.way, "want": want, "got": triple, "text": text}
            )

    print(f"Short-name matrix: {passed}/{total} cells read whole ({passed / total:.2f})")
    print("  " + ", ".join(f"{f} {fields[f] / total:.2f}" for f in ("issuer", "level", "locality")))
    for table in ("way", "dateline", "verb", "era"):
        print(f"\nBy {table} (failing / cells):")
        for key, (ok, n) in sorted(by[table].items(), key=lambda kv: kv[1][0] - kv[1][1]):
            print(f"  {n - ok:4d} / {n:4d}  {key}")
    if args.show:
        print("\nFailing cells:")
        seen = Counter()
        for cell in failing:
            key = (cell["frame"], cell["way"])
            seen[key] += 1
            if seen[key] > 1:
                continue
            print(f"- [{cell['frame']}] {cell['way']}")
            print(f"    want {cell['want']}")
            print(f"    got  {cell['got']}")
            if args.text:
                print("    | " + cell["text"].replace("\n", "\n    | "))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "cells": total,
                    "passed": passed,
                    "fields": {f: fields[f] / total for f in ("issuer", "level", "locality")},
                    "failing": failing,
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
