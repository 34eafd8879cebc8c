"""The layers of CONTRIBUTING.md hold: apps depend downwards only, and every app has a layer.

The contract itself is in pyproject.toml ([tool.importlinter]); import-linter reads every
import, including those inside functions, so a cycle cannot hide in a late import.
"""

import re
import tomllib
from pathlib import Path

import grimp
import pytest
from django.apps import apps
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"


def _layers() -> list[set[str]]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    (contract,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == "layers"]
    return [{name.strip() for name in layer.split("|")} for layer in contract["layers"]]


def test_the_import_contract_is_kept():
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True) == 0


def test_every_app_has_a_layer():
    placed = set().union(*_layers())
    ours = {
        config.name.split(".", 1)[1]
        for config in apps.get_app_configs()
        if config.name.startswith("ttdn.")
    }
    assert ours - placed == set(), "add the new app to [tool.importlinter] layers"


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("ttdn", cache_dir=None)


def _outside_tests(importer: str) -> bool:
    return ".tests" not in importer


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        ("ttdn.plans", "ttdn.tracking"),
        ("ttdn.plans", "ttdn.importer"),
        ("ttdn.plans", "ttdn.pages"),
        ("ttdn.tracking", "ttdn.pages"),
        ("ttdn.core", "ttdn.plans"),
    ],
)
def test_the_cycles_that_were_found_stay_gone(graph, lower, upper):
    """plans ↔ tracking (also inside functions), plans → importer (the demo), core → plans."""
    chains = graph.find_shortest_chains(importer=lower, imported=upper, as_packages=True)
    real = {chain for chain in chains if _outside_tests(chain[0])}
    assert real == set()


def test_function_level_imports_are_seen(graph):
    """A late import inside a function counts (tracking.apps connects a receiver so)."""
    assert "ttdn.tracking.services" in graph.find_modules_directly_imported_by("ttdn.tracking.apps")


# A string literal that starts a path into the test tree: "tests" / …, "tests/fixtures/…".
TEST_TREE_PATH = re.compile(r"""["']tests(?:/|["'])""")


def test_installed_code_never_reads_the_test_tree():
    """The demo's seeds are package data; nothing outside tests/ names the test tree."""
    offenders = []
    for path in (ROOT / "src" / "ttdn").rglob("*.py"):
        if "tests" in path.relative_to(ROOT / "src").parts:
            continue
        text = path.read_text(encoding="utf-8")
        if TEST_TREE_PATH.search(text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_seed_documents_ship_with_the_package():
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    assert "seeds/*.txt" in patterns
    from ttdn.demo.seeds import seed_paths

    assert [p.name[:3] for p in seed_paths()] == ["000", "001", "002", "003", "004"]
