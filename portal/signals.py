"""Bump the page-cache generation whenever content that public pages show changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from portal.cache import CONTENT_APPS, bump_content_generation


def content_changed(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS and not sender.__name__.startswith("Historical"):
        bump_content_generation()


def connect():
    post_save.connect(content_changed, dispatch_uid="portal-page-cache-save")
    post_delete.connect(content_changed, dispatch_uid="portal-page-cache-delete")
    m2m_changed.connect(content_changed, dispatch_uid="portal-page-cache-m2m")
