from django.urls import path

from careers import views

app_name = "careers"

urlpatterns = [
    path("", views.HubView.as_view(), name="hub"),
    path("skills/", views.SkillListView.as_view(), name="skill_list"),
    path("skills/<slug:slug>/", views.SkillDetailView.as_view(), name="skill_detail"),
    path("roles/", views.RoleListView.as_view(), name="role_list"),
    path("roles/<slug:slug>/", views.RoleDetailView.as_view(), name="role_detail"),
    path("path/", views.PathView.as_view(), name="path"),
    path("resources/", views.ResourceListView.as_view(), name="resource_list"),
]
