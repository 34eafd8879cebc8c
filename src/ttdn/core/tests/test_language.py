from django.conf import settings
from django.urls import reverse


def test_pages_are_vietnamese_even_for_an_english_browser(client, db):
    response = client.get(reverse("accounts:login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.headers["Content-Language"] == "vi"
    assert 'lang="vi"' in response.content.decode()


def test_the_menu_choice_switches_to_english(client, db):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    response = client.get(reverse("accounts:login"))
    assert response.headers["Content-Language"] == "en"
    assert "Log in" in response.content.decode()
