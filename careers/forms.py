"""GET forms for the careers pages: filters and the path planner (no JavaScript needed)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from careers.models import Cost, Level, ResourceKind, ResourceLanguage, Role
from careers.selectors import roles_by_outlook

ANY = _("Any")


def _with_any(choices, label=ANY):
    return [("", label), *choices]


class ResourceFilterForm(forms.Form):
    """Filters for lists of resources; invalid values are reported and ignored."""

    cost = forms.ChoiceField(label=_("Cost"), required=False, choices=_with_any(Cost.choices))
    language = forms.ChoiceField(label=_("Language"), required=False, choices=_with_any(ResourceLanguage.choices))
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=_with_any(ResourceKind.choices))

    def filters(self) -> dict:
        """Return the valid, non-empty filter values (invalid ones are dropped)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}


class ResourceListFilterForm(ResourceFilterForm):
    """The full filter set of /careers/resources/: skill and level on top of cost, language and kind."""

    skill = forms.ChoiceField(label=_("Skill"), required=False)
    level = forms.TypedChoiceField(
        label=_("Level"), required=False, coerce=int, empty_value=None, choices=_with_any(Level.choices)
    )
    field_order = ["skill", "level", "cost", "language", "kind"]

    def __init__(self, *args, skills=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skill"].choices = _with_any(
            [(skill.slug, skill.display_name) for skill in skills], _("All skills")
        )


class PathForm(forms.Form):
    """Pick the current role and the target role; the URL (?from=…&to=…) is shareable."""

    def __init__(self, *args, roles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = {role.slug: role for role in roles}
        grouped = [
            (label, [(role.slug, role.display_name) for role in members])
            for _value, label, members in roles_by_outlook(roles)
        ]
        # "from" is a Python keyword, so the fields are added by name here.
        self.fields["from"] = forms.ChoiceField(
            label=_("Your current role"),
            choices=[("", _("Choose a role")), *grouped],
            error_messages={
                "required": _("Choose your current role."),
                "invalid_choice": _("We do not know the role “%(value)s”. Choose one from the list."),
            },
        )
        self.fields["to"] = forms.ChoiceField(
            label=_("The role you want"),
            choices=[("", _("Choose a role")), *grouped],
            error_messages={
                "required": _("Choose the role you want to move to."),
                "invalid_choice": _("We do not know the role “%(value)s”. Choose one from the list."),
            },
        )

    def clean(self):
        cleaned = super().clean()
        source, target = cleaned.get("from"), cleaned.get("to")
        if source and target and source == target:
            raise forms.ValidationError(
                _("You picked the same role twice. Choose a different role to move to."), code="identical"
            )
        return cleaned

    @property
    def from_role(self) -> Role | None:
        return self.roles.get(self.cleaned_data.get("from", "")) if self.is_valid() else None

    @property
    def to_role(self) -> Role | None:
        return self.roles.get(self.cleaned_data.get("to", "")) if self.is_valid() else None
