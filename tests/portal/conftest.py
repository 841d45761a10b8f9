"""Shared by the portal tests."""

PASSWORD = "correct-horse-battery"  # what tests.factories gives every user it makes
