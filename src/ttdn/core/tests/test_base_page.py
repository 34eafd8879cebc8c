from django.urls import reverse


def test_pages_declare_their_icon_so_the_browser_asks_for_no_favicon(client, db):
    """Without one, Chromium asks for /favicon.ico on every page: a 404 in the server's log
    and an error in the browser's console each time (seen in the demo)."""
    page = client.get(reverse("accounts:login")).content.decode()
    assert '<link rel="icon" href="data:,">' in page
