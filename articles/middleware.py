"""Language of the admin screens."""

from django.urls import reverse
from django.utils import translation


class AdminLanguageMiddleware:
    """Let the admin follow the editor's language (the `django_language` cookie, then the browser).

    The public site is Indonesian at the root and English under /en/, so
    LocaleMiddleware ignores the cookie for unprefixed paths such as /admin/.
    Editors still need the admin in the language they read best.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        if self.prefix is None:
            self.prefix = reverse("admin:index")
        if request.path_info.startswith(self.prefix):
            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)
