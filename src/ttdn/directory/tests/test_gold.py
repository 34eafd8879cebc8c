"""The gold transcription of the seed documents (tests/fixtures/seeds/gold/) against the directory.

``agencies.json`` lists every canonical agency name the transcription uses, with
the ways the documents write it; each must exist in the seed and each variant
must resolve to it in the document's unit. The per-document files pair every
agency as written with its canonical name (or null for collective phrases).
"""

import json
from pathlib import Path

import pytest

from ttdn.directory.models import Agency
from ttdn.directory.resolver import clean_name

from .conftest import district, legacy_province

GOLD = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "seeds" / "gold"
DISTRICTS = {"Dầu Tiếng"}

pytestmark = pytest.mark.skipif(
    not (GOLD / "agencies.json").exists(), reason="gold transcription not present"
)


def gold_agencies() -> list[dict]:
    if not (GOLD / "agencies.json").exists():
        return []
    return json.loads((GOLD / "agencies.json").read_text(encoding="utf-8"))


def gold_documents() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("0*.json"))]


def unit_for(locality: str | None):
    if locality is None:
        return None
    return district(locality) if locality in DISTRICTS else legacy_province(locality)


def written_pairs(node, found=None) -> list[tuple[str, str | None]]:
    found = [] if found is None else found
    if isinstance(node, dict):
        if "as_written" in node and "agency" in node:
            found.append((node["as_written"], node["agency"]))
        for value in node.values():
            written_pairs(value, found)
    elif isinstance(node, list):
        for value in node:
            written_pairs(value, found)
    return found


@pytest.mark.parametrize("entry", gold_agencies(), ids=lambda e: e["name"])
def test_every_gold_agency_is_in_the_seed_and_its_variants_resolve(index, entry):
    agency = Agency.objects.get(name=entry["name"])
    assert agency.kind == entry["kind"]
    unit = unit_for(entry["locality"])
    for written in [entry["name"], *entry["as_written_variants"]]:
        result = index.resolve(written, unit=unit)
        assert result.agency == agency, (written, result)
        assert result.method in {"exact", "alias", "folded"}, (written, result)


@pytest.mark.parametrize("document", gold_documents(), ids=lambda d: d["file"])
def test_every_agency_written_in_a_gold_document_resolves_as_transcribed(index, document):
    unit = unit_for(document["locality"]) if document["level"] in {"province", "district"} else None
    issuer = index.resolve(document["issuer"], unit=unit)
    assert issuer.agency is not None and issuer.agency.name == document["issuer"]
    for written, expected in set(written_pairs(document)):
        if expected is not None and len(clean_name(written).split()) == 1:
            continue  # "Sở" referring back to the Sở named before: resolved by the importer from context
        result = index.resolve(written, unit=unit)
        assert (result.agency.name if result.agency else None) == expected, (written, result)
