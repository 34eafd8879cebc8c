"""``ttdn create-token USERNAME [--name NAME]``: a new API token, printed once.

Standard output carries only the raw token and a newline, so that scripts can do
``TOKEN=$(ttdn create-token alice)`` and send ``Authorization: Bearer $TOKEN``.
Everything else goes to standard error. (The file name has a hyphen on purpose:
Django names commands after their files and imports them with ``import_module``.)
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ttdn.accounts.services import api_token_create


class Command(BaseCommand):
    help = "Create an API token for a user and print it (it cannot be shown again)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--name", default="", help="What the token is for, e.g. the script that uses it."
        )

    def handle(self, *args, username: str, name: str, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(_("No user named “{username}”.").format(username=username)) from None
        try:
            token, raw = api_token_create(user=user, name=name)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        self.stdout.write(raw)
        self.stderr.write(
            _(
                "Created API token {prefix}… for {user}. It is shown only once; store it now."
            ).format(prefix=token.prefix, user=user.get_username())
        )
