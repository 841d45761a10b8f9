from django.views.generic import DetailView, TemplateView

from careers.models import Role, Skill


class HubView(TemplateView):
    template_name = "careers/hub.html"


class SkillDetailView(DetailView):
    model = Skill
    template_name = "careers/skill_detail.html"


class RoleDetailView(DetailView):
    model = Role
    template_name = "careers/role_detail.html"
