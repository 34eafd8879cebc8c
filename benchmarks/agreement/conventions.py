#!/usr/bin/env python
"""How the real corpus gold writes the forms the second reading found unsettled (P1–P11).

    python benchmarks/agreement/conventions.py [--json FILE]

The second blind reading (README of tests/fixtures/importer/real, "Second reading
(07/12/2026)") listed eleven forms on which the written conventions are silent or pull
apart (P1–P11). This script counts, over all 352 gold files (development and held out
apart), how the gold writes each form, so that the convention settled for it is the one most
gold already follows (benchmarks/agreement/conventions.md) and so that a later gold file
that breaks it shows up here.

It prints **counts only**: no held-out file is named and no importer runs. Each form is
found by a pattern on the text and the gold; the patterns are deliberately narrow (they
find the form, not every sentence that resembles it), so a count is a lower bound of the
form's occurrences, not a census of the corpus.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
REAL = ROOT / "tests" / "fixtures" / "importer" / "real"
SEEDS = ROOT / "tests" / "fixtures" / "seeds" / "gold"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load() -> list[tuple[str, dict, str]]:
    """(name, gold, whitespace-normalised text) for every real gold file."""
    out = []
    for path in sorted(REAL.glob("*.gold.json")):
        name = path.name.removesuffix(".gold.json")
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = norm((REAL / f"{name}.txt").read_text(encoding="utf-8"))
        out.append((name, gold, text))
    return out


def part(gold: dict) -> str:
    return "held_out" if gold.get("held_out") else "development"


# P4 ------------------------------------------------------------------------------------
# One "các" (or "những") governing several bare nouns joined by "," / "và": written as one
# collective entry ("các sở, ban, ngành và địa phương"), or split into one entry per noun
# ("các cấp ủy" / "chính quyền"). The three fixed collectives are counted apart.
FIXED = re.compile(
    r"(?i)^các (sở, ban,? ngành|cơ quan, đơn vị|địa phương, đơn vị)( (tỉnh|cấp tỉnh|liên quan))?$"
)
QUALIFIED = re.compile(r"(?i)\b(trong tỉnh|của tỉnh|cấp tỉnh|liên quan)$")


def p4(docs) -> dict:
    count = collections.Counter()
    for _name, gold, _text in docs:
        where = part(gold)
        one, split = False, False
        for task in gold["tasks"]:
            for role in ("lead", "coordinating"):
                entries = [e["as_written"] for e in task[role]]
                for entry in entries:
                    if re.match(r"(?i)(các|những) ", entry) and re.search(r",| và ", entry):
                        if FIXED.match(entry):
                            count[(where, "one entry: a fixed collective")] += 1
                        else:
                            count[(where, "one entry: several nouns under one 'các'")] += 1
                            one = True
                for first, second in zip(entries, entries[1:], strict=False):
                    joined = any(f"{first}{sep}{second}" in task["text"] for sep in (", ", " và "))
                    if (
                        joined
                        and re.match(r"(?i)(các|những) ", first)
                        and not QUALIFIED.search(first)
                        and not re.match(r"(?i)(các|những) ", second)
                        and second[:1].islower()
                        and not re.match(r"(?i)(đội ngũ|lực lượng) ", second)
                    ):
                        count[(where, "split: one entry per noun of one 'các' list")] += 1
                        split = True
        if one:
            count[(where, "files with a one-entry list")] += 1
        if split:
            count[(where, "files with a split list")] += 1
    return count


# P11 -----------------------------------------------------------------------------------
TIME = (
    r"(?:(?:Trong )?[Nn]ăm (?:19|20)\d\d|Trong năm(?: (?:19|20)\d\d)?|Năm nay"
    r"|Những tháng (?:đầu|cuối) năm(?: (?:19|20)\d\d)?|(?:Sáu|6) tháng (?:đầu|cuối) năm(?: (?:19|20)\d\d)?"
    r"|(?:Trong )?thời gian tới|Thời gian tới|(?:Đầu|Cuối) năm(?: (?:19|20)\d\d)?)"
)


def p11(docs) -> dict:
    count = collections.Counter()
    for _name, gold, text in docs:
        where = part(gold)
        tasks = gold["tasks"]
        for i, task in enumerate(tasks):
            head = re.match(TIME + r", ", task["text"])
            if head:
                count[(where, "kept in the task text")] += 1
                has_year = re.search(r"(19|20)\d\d", head.group(0)) or gold["period"]
                if has_year:
                    dated = task["timeframe"] is not None
                    count[(where, f"year known: {'dated' if dated else 'not dated'}")] += 1
                # the next sentence (not a ';'-clause of this one) that takes no time phrase
                for later in tasks[i + 1 :]:
                    start = text.find(later["text"])
                    if start <= 0:
                        break
                    if text[max(0, start - 2) : start] in (". ", ": "):
                        tf = later["timeframe"]
                        same = (
                            tf is not None
                            and tf["as_written"].lower() == head.group(0)[:-2].lower()
                        )
                        count[
                            (where, f"next sentence {'takes' if same else 'does not take'} it")
                        ] += 1
                        break
                continue
            start = text.find(task["text"])
            if start > 0 and re.search(
                r"(?:^|\. )" + TIME + r", $", text[max(0, start - 40) : start]
            ):
                count[(where, "dropped from the task text")] += 1
    return count


# P2 / P3 -------------------------------------------------------------------------------
NAME_WORDS = (
    r"((?:về|triển khai|thực hiện|hoạt động|công tác)\b(?:[^.;]|(?<=TP)\.|\.(?! [A-ZĐ])){10,300})"
)
NAMED_NUMBERED = re.compile(
    r"(?:ban hành|triển khai|có|vừa có) (Kế hoạch|Chương trình)(?: số)? ?\d+(?:[/-][\wĐđ\-/]+)?"
    r"(?: ngày \d+/\d+/\d+)? " + NAME_WORDS
)
NAMED = re.compile(r"(?:ban hành|triển khai|có|vừa có) (Kế hoạch|Chương trình) " + NAME_WORDS)


def p2_p3(docs) -> dict:
    count = collections.Counter()
    for _name, gold, text in docs:
        if gold.get("kind") not in ("news", "party") or gold["doc_type"] != "news_about_plan":
            continue
        where = part(gold)
        named = NAMED_NUMBERED.search(text) or NAMED.search(text)
        title = gold["title"]
        if named is None:
            continue
        body = f"{named.group(1)} {named.group(2)}".rstrip(" ,")
        if title is None:
            count[(where, "P3: body names the plan 'Kế hoạch số N …', title null")] += 1
            continue
        count[(where, "P3: body names the plan 'Kế hoạch số N …', title given")] += 1
        headline = text[: named.start()]
        if body.lower().startswith(title.lower()) or title.lower() in body.lower():
            count[(where, "P2: title is the body's name, number out")] += 1
        elif title.lower() in headline.lower():
            count[(where, "P2: title is the headline's name")] += 1
        else:
            count[(where, "P2: title from elsewhere")] += 1
    return count


# P8 ------------------------------------------------------------------------------------
STRATEGY = re.compile(
    r"(?i)(triển khai|thực hiện)( thực hiện)? chiến lược [^.;]{0,80}?đến năm (\d{4})"
)


def p8(docs) -> dict:
    count = collections.Counter()
    for _name, gold, _text in docs:
        title = gold["title"] or ""
        found = STRATEGY.search(title)
        if not found or not title.startswith(("Kế hoạch", "Chương trình")):
            continue
        where = part(gold)
        to_year = int(found.group(3))
        period = gold["period"]
        if "giai đoạn" in found.group(0):
            continue  # its own span ("giai đoạn 2021 - 2025, tầm nhìn đến năm 2030")
        own = (
            "its own place"
            if re.search(r"(địa bàn|tỉnh|thành phố)\b[^,]*đến năm", found.group(0))
            else "the strategy's name"
        )
        if period and period.get("to_year") == to_year:
            count[(where, f"'đến năm X' after {own}: period to X")] += 1
        else:
            count[(where, f"'đến năm X' after {own}: no period to X")] += 1
    return count


# P7 ------------------------------------------------------------------------------------
def p7(docs) -> dict:
    """A body written '… tỉnh' (no place) whose province is named only in the bodies it
    writes to (addressees) or works with (partners: 'phối hợp (cùng|với) Báo X, Đài … X')."""
    count = collections.Counter()
    for _name, gold, text in docs:
        issuer = gold["issuer"] or ""
        where = part(gold)
        partners = re.search(r"tỉnh phối hợp (?:cùng|với) Báo ([A-ZĐ]\w+(?: [A-ZĐ]\w+)*)", text)
        addressees = re.search(
            r"(?:Kính gửi|gửi|đề nghị):? ?-? ?Báo ([A-ZĐ]\w+(?: [A-ZĐ]\w+)*), Đài", text
        )
        for form, found in (("partners", partners), ("addressees", addressees)):
            if found and not re.search(r"tỉnh " + re.escape(found.group(1)), text):
                has = gold["locality"] == found.group(1) and issuer.endswith(found.group(1))
                count[
                    (where, f"place only in its {form}: {'written' if has else 'not written'}")
                ] += 1
    return count


# P1 ------------------------------------------------------------------------------------
def p1(docs) -> dict:
    count = collections.Counter()
    for _name, gold, text in docs:
        if not re.search(r"(?i)lễ kết nghĩa", text[:1500]):
            continue
        signed = bool(re.search(r"(?i)ký kết nghĩa|ký kết", text[:1500]))
        foreign = bool(re.search(r"Lào|Campuchia|Trung Quốc", text[:1500]))
        kind = f"{'signed' if signed else 'no ký'}, {'foreign' if foreign else 'domestic'} partner"
        dated = gold["issued_date"] is not None
        year = re.search(r"\b(19|20)\d\d\b", text[:1500]) is not None
        state = "dated" if dated else "no date" if year else "no date (no year written)"
        count[(part(gold), f"twinning ceremony ({kind}): {state}")] += 1
    return count


# P5 ------------------------------------------------------------------------------------
def p5(docs) -> dict:
    count = collections.Counter()
    for _name, gold, text in docs:
        title = gold["title"] or ""
        found = re.search(r"\bban hành (quy chế|quy định|Quy chế|Quy định)\b", title)
        if not found:
            continue
        rest = title[title.index(found.group(0)) :]
        from_caps = rest not in text and rest.upper() in text.upper()
        case = "lowered" if found.group(1).islower() else "capital kept"
        source = "from a capitals heading" if from_caps else "as written in mixed case"
        count[(part(gold), f"'ban hành quy chế/quy định' {source}: {case}")] += 1
    return count


# P6 ------------------------------------------------------------------------------------
def p6(docs) -> dict:
    count = collections.Counter()
    for _name, gold, text in docs:
        for item in re.finditer(r"\(\d\) ([^()]{20,600}?)(?= \(\d\) |$)", text):
            clauses = [c for c in item.group(1).split("; ") if len(c) > 15]
            if len(clauses) < 2:
                continue
            found = [any(t["text"].startswith(c[:40]) for t in gold["tasks"]) for c in clauses]
            if found[0] and all(found):
                count[(part(gold), "numbered item with ';' duties: one task per ';'")] += 1
            elif found[0]:
                count[(part(gold), "numbered item with ';' duties: one task")] += 1
    return count


# P9 ------------------------------------------------------------------------------------
def p9(docs) -> dict:
    count = collections.Counter()
    for _name, gold, text in docs:
        if gold.get("kind") != "letter":
            continue
        vv = bool(re.search(r"V/v|V/V", text))
        form = "letter with a 'V/v' line" if vv else "letter told or posted without 'V/v'"
        count[(part(gold), f"{form}: {'title' if gold['title'] else 'no title'}")] += 1
    return count


# P10 -----------------------------------------------------------------------------------
SUBJECT = r"(?:(?:các|Các) )?(?:địa phương|Sở|Bộ|UBND|Ủy ban|Công an|Đài|Báo)"
VERB = r"(?:triển khai|tổ chức|thực hiện|in|cấp|chủ trì|phối hợp|tuyên truyền)"


def p10(docs) -> dict:
    count = collections.Counter()
    for _name, gold, text in docs:
        tasks = gold["tasks"]
        for first, second in zip(tasks, tasks[1:], strict=False):
            if f"{first['text']}, {second['text']}" in text and re.match(
                SUBJECT + r"[^,;.]{0,40}? " + VERB + r"\b", second["text"]
            ):
                count[(part(gold), "comma-joined clauses, own subjects: one task each")] += 1
        for task in tasks:
            if re.search(
                r"\w, " + SUBJECT + r"\b[^,;.]{0,40}? " + VERB + r" (?!với)", task["text"]
            ) and re.match(
                r"(Bộ|Sở|UBND|Ủy ban|Công an)\b[^,;.]{0,60}? " + VERB + r"\b", task["text"]
            ):
                count[(part(gold), "comma-joined clauses, own subjects: one task")] += 1
    return count


def seeds_p4() -> dict:
    count = collections.Counter()
    for path in sorted(SEEDS.glob("0*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for task in gold["tasks"]:
            for role in ("lead", "coordinating"):
                for entry in task[role]:
                    text = entry["as_written"]
                    if (
                        re.match(r"(?i)các ", text)
                        and re.search(r",| và ", text)
                        and not FIXED.match(text)
                    ):
                        count[("seeds", "one entry: several nouns under one 'các'")] += 1
    return count


COUNTS = {
    "P1": p1,
    "P2/P3": p2_p3,
    "P4": p4,
    "P5": p5,
    "P6": p6,
    "P7": p7,
    "P8": p8,
    "P9": p9,
    "P10": p10,
    "P11": p11,
}


def figures() -> dict:
    docs = load()
    out: dict = {}
    for key, count in COUNTS.items():
        counted = count(docs)
        if key == "P4":
            counted.update(seeds_p4())
        table: dict = {}
        for (where, form), n in sorted(counted.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            table.setdefault(form, {})[where] = n
        out[key] = table
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="also write the counts here")
    args = parser.parse_args()
    result = figures()
    for key, table in result.items():
        print(key)
        for form, parts in table.items():
            shown = ", ".join(f"{where} {n}" for where, n in parts.items())
            print(f"  {form}: {shown}")
    if args.json:
        args.json.write_text(
            json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
