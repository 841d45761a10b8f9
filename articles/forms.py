"""Admin forms of the newsroom: the article editor, workflow steps and image uploads."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminSplitDateTime
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorFormField
from django_prose_editor.widgets import AdminProseEditorWidget
from simple_history.models import to_historic
from taggit.models import Tag

from articles import revisions, services
from articles.models import Article, Image
from articles.sanitize import sanitize_html
from articles.validators import validate_image_file
from careers.models import Skill
from portal.admin_forms import SafeAutocompleteSelectMultiple, SafeModelMultipleChoiceField
from portal.middleware import RequestNonce

# What the body editor offers; the server-side allow-list (articles.sanitize) is the authority.
BODY_EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Heading": {"levels": [2, 3, 4]},
        "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "Code": True,
        "CodeBlock": True,
        "HardBreak": True,
        "HorizontalRule": True,
        "Figure": True,
        "Caption": True,
        "Image": True,
        "History": True,
    }
}

SEO_HINTS = {"seo_title": 60, "seo_description": 160}


class TagLikeAutocomplete(SafeAutocompleteSelectMultiple):
    """select2 choices without the "clear all" button: select2 puts that button straight inside its list of
    chosen items (a <span> in a <ul>, invalid list markup for screen readers), and one click on it drops
    every choice. Each chosen item keeps its own remove button."""

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs=extra_attrs)
        attrs["data-allow-clear"] = "false"
        return attrs


class LabelledAdminSplitDateTime(AdminSplitDateTime):
    """The admin's date + time inputs, each with its own <label> ("Date", "Time", plus the field's name for
    screen readers): Django's widget shows those words as bare text, so the inputs have no accessible name."""

    template_name = "articles/widgets/split_datetime.html"  # app templates: widgets render with them

    def __init__(self, attrs=None, group_label=""):
        super().__init__(attrs)
        self.group_label = group_label

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["group_label"] = self.group_label
        return context


class BodyEditorWidget(AdminProseEditorWidget):
    """The admin's prose editor, its media carrying the request's CSP nonce (it renders an inline import map)."""

    @property
    def media(self):
        return super().media.with_nonce(RequestNonce())


class ArticleAdminForm(forms.ModelForm):
    body = ProseEditorFormField(
        label=_("body"),
        required=False,
        config=BODY_EDITOR_CONFIG,
        sanitize=sanitize_html,
        widget=BodyEditorWidget,
        help_text=_(
            "Pictures in the text must come from the image library: open “Insert a picture”, copy the picture's "
            "address and paste it into the editor's image button."
        ),
    )
    tags = SafeModelMultipleChoiceField(
        label=_("tags"),
        queryset=Tag.objects.all(),
        required=False,
        widget=TagLikeAutocomplete(Article._meta.get_field("tags"), admin.site),
        help_text=_("Start typing to find existing tags."),
    )
    new_tags = forms.CharField(
        label=_("new tags"),
        required=False,
        max_length=300,
        help_text=_("Tags that do not exist yet, separated by commas."),
    )
    suggested_skills = SafeModelMultipleChoiceField(
        label=_("suggested skills"),
        queryset=Skill.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Skills whose names appear in the text but are not linked yet. Tick the ones readers should reach "
            "from this article; nothing is linked without your choice."
        ),
    )
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)
    # Filled when a save is refused as stale: what differs between the saved version and this form's.
    stale_changes: list[dict] = []
    restore_byline = forms.BooleanField(
        required=False,
        initial=True,
        help_text=_("Replaces the byline below with the authors this revision had, in their order."),
    )

    class Meta:
        model = Article
        fields = [
            "title", "slug", "summary", "body", "cover", "category", "tags", "skills", "featured", "language",
            "inline_related_after", "status", "published_at", "expires_at", "seo_title", "seo_description",
        ]  # fmt: skip
        widgets = {
            "published_at": LabelledAdminSplitDateTime,
            "expires_at": LabelledAdminSplitDateTime,
            "skills": TagLikeAutocomplete(Article._meta.get_field("skills"), admin.site),
        }

    class Media:
        js = ["js/admin-form-labels.js"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["loaded_version"].initial = services.article_version(self.instance)
        if "suggested_skills" in self.fields:
            # Offered from the stored text: what the last save mentioned.
            suggestions = services.suggest_skills_for_article(article=self.instance) if self.instance.pk else []
            self.fields["suggested_skills"].queryset = Skill.objects.filter(pk__in=[s.pk for s in suggestions])
        self._offer_revision_tags()
        self._offer_revision_byline()
        for field in self.fields.values():
            if isinstance(field.widget, LabelledAdminSplitDateTime):
                field.widget.group_label = field.label
        for name, hint in SEO_HINTS.items():
            if name in self.fields:
                current = len(getattr(self.instance, name, "") or "")
                self.fields[name].help_text = _(
                    "Best up to %(hint)s characters (now %(current)s); search engines cut longer text. "
                    "Left empty, the %(fallback)s is used."
                ) % {"hint": hint, "current": current, "fallback": _("title") if name == "seo_title" else _("summary")}
                self.fields[name].widget.attrs["data-recommended-length"] = hint

    def _offer_revision_byline(self):
        """On a revision's restore page, offer that revision's byline (the inline shows today's)."""
        names = revision_byline(self.instance)
        if not names:
            self.fields.pop("restore_byline", None)
            return
        self.fields["restore_byline"].label = _("Restore this revision's byline: %(names)s") % {
            "names": ", ".join(names)
        }

    def _offer_revision_tags(self):
        """On a revision's restore page, preselect the tags that revision had (simple_history does not keep M2M)."""
        record = to_historic(self.instance)
        if record is None or self.is_bound or "tags" not in self.fields:
            return
        names = [name.strip() for name in (record.tag_names or "").split(",") if name.strip()]
        existing = list(Tag.objects.filter(name__in=names))
        self.initial["tags"] = existing
        known = {tag.name for tag in existing}
        self.initial["new_tags"] = ", ".join(name for name in names if name not in known)

    def clean(self):
        cleaned = super().clean()
        # Read now: once saved, the instance is no longer the revision being restored.
        self.restored_byline = revision_byline(self.instance) if cleaned.get("restore_byline") else []
        # Checked again by the service under the row lock; here, so the editor gets a form error.
        self._check_fresh(cleaned)
        cover = cleaned.get("cover")
        if cover is not None and not (cover.alt_text or "").strip():
            self.add_error("cover", _("The cover picture needs alt text; add it in the image library."))
        return cleaned

    def _check_fresh(self, cleaned: dict) -> None:
        """Refuse a save over someone else's newer one, listing what differs; the editor's text stays in the form.

        The form then carries the saved version: saving again, having seen the differences, keeps this text.
        """
        try:
            services.article_check_fresh(article=self.instance, expected_version=self.opened_version())
        except services.StaleEdit as refusal:
            saved = Article.objects.get(pk=self.instance.pk)
            names = [name for name in services.ARTICLE_FIELDS if name in cleaned]
            theirs, mine = revisions.model_fields_of(saved, names), cleaned
            self.stale_changes = revisions.describe((name, theirs[name], mine[name]) for name in names)
            self.data = self.data.copy()
            self.data[self.add_prefix("loaded_version")] = services.article_version(saved)
            raise forms.ValidationError(
                [
                    *refusal.messages,
                    _(
                        "What differs between the saved version and yours is listed below (struck through: "
                        "saved; underlined: yours), and your text is still in the form. Save again "
                        "to replace the saved version with yours."
                    ),
                ]
            ) from refusal

    def clean_new_tags(self):
        # Commas only, as the help text says: "pelatihan ulang" is one tag, not two.
        names = (name.strip() for name in (self.cleaned_data.get("new_tags") or "").split(","))
        names = list(dict.fromkeys(name for name in names if name))
        errors = services.tag_name_errors(names)
        if errors:
            raise forms.ValidationError(errors)
        return names

    def opened_version(self) -> str | None:
        """Return the version of the article this form was opened on (None for a new article)."""
        return self.data.get(self.add_prefix("loaded_version"), "") if self.instance.pk else None

    def article_edits(self) -> services.ArticleEdits:
        """Return what this form changes, for `article_create` / `article_update` (which save it all)."""
        edits = {name: self.cleaned_data[name] for name in services.ARTICLE_FIELDS if name in self.cleaned_data}
        if "tags" in self.fields:
            edits["tags"] = [tag.name for tag in self.cleaned_data.get("tags") or []] + self.cleaned_data["new_tags"]
        if "skills" in self.fields:
            accepted = self.cleaned_data.get("suggested_skills") or []
            edits["skills"] = list(dict.fromkeys([*self.cleaned_data.get("skills", []), *accepted]))
        if self.restored_byline:
            # Authors deleted since the revision are left out; the revision keeps their names.
            edits["authors"], _missing = services.byline_from_names(self.restored_byline)
        return edits

    def _save_m2m(self):
        """Nothing to do: the article service saved the tags, skills and byline with the article."""


def revision_byline(article) -> list[str]:
    """Return the byline of the revision being restored when it differs from today's (else [])."""
    record = to_historic(article) if article is not None else None
    if record is None:
        return []
    names = [name.strip() for name in (record.author_names or "").split(",") if name.strip()]
    current = [author.name for author in Article.objects.get(pk=article.pk).byline_authors] if article.pk else []
    return names if names != current else []


class TransitionForm(forms.Form):
    """The confirmation of one workflow step: an optional note, and a time when publishing."""

    note = forms.CharField(
        label=_("note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kept in the article's workflow log. Required when sending an article back."),
    )
    at = forms.SplitDateTimeField(
        label=_("publish time"),
        required=False,
        widget=LabelledAdminSplitDateTime(group_label=_("publish time")),
        help_text=_("Leave empty to publish now. A time in the future schedules the article."),
    )

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        if action != "publish":
            del self.fields["at"]
        if action == "send_back":
            self.fields["note"].required = True


class LibraryImageField(forms.ImageField):
    """An image upload checked by our own limits before Django's ImageField opens it."""

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        validate_image_file(upload)
        return super().to_python(data)


class ImageAdminForm(forms.ModelForm):
    file = LibraryImageField(
        label=_("file"), help_text=_("A JPEG, PNG, WebP or GIF picture, at most 10 MB and 40 megapixels.")
    )

    class Meta:
        model = Image
        fields = ["file", "alt_text", "caption", "credit"]
