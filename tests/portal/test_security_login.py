"""Login throttling (django-axes) and safe redirects: next= only ever leads to this site."""

import logging
import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.utils import timezone

from tests.factories import staff_user
from tests.portal.conftest import PASSWORD

pytestmark = pytest.mark.django_db


# --- Login throttling ----------------------------------------------------------------------------


def login(client, username, password="wrong-password", ip="203.0.113.7", next_url=None):  # noqa: S107
    url = "/admin/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.fixture
def staff():
    return staff_user("Editor", "redaksi")  # the factory's password is PASSWORD


def test_five_failures_lock_out_that_user_from_that_client(client, staff, caplog):
    caplog.set_level(logging.WARNING, logger="axes")
    for _attempt in range(5):
        response = login(client, "redaksi")
        assert response.status_code in (200, 429)
    locked = login(client, "redaksi", PASSWORD)
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Too many failed login attempts" in html or "Terlalu banyak" in html
    assert 'id="login-form"' not in html
    assert "admin/css/login.css" in html  # the admin login layout
    assert 14 * 60 < int(locked["Retry-After"]) <= 15 * 60
    assert "_auth_user_id" not in client.session
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "login failure" in messages.lower() or "failed" in messages.lower()
    assert "locked out" in messages.lower() or "locking out" in messages.lower()

    # Another client is not affected, and after the cool-off the user gets in again.
    assert login(client, "redaksi", PASSWORD, ip="198.51.100.9").status_code == 302
    client.logout()
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        assert login(client, "redaksi", PASSWORD).status_code == 302


def test_one_persons_typos_do_not_lock_out_the_office_behind_the_same_address(client, staff):
    colleague = staff_user("Writer", "rekan")
    for _attempt in range(5):
        login(client, "redaksi", ip="203.0.113.50")
    assert login(client, "redaksi", PASSWORD, ip="203.0.113.50").status_code == 429
    assert login(client, colleague.username, PASSWORD, ip="203.0.113.50").status_code == 302


def test_one_address_guessing_many_usernames_is_locked_out_after_many_more_failures(client, staff, settings):
    assert settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT == 50  # the default; lowered here to keep the test short
    settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT = 12
    answers = [login(client, f"tebakan-{number}", ip="203.0.113.60").status_code for number in range(11)]
    assert answers == [200] * 11  # the form again, with an error: no lockout at 5 failures from the address
    assert login(client, "tebakan-terakhir", ip="203.0.113.60").status_code == 429
    assert login(client, "redaksi", PASSWORD, ip="203.0.113.60").status_code == 429
    assert login(client, "redaksi", PASSWORD, ip="203.0.113.61").status_code == 302


@time_machine.travel("2026-03-02 10:00:00+07:00", tick=False)
def test_the_lockout_page_says_when_to_try_again(client, staff, settings):
    settings.LANGUAGE_CODE = "en"
    for _attempt in range(5):
        login(client, "redaksi")
    locked = login(client, "redaksi", PASSWORD)
    assert locked.status_code == 429
    assert "until 10:15" in locked.content.decode()  # Jakarta time, the cool-off after the last failure
    assert int(locked["Retry-After"]) == 15 * 60


def test_unknown_and_known_users_get_the_same_answer_and_the_same_work(client, staff, monkeypatch):
    calls = []
    original = PBKDF2PasswordHasher.encode

    def counting_encode(self, password, salt, iterations=None):
        calls.append(1)
        return original(self, password, salt, iterations)

    monkeypatch.setattr(PBKDF2PasswordHasher, "encode", counting_encode)
    known = login(client, "redaksi", ip="203.0.113.60")
    known_work = len(calls)
    calls.clear()
    unknown = login(client, "nobody-here", ip="203.0.113.61")
    assert known_work == len(calls) >= 1  # a password is hashed either way

    def message(response):
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode()).replace(
            "nobody-here", "redaksi"
        )

    assert known.status_code == unknown.status_code == 200
    assert message(known) == message(unknown)

    # Locking out works the same for both, so the lock tells nothing either.
    for _attempt in range(5):
        login(client, "redaksi", ip="203.0.113.62")
        login(client, "nobody-here", ip="203.0.113.63")
    locked_known = login(client, "redaksi", ip="203.0.113.62")
    locked_unknown = login(client, "nobody-here", ip="203.0.113.63")
    assert locked_known.status_code == locked_unknown.status_code == 429
    assert message(locked_known) == message(locked_unknown)


def test_forwarded_for_is_ignored_unless_proxies_are_trusted(client, settings, staff):
    """A client cannot dodge the lockout by inventing X-Forwarded-For addresses."""
    for number in range(5):
        client.post(
            "/admin/login/",
            {"username": "redaksi", "password": "nope"},
            REMOTE_ADDR="203.0.113.70",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    response = client.post(
        "/admin/login/",
        {"username": "redaksi", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.70",
        HTTP_X_FORWARDED_FOR="10.9.9.9",
    )
    assert response.status_code == 429

    # Behind one trusted proxy, the address the proxy appended is the client.
    settings.TRUSTED_PROXY_COUNT = 1
    from portal.security import client_ip

    class Request:
        META = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.80"}

    assert client_ip(Request()) == "203.0.113.80"
    Request.META["HTTP_X_FORWARDED_FOR"] = "not-an-ip"
    assert client_ip(Request()) == "127.0.0.1"


# --- next= only ever leads to this site ------------------------------------------------------------

HOSTILE_NEXT = [
    "https://evil.example/",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "http://testserver@evil.example/",
    "%2F%2Fevil.example",
]


@pytest.mark.parametrize("next_url", HOSTILE_NEXT)
def test_login_next_never_leaves_the_site(client, staff, next_url):
    response = client.post(
        "/admin/login/", {"username": "redaksi", "password": PASSWORD, "next": next_url}, REMOTE_ADDR="203.0.113.90"
    )
    assert response.status_code == 302
    assert stays_on_site(response["Location"], "/admin/login/")


def stays_on_site(location: str, from_path: str) -> bool:
    """Return True when a browser at `from_path` following `location` stays on this site."""
    from urllib.parse import urljoin, urlsplit

    if location.strip().lower().startswith(("javascript:", "data:")):
        return False
    target = urlsplit(urljoin(f"http://testserver{from_path}", location.replace("\\", "/")))
    return target.scheme == "http" and target.netloc == "testserver"


@pytest.mark.parametrize("next_url", HOSTILE_NEXT)
def test_logout_and_language_switch_next_never_leave_the_site(client, staff, next_url):
    client.force_login(staff)
    response = client.post("/admin/logout/", {"next": next_url})
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert stays_on_site(response["Location"], "/admin/logout/")
    response = client.post("/i18n/setlang/", {"language": "en", "next": next_url})
    assert response.status_code == 302
    assert stays_on_site(response["Location"], "/i18n/setlang/"), response["Location"]


def test_internal_next_still_works(client, staff):
    response = client.post(
        "/admin/login/",
        {"username": "redaksi", "password": PASSWORD, "next": "/admin/articles/article/"},
        REMOTE_ADDR="203.0.113.91",
    )
    assert response["Location"] == "/admin/articles/article/"
