import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _indonesian_by_default():
    """Start every test in the site's default language, so reverse() gives /careers/… not /en/careers/…."""
    with translation.override("id"):
        yield
