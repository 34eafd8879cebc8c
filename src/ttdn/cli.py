"""The ``ttdn`` console script: Django's management commands under one name."""

import os
import sys

# Commands that never sign or verify anything: they may run without SECRET_KEY
# (a throwaway random key is used), so that build steps and checks work on a
# machine that has no production secret.
OFFLINE_COMMANDS = frozenset(
    {
        "makemigrations",
        "makemessages",
        "compilemessages",
        "check",
        "timeframe",
        "help",
        "version",
        "--help",
        "-h",
        "--version",
    }
)


def command_name(word: str) -> str:
    """The management command a word on the command line names: the documented contracts
    write commands with hyphens (``ttdn import-plan``, ``ttdn match-query``), Django
    with underscores; options (``--help``) are left as they are."""
    return word if word.startswith("-") else word.replace("-", "_")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
    args = sys.argv[1:]
    if args:
        args[0] = command_name(args[0])
    if not args or args[0] in OFFLINE_COMMANDS:
        os.environ.setdefault("TTDN_OFFLINE_COMMAND", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["ttdn", *args])


if __name__ == "__main__":
    main()
