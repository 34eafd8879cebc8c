from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "ttdn.directory"
    label = "directory"
    verbose_name = _("Agency directory")
