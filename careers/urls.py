from django.urls import path

from careers import views

app_name = "careers"

urlpatterns = [
    path("", views.HubView.as_view(), name="hub"),
    path("skills/<slug:slug>/", views.SkillDetailView.as_view(), name="skill_detail"),
    path("roles/<slug:slug>/", views.RoleDetailView.as_view(), name="role_detail"),
]
