"""Admin choice fields and autocomplete widgets that answer tampered ids with a form error, not HTTP 500.

Django's `ModelMultipleChoiceField` catches ValueError but not the OverflowError an id past
64 bits raises in the database driver; `SafeModelMultipleChoiceField` refuses such ids first.

Re-rendering a form whose autocomplete field was posted as "abc" or a number past 64 bits
makes Django's `AutocompleteMixin.optgroups` query with it and raise ValueError or
OverflowError. The form already reports the field as invalid, so the widget only has to
leave such values out. Admin classes with `autocomplete_fields` inherit `SafeAutocompleteAdmin`,
which hands Django these subclasses through `formfield_for_foreignkey`/`_manytomany`'s
`widget=` and `form_class=` arguments (Django's own extension points); nothing of Django's is patched.
"""

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError

DATABASE_INTEGERS = range(-(2**63), 2**63)


class IgnoreTamperedIds:
    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        meta = remote.model._meta
        target = meta.get_field(getattr(remote, "field_name", None) or meta.pk.name)
        return super().optgroups(name, [item for item in value if _storable(target, item)], attr)


def _storable(target, item) -> bool:
    try:
        converted = target.to_python(item)
    except (ValidationError, ValueError, TypeError, OverflowError):
        return False
    return not isinstance(converted, int) or converted in DATABASE_INTEGERS


class SafeModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def clean(self, value):
        if isinstance(value, (list, tuple)):
            meta = self.queryset.model._meta
            target = meta.pk if self.to_field_name in (None, "pk") else meta.get_field(self.to_field_name)
            for item in value:
                if not _storable(target, item):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": item}
                    )
        return super().clean(value)


class SafeAutocompleteSelect(IgnoreTamperedIds, AutocompleteSelect):
    pass


class SafeAutocompleteSelectMultiple(IgnoreTamperedIds, AutocompleteSelectMultiple):
    pass


class SafeAutocompleteAdmin:
    """Mix into a ModelAdmin or inline (before it) so its autocomplete fields use the safe widgets."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = SafeAutocompleteSelectMultiple(db_field, self.admin_site, using=kwargs.get("using"))
        kwargs.setdefault("form_class", SafeModelMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
