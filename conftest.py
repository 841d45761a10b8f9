"""Test-run environment: set before pytest-django reads the settings."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
# Tests talk plain HTTP to the test client.
os.environ.setdefault("DJANGO_HTTPS", "0")
