"""Sitemaps of the careers section: its fixed pages, every skill and every role."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from careers.models import Role, Skill


class CareersPagesSitemap(Sitemap):
    """The careers section's fixed pages."""

    url_names = ["careers:hub", "careers:skill_list", "careers:role_list", "careers:resource_list"]

    def items(self):
        return [reverse(name) for name in self.url_names]

    def location(self, url):
        return url


class SkillSitemap(Sitemap):
    def items(self):
        return Skill.objects.only("slug").order_by("pk")


class RoleSitemap(Sitemap):
    def items(self):
        return Role.objects.only("slug").order_by("pk")


SITEMAPS = {"careers": CareersPagesSitemap, "skills": SkillSitemap, "roles": RoleSitemap}
