"""The five real seed documents (plain text, Vietnamese), shipped as package data."""

from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent


def seed_paths() -> list[Path]:
    """The seed documents in their order (000 … 004)."""
    return sorted(SEED_DIR.glob("[0-9]*.txt"))
