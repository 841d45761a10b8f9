from django.contrib import admin

from careers.models import Resource, Role, RoleSkill, Skill


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["name", "group", "trend"]
    list_filter = ["group", "trend"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


class RoleSkillInline(admin.TabularInline):
    model = RoleSkill
    extra = 1
    autocomplete_fields = ["skill"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["name", "outlook"]
    list_filter = ["outlook"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RoleSkillInline]


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["title", "provider", "kind", "level", "cost", "language"]
    list_filter = ["kind", "level", "cost", "language"]
    search_fields = ["title", "provider"]
    autocomplete_fields = ["skills"]
