"""The first-contact table (``benchmarks/first_contact.py``): each batch's readings scored
against its gold, grouped by batch and part."""

from ttdn.importer.tests.corpus import training_script

first_contact = training_script("first_contact")

GOLD = {
    "a.txt": {
        "batch": 3,
        "doc_type": "plan",
        "issued_date": "2024-03-15",
        "period": {"from_year": 2024, "to_year": 2024},
        "issuer": "Ủy ban nhân dân tỉnh Phú Yên",
        "tasks": [{"text": "Tăng cường tuyên truyền về biên giới"}],
    },
    "b.txt": {
        "batch": 4,
        "doc_type": "report",
        "issued_date": None,
        "period": None,
        "issuer": None,
        "tasks": [],
    },
    "c.txt": {"batch": 4, "held_out": True, "doc_type": "other", "issued_date": None},
    "d.txt": {"batch": 9, "doc_type": "plan", "issued_date": None},
}
READINGS = {
    "periods": {
        "a.txt": {"doc_type": "plan", "issued_date": "2024-03-15", "period": [2024, 2024]},
        "b.txt": {"doc_type": "other", "issued_date": None, "period": [2023, 2023]},
        "c.txt": {"doc_type": "other", "issued_date": None, "period": None},
        "d.txt": {"doc_type": "plan", "issued_date": None, "period": None},
    },
    "issuers": {"a.txt": "Ủy ban nhân dân tỉnh Phú Yên", "b.txt": "Sở Ngoại vụ"},
    "tasks": {
        "a.txt": {"tasks": [["Tăng cường tuyên truyền về biên giới", 0, 36], ["Họp", 40, 43]]},
    },
}


def test_each_group_and_part_is_scored_against_its_gold(monkeypatch):
    monkeypatch.setattr(first_contact.forward, "gold", lambda: GOLD)
    monkeypatch.setattr(first_contact.forward, "readings", lambda: READINGS)
    rows = first_contact.tally([(3, 8), (9, 14), (15, 20)])
    by = {(row["batches"], row["part"]): row for row in rows}
    # batches with no reading make no row; the held-out part is its own row
    assert set(by) == {("3-8", "development"), ("3-8", "held out"), ("9-14", "development")}
    early = by["3-8", "development"]
    assert early["documents"] == 2
    assert (early["type"], early["date"], early["period"], early["issuer"]) == (0.5, 1, 0.5, 0.5)
    assert early["tasks"] == [1, 2, 1] and early["tasks_f1"] == 0.667
    assert by["3-8", "held out"]["documents"] == 1 and by["3-8", "held out"]["type"] == 1
    # no task found and none in the gold: nothing to get wrong
    assert by["9-14", "development"]["tasks_f1"] == 1.0
