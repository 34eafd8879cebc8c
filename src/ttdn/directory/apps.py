from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "ttdn.directory"
    label = "directory"
    verbose_name = _("Agency directory")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from ttdn.directory.models import AdministrativeUnit
        from ttdn.directory.selectors import forget_units

        # the importer's shared table of places by name is read again after any change
        post_save.connect(forget_units, sender=AdministrativeUnit, dispatch_uid="forget_units")
        post_delete.connect(forget_units, sender=AdministrativeUnit, dispatch_uid="forget_units")
