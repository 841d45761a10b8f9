"""The newsroom admin: the editors' product. Every state change goes through articles.services."""

import calendar
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms.formsets import DELETION_FIELD_NAME
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from simple_history.admin import SimpleHistoryAdmin

from articles import revisions, services
from articles.forms import ArticleAdminForm, ImageAdminForm, TransitionForm, revision_byline
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleTransition,
    Author,
    Category,
    Image,
    RelatedRead,
    Status,
)
from articles.services import Action
from articles.views import render_preview
from portal import changes
from portal.admin_forms import SafeAutocompleteAdmin

# Months the publishing calendar shows (outside them, weeks would run past the dates Python knows).
CALENDAR_YEARS = (1900, 2999)

# Fields only editors may set; for writers they are shown read-only and kept as stored.
EDITOR_FIELDS = ["published_at", "expires_at", "featured"]
# Fields that change only through a workflow step, for everyone.
WORKFLOW_FIELDS = ["status"]

# Fields the compare screen shows, in this order (text word by word, see articles.revisions).
DIFF_FIELDS = [
    "title",
    "slug",
    "summary",
    "body",
    "status",
    "published_at",
    "expires_at",
    "category",
    "cover",
    "featured",
    "language",
    "seo_title",
    "seo_description",
    "inline_related_after",
    "tag_names",
    "author_names",
]


def status_text(article: Article) -> str:
    """Return the state in plain words: draft / in review / scheduled for <time> / published / archived."""
    if article.is_scheduled:
        when = date_format(timezone.localtime(article.published_at), "DATETIME_FORMAT")
        return _("Scheduled for %(time)s") % {"time": when}
    if article.status == Status.PUBLISHED and article.expires_at and article.expires_at <= timezone.now():
        return _("Expired")
    return article.get_status_display()


class LabelledInlineFormSet(BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if DELETION_FIELD_NAME in form.fields:
            form.fields[DELETION_FIELD_NAME].widget.attrs["aria-label"] = capfirst(
                form.fields[DELETION_FIELD_NAME].label
            )


class LabelledTabularInline(SafeAutocompleteAdmin, admin.TabularInline):
    """A table of inline rows whose inputs have accessible names (Django labels only the column headers)."""

    formset = LabelledInlineFormSet

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and not field.widget.is_hidden:
            field.widget.attrs.setdefault("aria-label", capfirst(field.label))
        return field


class ArticleAuthorInline(LabelledTabularInline):
    model = ArticleAuthor
    extra = 0
    autocomplete_fields = ["author"]
    verbose_name = gettext_lazy("author")
    verbose_name_plural = gettext_lazy("byline (in order)")

    def has_change_permission(self, request, obj=None):
        return obj is None or services.article_can(user=request.user, article=obj, action=Action.EDIT)

    has_add_permission = has_change_permission
    has_delete_permission = has_change_permission


class RelatedReadInline(LabelledTabularInline):
    model = RelatedRead
    fk_name = "article"
    extra = 0
    autocomplete_fields = ["related"]
    verbose_name_plural = gettext_lazy("related reads (in order)")

    def has_change_permission(self, request, obj=None):
        return obj is None or services.article_can(user=request.user, article=obj, action=Action.EDIT)

    has_add_permission = has_change_permission
    has_delete_permission = has_change_permission


class StatusFilter(admin.SimpleListFilter):
    title = gettext_lazy("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", gettext_lazy("Draft")),
            ("review", gettext_lazy("In review")),
            ("scheduled", gettext_lazy("Scheduled")),
            ("live", gettext_lazy("Published")),
            ("archived", gettext_lazy("Archived")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        value = self.value()
        if value in {Status.DRAFT, Status.REVIEW, Status.ARCHIVED}:
            return queryset.filter(status=value)
        if value == "scheduled":
            return queryset.scheduled(at=now)
        if value == "live":
            return queryset.published(at=now)
        return queryset


class AuthorFilter(admin.SimpleListFilter):
    title = gettext_lazy("author")
    parameter_name = "author"

    def lookups(self, request, model_admin):
        return [(str(a.pk), a.name) for a in Author.objects.filter(article_links__isnull=False).distinct()]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(authors__pk=self.value())
        return queryset


class TagFilter(admin.SimpleListFilter):
    title = gettext_lazy("tag")
    parameter_name = "tag"

    def lookups(self, request, model_admin):
        from taggit.models import Tag

        return [(t.slug, t.name) for t in Tag.objects.filter(articles_taggedarticle_items__isnull=False).distinct()]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(tags__slug=self.value())
        return queryset


def _bulk(modeladmin, request, queryset, action: Action):
    """Apply one workflow step to each selected article, through the service and its permission check."""
    done, refused = [], []
    for article in queryset:
        if action == Action.PUBLISH and article.is_published:
            continue
        try:
            services.article_apply(article=article, by=request.user, action=action)
            done.append(article)
        except (PermissionDenied, ValidationError):
            refused.append(article)
    if done:
        modeladmin.message_user(
            request,
            _("%(action)s: %(count)d article(s).") % {"action": services.action_label(action), "count": len(done)},
            messages.SUCCESS,
        )
    if refused:
        modeladmin.message_user(
            request,
            _("Not allowed or not possible in their current state (%(action)s): %(titles)s")
            % {"action": services.action_label(action), "titles": ", ".join(a.title for a in refused)},
            messages.ERROR,
        )


@admin.action(description=gettext_lazy("Submit selected articles for review"), permissions=["change"])
def submit_articles(modeladmin, request, queryset):
    _bulk(modeladmin, request, queryset, Action.SUBMIT)


@admin.action(description=gettext_lazy("Publish selected articles now"), permissions=["publish"])
def publish_articles(modeladmin, request, queryset):
    _bulk(modeladmin, request, queryset, Action.PUBLISH)


@admin.action(description=gettext_lazy("Unpublish selected articles"), permissions=["publish"])
def unpublish_articles(modeladmin, request, queryset):
    _bulk(modeladmin, request, queryset, Action.UNPUBLISH)


@admin.action(description=gettext_lazy("Archive selected articles"), permissions=["publish"])
def archive_articles(modeladmin, request, queryset):
    _bulk(modeladmin, request, queryset, Action.ARCHIVE)


def inline_relations(formsets) -> dict:
    """Return the byline and related reads the inlines ask for (only those that changed), in their order.

    The inlines are not saved themselves: the article service writes what they hold.
    """
    relations = {}
    for formset in formsets:
        # The change message reads what a formset saved; the history keeps the details instead.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if formset.model not in INLINE_RELATIONS or not formset.has_changed():
            continue
        relation, target = INLINE_RELATIONS[formset.model]
        posted = {form.instance.pk for form in formset.forms if form.instance.pk}
        # Stored rows the form did not post stay as they are; posted rows say what they become.
        rows = [(link.order, getattr(link, target)) for link in formset.get_queryset() if link.pk not in posted]
        for form in formset.forms:
            data = form.cleaned_data
            if data and not data.get(DELETION_FIELD_NAME) and data.get(target):
                rows.append((data.get("order") or 0, data[target]))
        relations[relation] = [linked for _order, linked in sorted(rows, key=lambda row: row[0])]
    return relations


# Inline model -> (article_update argument, the row's field naming the linked object).
INLINE_RELATIONS = {ArticleAuthor: ("authors", "author"), RelatedRead: ("related", "related")}


@admin.register(Article)
class ArticleAdmin(SafeAutocompleteAdmin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    change_form_template = "articles/admin/article_change_form.html"
    object_history_template = "articles/admin/object_history.html"
    object_history_list_template = "articles/admin/object_history_list.html"
    list_display = ["title", "status_label", "category", "byline", "published_at", "featured", "updated_at"]
    list_filter = [StatusFilter, "category", AuthorFilter, TagFilter, "featured"]
    search_fields = ["title", "summary"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "cover", "skills"]
    inlines = [ArticleAuthorInline, RelatedReadInline]
    list_select_related = ["category"]
    actions = [submit_articles, publish_articles, unpublish_articles, archive_articles]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "body", "loaded_version"]}),
        (gettext_lazy("Cover picture"), {"fields": ["cover"]}),
        (
            gettext_lazy("Placement"),
            {
                "fields": [
                    "category",
                    "tags",
                    "new_tags",
                    "skills",
                    "suggested_skills",
                    "featured",
                    "language",
                    "inline_related_after",
                ]
            },
        ),
        (gettext_lazy("Publishing"), {"fields": ["status_label", "workflow_log", "published_at", "expires_at"]}),
        (gettext_lazy("Search engines"), {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if revision_byline(obj):  # a revision's restore page whose byline differs from today's
            placement = fieldsets[2][1]
            with_byline = (fieldsets[2][0], {**placement, "fields": [*placement["fields"], "restore_byline"]})
            fieldsets = [*fieldsets[:2], with_byline, *fieldsets[3:]]
        return fieldsets

    # --- permissions: the server-side half of every button ---

    def has_publish_permission(self, request):
        return services.user_is_editor(request.user)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or services.article_can(user=request.user, article=obj, action=Action.EDIT)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or services.article_can(user=request.user, article=obj, action=Action.DELETE)

    def get_readonly_fields(self, request, obj=None):
        fields = [*WORKFLOW_FIELDS, "status_label", "workflow_log"]
        if not services.user_is_editor(request.user):
            fields += EDITOR_FIELDS
        return fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("category", "cover", "created_by").with_bylines()

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_published else None

    # --- list columns ---

    @admin.display(description=gettext_lazy("status"), ordering="status")
    def status_label(self, obj):
        return status_text(obj)

    @admin.display(description=gettext_lazy("authors"))
    def byline(self, obj):
        return ", ".join(author.name for author in obj.byline_authors)

    @admin.display(description=gettext_lazy("workflow log"))
    def workflow_log(self, obj):
        if not obj or not obj.pk:
            return "–"
        steps = list(obj.transitions.select_related("by")[:5])
        if not steps:
            return _("No workflow steps yet.")
        return format_html(
            "<ul class='workflow-log'>{}</ul>",
            format_html(
                "".join(["<li>{}</li>"] * len(steps)),
                *[
                    _("%(when)s – %(who)s: %(from)s → %(to)s%(note)s")
                    % {
                        "when": date_format(timezone.localtime(step.at), "DATETIME_FORMAT"),
                        "who": step.by or "–",
                        "from": step.get_from_status_display(),
                        "to": step.get_to_status_display(),
                        "note": f" – “{step.note}”" if step.note else "",
                    }
                    for step in steps
                ],
            ),
        )

    # --- saving ---

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The row and its inlines are two service calls; readers and search hear of them once.
        with changes.batch():
            return super().changeform_view(request, object_id, form_url, extra_context)

    def delete_model(self, request, obj):
        services.article_delete(article=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        with changes.batch():
            for article in queryset:
                services.article_delete(article=article, by=request.user)

    def save_model(self, request, obj, form, change):
        """Save the article, its tags, skills and (restored) byline through the article services."""
        edits = form.article_edits()
        if change:
            services.article_update(
                article=obj, by=request.user, expected_version=form.opened_version(), reason=_("Edited."), **edits
            )
        else:
            services.article_create(article=obj, by=request.user, **edits)

    def save_related(self, request, form, formsets, change):
        """Save the byline and related reads of the inlines, through the article services."""
        relations = inline_relations(formsets)
        if relations:
            services.article_update(article=form.instance, by=request.user, keep_revision=True, **relations)
        waiting = services.suggest_skills_for_article(article=form.instance)
        if waiting:
            self.message_user(
                request,
                _(
                    "Skills mentioned in the text but not linked: %(names)s. Tick them under “suggested skills” to link them."
                )
                % {"names": ", ".join(skill.name for skill in waiting)},
                messages.INFO,
            )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["workflow_buttons"] = [
                (action.value, services.action_label(action).capitalize())
                for action in services.TRANSITIONS
                if services.article_can(user=request.user, article=obj, action=action)
            ]
            context["preview_url"] = reverse("admin:articles_article_preview", args=[obj.pk])
            if services.article_can(user=request.user, article=obj, action=Action.EDIT):
                context["share_url"] = reverse("admin:articles_article_share", args=[obj.pk])
        context["image_picker_url"] = reverse("admin:articles_image_picker")
        return super().render_change_form(request, context, add, change, form_url, obj)

    # --- extra screens ---

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("calendar/", view(self.calendar_view), name="articles_article_calendar"),
            path("<path:object_id>/preview/", view(self.preview_view), name="articles_article_preview"),
            path("<path:object_id>/share/", view(self.share_view), name="articles_article_share"),
            path("<path:object_id>/step/<str:action>/", view(self.transition_view), name="articles_article_transition"),
            path("<path:object_id>/history/compare/", view(self.diff_view), name="articles_article_diff"),
            *super().get_urls(),
        ]

    def _get_viewable(self, request, object_id) -> Article:
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        return article

    def transition_view(self, request, object_id, action):
        """Confirm and run one workflow step (GET shows the form, POST runs the service)."""
        article = self._get_viewable(request, object_id)
        try:
            action = Action(action)
        except ValueError:
            raise Http404 from None
        if action not in services.TRANSITIONS:
            raise Http404
        services.article_check(user=request.user, article=article, action=action)
        form = TransitionForm(request.POST or None, action=action, initial={"at": article.published_at})
        if request.method == "POST" and form.is_valid():
            kwargs = {}
            if action in {Action.SEND_BACK, Action.UNPUBLISH, Action.ARCHIVE}:
                kwargs["note"] = form.cleaned_data["note"]
            if action == Action.PUBLISH:
                kwargs["at"] = form.cleaned_data.get("at")
            try:
                services.article_apply(article=article, by=request.user, action=action, **kwargs)
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                self.message_user(request, _("Done: %(action)s.") % {"action": services.action_label(action)})
                if self.has_change_permission(request, article) or self.has_view_permission(request, article):
                    return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
                return HttpResponseRedirect(reverse("admin:articles_article_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": services.action_label(action).capitalize(),
            "opts": self.opts,
            "original": article,
            "form": form,
            "action": action,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "articles/admin/transition.html", context)

    def get_historical_record_context_helper(self, request, historical_record):
        return revisions.RevisionChanges(self.model, historical_record)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        for record in historical_records:
            record.when = revisions.local_time(record.history_date)
            record.made_by = revisions.made_by(record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple_history lets anyone who may view the history post a revert; restoring is an edit.
        if request.method == "POST":
            article = self.get_object(request, unquote(object_id))
            if article is None or not self.has_change_permission(request, article):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def preview_view(self, request, object_id):
        article = self._get_viewable(request, object_id)
        return render_preview(request, article_id=article.pk)

    def share_view(self, request, object_id):
        """List the article's live preview links; make a new one, or revoke them all (POST)."""
        article = self._get_viewable(request, object_id)
        if not services.article_can(user=request.user, article=article, action=Action.EDIT):
            raise PermissionDenied
        here = reverse("admin:articles_article_share", args=[article.pk])
        if request.method == "POST":
            if request.POST.get("do") == "revoke":
                count = services.preview_revoke_all(article=article, by=request.user)
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d preview link revoked: it no longer opens the article.",
                        "%(count)d preview links revoked: they no longer open the article.",
                        count,
                    )
                    % {"count": count},
                )
            else:
                services.preview_share(article=article, by=request.user)
                self.message_user(request, _("A new preview link was made. Copy it below."))
            return HttpResponseRedirect(here)
        links = [
            (
                link,
                request.build_absolute_uri(
                    reverse("articles:article_preview", args=[services.preview_token(link=link)])
                ),
            )
            for link in services.preview_links_live(article=article)
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Share a preview"),
            "opts": self.opts,
            "original": article,
            "links": links,
            "days": settings.PREVIEW_LINK_MAX_AGE // 86400,
        }
        return never_cache(lambda r: TemplateResponse(r, "articles/admin/share_preview.html", context))(request)

    def diff_view(self, request, object_id):
        """Show what changed between two revisions, field by field."""
        article = self._get_viewable(request, object_id)
        records = article.history.select_related("history_user")
        try:
            old = records.get(history_id=int(request.GET.get("a", "")))
            new = records.get(history_id=int(request.GET.get("b", "")))
        except (ValueError, Article.history.model.DoesNotExist):
            self.message_user(request, _("Choose two revisions to compare."), messages.WARNING)
            return HttpResponseRedirect(reverse("admin:articles_article_history", args=[article.pk]))
        if old.history_date > new.history_date:
            old, new = new, old
        before, after = revisions.model_fields_of(old, DIFF_FIELDS), revisions.model_fields_of(new, DIFF_FIELDS)
        changes = revisions.describe((name, before[name], after[name]) for name in DIFF_FIELDS)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare revisions"),
            "opts": self.opts,
            "original": article,
            "old": old,
            "new": new,
            "old_when": revisions.local_time(old.history_date),
            "old_who": revisions.made_by(old),
            "new_when": revisions.local_time(new.history_date),
            "new_who": revisions.made_by(new),
            "changes": changes,
            "can_revert": self.has_change_permission(request, article),
        }
        return TemplateResponse(request, "articles/admin/revision_diff.html", context)

    def calendar_view(self, request):
        """Show one month, day by day: what is scheduled and what was published."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        today = timezone.localdate()
        try:
            year, month = (int(part) for part in request.GET.get("month", "").split("-"))
            if not CALENDAR_YEARS[0] <= year <= CALENDAR_YEARS[1]:
                raise ValueError(year)
            first = date(year, month, 1)
        except ValueError:
            if "month" in request.GET:
                self.message_user(request, _("There is no such month; here is this month."), messages.WARNING)
            first = today.replace(day=1)
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
        start, end = weeks[0][0], weeks[-1][-1] + timedelta(days=1)
        tz = timezone.get_current_timezone()
        articles = (
            Article.objects.filter(status=Status.PUBLISHED)
            .filter(
                published_at__gte=datetime.combine(start, time.min, tzinfo=tz),
                published_at__lt=datetime.combine(end, time.min, tzinfo=tz),
            )
            .only("pk", "title", "status", "published_at", "expires_at")
            .order_by("published_at")
        )
        by_day: dict[date, list] = {}
        for article in articles:
            by_day.setdefault(timezone.localtime(article.published_at).date(), []).append(article)
        previous = (first - timedelta(days=1)).replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Publishing calendar"),
            "opts": self.opts,
            "month": first,
            "today": today,
            "weeks": [[(day, by_day.get(day, [])) for day in week] for week in weeks],
            "weekdays": [date_format(weeks[0][i], "D") for i in range(7)],
            "previous": f"{previous:%Y-%m}",
            "following": f"{following:%Y-%m}",
        }
        return TemplateResponse(request, "articles/admin/calendar.html", context)


@admin.register(ArticleTransition)
class ArticleTransitionAdmin(admin.ModelAdmin):
    list_display = ["article_title", "from_status", "to_status", "by", "at", "note"]
    list_filter = ["to_status"]
    list_select_related = ["article", "by"]
    search_fields = ["article__title", "note"]
    date_hierarchy = "at"

    @admin.display(description=gettext_lazy("article"), ordering="article__title")
    def article_title(self, obj):
        return obj.article

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Author)
class AuthorAdmin(SafeAutocompleteAdmin, admin.ModelAdmin):
    list_display = ["name", "job_title", "is_team"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["avatar", "user"]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageAdminForm
    list_display = ["thumbnail", "alt_text", "width", "height", "uploader", "created_at"]
    list_select_related = ["uploaded_by"]
    search_fields = ["alt_text", "caption", "credit"]

    @admin.display(description=gettext_lazy("uploaded by"), ordering="uploaded_by")
    def uploader(self, obj):
        return obj.uploaded_by

    @admin.display(description=gettext_lazy("picture"))
    def thumbnail(self, obj):
        url = obj.renditions.get("fallback", [[0, ""]])[0][1] if obj.renditions.get("fallback") else ""
        return format_html('<img src="{}" alt="" width="80" loading="lazy">', url) if url else "–"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def has_change_permission(self, request, obj=None):
        """Writers may fix their own uploads; editors any picture in the library.

        One picture can illustrate many stories, so changing someone else's (its file, its alt
        text, its credit) changes their articles too. Other pictures stay viewable and usable.
        """
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None or services.user_is_editor(request.user):
            return allowed
        return obj.uploaded_by_id == request.user.pk

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        if not allowed or obj is None or services.user_is_editor(request.user):
            return allowed
        return obj.uploaded_by_id == request.user.pk

    def get_urls(self):
        return [
            path("picker/", self.admin_site.admin_view(self.picker_view), name="articles_image_picker"),
            *super().get_urls(),
        ]

    def picker_view(self, request):
        """List library pictures with the address to paste into the body editor, and take new uploads."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        can_add = self.has_add_permission(request)
        form = ImageAdminForm(request.POST or None, request.FILES or None) if can_add else None
        if request.method == "POST":
            if not can_add:
                raise PermissionDenied
            if form.is_valid():
                image = form.save(commit=False)
                image.uploaded_by = request.user
                image.save()
                self.message_user(request, _("Uploaded. Copy its address below."))
                return HttpResponseRedirect(request.path)
        query = request.GET.get("q", "")[:100]
        images = Image.objects.all()
        if query:
            images = images.filter(alt_text__icontains=query)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Insert a picture"),
            "opts": self.opts,
            "form": form,
            "images": images[:60],
            "query": query,
        }
        return TemplateResponse(request, "articles/admin/image_picker.html", context)
