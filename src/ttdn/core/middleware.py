from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from ttdn.core.api import is_api_request


class VietnameseFirstLocaleMiddleware(LocaleMiddleware):
    """Vietnamese unless the user chose another language in the menu.

    Django's LocaleMiddleware would follow the browser's Accept-Language, so a
    civil servant with an English browser would get English pages. Here only the
    language cookie set by the menu (``set_language``) overrides ``LANGUAGE_CODE``.
    API clients are programs that say what they want: there Accept-Language counts.
    """

    def process_request(self, request):
        if is_api_request(request):
            return super().process_request(request)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
