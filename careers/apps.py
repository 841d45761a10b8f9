from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "careers"
    verbose_name = _("Careers")

    def ready(self):
        from careers.models import Resource, Role, RoleSkill, Skill
        from portal import changes

        # Careers content is edited in its own admin screens; every write is announced.
        changes.watch(Skill, lambda skill: {"skills": [skill.pk]})
        changes.watch(Resource)
        changes.watch(Role)
        changes.watch(RoleSkill, lambda link: {"skills": [link.skill_id]})
