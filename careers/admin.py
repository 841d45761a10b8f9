from django.contrib import admin
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from careers.models import STALE_AFTER, STALE_AFTER_DAYS, Importance, Resource, Role, RoleSkill, Skill
from careers.services import resources_mark_checked
from portal.admin_forms import SafeAutocompleteAdmin


class StaleFilter(admin.SimpleListFilter):
    """Resources whose link nobody has confirmed recently (or ever)."""

    title = _("link check")
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        return [
            ("yes", _("Stale (not checked for %(days)s days)") % {"days": STALE_AFTER_DAYS}),
            ("no", _("Checked recently")),
        ]

    def queryset(self, request, queryset):
        limit = timezone.localdate() - STALE_AFTER
        stale = Q(last_checked__isnull=True) | Q(last_checked__lt=limit)
        if self.value() == "yes":
            return queryset.filter(stale)
        if self.value() == "no":
            return queryset.exclude(stale)
        return queryset


class ResourceSkillInline(SafeAutocompleteAdmin, admin.TabularInline):
    """On a skill: the resources that teach it."""

    model = Resource.skills.through
    extra = 1
    autocomplete_fields = ["resource"]
    verbose_name = _("resource that teaches this skill")
    verbose_name_plural = _("resources that teach this skill")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # The auto-created through model names its column "resource" without a translatable label.
        if db_field.name == "resource":
            kwargs["label"] = _("resource")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class RoleSkillInline(SafeAutocompleteAdmin, admin.TabularInline):
    model = RoleSkill
    extra = 1
    autocomplete_fields = ["skill"]


class SkillRoleInline(SafeAutocompleteAdmin, admin.TabularInline):
    """On a skill: the roles that list it (read from here, edited on the role)."""

    model = RoleSkill
    extra = 0
    autocomplete_fields = ["role"]
    verbose_name = _("role that needs this skill")
    verbose_name_plural = _("roles that need this skill")


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["name", "group", "trend", "num_resources", "num_roles", "num_articles"]
    list_filter = ["group", "trend"]
    list_editable = ["trend"]
    search_fields = ["name", "name_en", "slug", "aliases"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "name_en", "slug", "group", "trend"]}),
        (_("For readers"), {"fields": ["description", "why_now"]}),
        (_("Finding mentions in articles"), {"fields": ["aliases"]}),
    ]
    inlines = [ResourceSkillInline, SkillRoleInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                resource_count=Count("resources", distinct=True),
                role_count=Count("role_skills", distinct=True),
                article_count=Count("articles", distinct=True),
            )
            # Aggregates drop Meta.ordering, and autocomplete paginates: order explicitly.
            .order_by("name")
        )

    @admin.display(description=_("resources"), ordering="resource_count")
    def num_resources(self, obj):
        return obj.resource_count

    @admin.display(description=_("roles"), ordering="role_count")
    def num_roles(self, obj):
        return obj.role_count

    @admin.display(description=_("articles"), ordering="article_count")
    def num_articles(self, obj):
        return obj.article_count


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "outlook", "num_core", "num_useful"]
    list_filter = ["outlook", "role_skills__skill__group"]
    search_fields = ["name", "name_en", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RoleSkillInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                core_count=Count("role_skills", filter=Q(role_skills__importance=Importance.CORE), distinct=True),
                useful_count=Count("role_skills", filter=Q(role_skills__importance=Importance.USEFUL), distinct=True),
            )
            .order_by("name")
        )

    @admin.display(description=_("core skills"), ordering="core_count")
    def num_core(self, obj):
        return obj.core_count

    @admin.display(description=_("useful skills"), ordering="useful_count")
    def num_useful(self, obj):
        return obj.useful_count


@admin.register(Resource)
class ResourceAdmin(SafeAutocompleteAdmin, admin.ModelAdmin):
    list_display = ["title", "provider", "kind", "level", "cost", "language", "hours", "checked", "link"]
    list_filter = [StaleFilter, "kind", "level", "cost", "language", "skills__group", "provider"]
    search_fields = ["title", "provider", "url", "description", "skills__name"]
    autocomplete_fields = ["skills"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    date_hierarchy = "last_checked"
    actions = ["mark_checked_today"]
    fieldsets = [
        (None, {"fields": ["title", "url", "provider", "description"]}),
        (_("Who it is for"), {"fields": ["skills", "kind", "level", "cost", "language", "hours"]}),
        (_("Upkeep"), {"fields": ["last_checked"]}),
    ]

    @admin.display(description=_("last checked"), ordering="last_checked", boolean=False)
    def checked(self, obj):
        if obj.is_stale:
            label = obj.last_checked or _("never")
            return format_html('<span style="color:#a3242b">⚠ {}</span>', label)
        return obj.last_checked

    @admin.display(description=_("link"))
    def link(self, obj):
        return format_html('<a href="{}" target="_blank" rel="noopener noreferrer">{}</a>', obj.url, _("open"))

    @admin.action(description=_("Mark the selected resources as checked today"))
    def mark_checked_today(self, request, queryset):
        updated = resources_mark_checked(resources=queryset)
        self.message_user(request, _("%(count)d resources marked as checked today.") % {"count": updated})
