"""Careers pages: thin views over `careers.selectors`."""

from django.db.models import Count
from django.views.generic import DetailView, ListView, TemplateView

from careers import selectors
from careers.forms import PathForm, ResourceFilterForm, ResourceListFilterForm
from careers.models import Importance, Resource, Role, Skill


class HubView(TemplateView):
    template_name = "careers/hub.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = selectors.hub()
        context.update(data, path_form=PathForm(roles=data["roles"]))
        return context


class SkillListView(TemplateView):
    template_name = "careers/skill_list.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(groups=selectors.skills_by_group(), **kwargs)


class SkillDetailView(DetailView):
    model = Skill
    template_name = "careers/skill_detail.html"
    context_object_name = "skill"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ResourceFilterForm(self.request.GET or None)
        context.update(
            filter_form=form,
            page=selectors.skill_page(skill=self.object, **form.filters()),
            is_filtered=bool(form.filters()),
        )
        return context


class RoleListView(ListView):
    template_name = "careers/role_list.html"
    context_object_name = "roles"

    def get_queryset(self):
        return Role.objects.annotate(num_skills=Count("role_skills"))

    def get_context_data(self, **kwargs):
        return super().get_context_data(groups=selectors.roles_by_outlook(self.object_list), **kwargs)


class RoleDetailView(DetailView):
    template_name = "careers/role_detail.html"
    context_object_name = "role"

    def get_queryset(self):
        return selectors.role_with_skills()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        role = self.object
        links = list(role.role_skills.all())
        context.update(
            core_links=[link for link in links if link.importance == Importance.CORE],
            useful_links=[link for link in links if link.importance != Importance.CORE],
            role_skills=[link.skill_id for link in links],
            paths=selectors.paths_from(role=role),
        )
        return context


class PathView(TemplateView):
    """The reskilling path planner; bad or missing roles get a message on the page (400), never a 500."""

    template_name = "careers/path.html"

    def get(self, request, *args, **kwargs):
        roles = list(Role.objects.all())
        # The form always sends "to"; a link from a role page carries only ?from= and opens the form with it chosen.
        asked = "to" in request.GET
        chosen = request.GET.get("from", "")
        initial = {"from": chosen} if any(role.slug == chosen for role in roles) else {}
        form = PathForm(request.GET if asked else None, roles=roles, initial=initial)
        path = None
        if asked and form.is_valid():
            path = selectors.reskilling_path(from_role=form.from_role, to_role=form.to_role)
        context = self.get_context_data(form=form, path=path, asked=asked, **kwargs)
        status = 400 if asked and not form.is_valid() else 200
        return self.render_to_response(context, status=status)


class ResourceListView(ListView):
    template_name = "careers/resource_list.html"
    context_object_name = "resources"
    paginate_by = 20

    def get_queryset(self):
        self.skills = list(Skill.objects.only("pk", "name", "name_en", "slug"))
        self.form = ResourceListFilterForm(self.request.GET or None, skills=self.skills)
        filters = self.form.filters()
        queryset = Resource.objects.all()
        if "skill" in filters:
            queryset = queryset.filter(skills__slug=filters.pop("skill"))
        return selectors.resources_best_first(queryset.filter(**filters)).prefetch_related("skills")

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.form, is_filtered=bool(self.form.filters()), **kwargs)
