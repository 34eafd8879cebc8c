"""The real corpus's training scripts, for the tests that check a committed model is the one
the corpus trains (``forms/test_issuer_choice.py``, ``test_suggestions.py``)."""

import importlib
import sys
from pathlib import Path

from django.conf import settings

BENCHMARKS = Path(settings.BASE_DIR) / "benchmarks"


def training_script(name: str):
    """``benchmarks/<name>.py`` as a module (it imports its neighbours by their names)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


def load_corpus_directory() -> None:
    """The administrative units and the agencies of the provinces the corpus names most, as
    the training scripts load them."""
    from ttdn.directory.services import agencies_load, agencies_seed_data, units_load

    units_load()
    agencies_load(provinces=[*agencies_seed_data()["default_provinces"], "Quảng Trị", "Lào Cai"])
