from unittest import mock

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_reports_a_reachable_database(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_is_unreachable(client):
    with mock.patch(
        "portal.views.connection.ensure_connection", side_effect=OperationalError("could not connect to server")
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
