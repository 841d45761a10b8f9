import datetime
import re
import unicodedata

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models import EnglishNamed, english_name_field


class SkillGroup(models.TextChoices):
    AI_DATA = "ai-data", _("AI & data")
    CLOUD = "cloud", _("Cloud & infrastructure")
    SECURITY = "security", _("Security")
    SOFTWARE = "software", _("Software engineering")
    PRODUCT = "product", _("Product & management")
    HUMAN = "human", _("Human skills")


class Trend(models.TextChoices):
    RISING = "rising", _("Rising")
    STEADY = "steady", _("Steady")
    DECLINING = "declining", _("Declining")


class Skill(EnglishNamed, models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    name_en = english_name_field(max_length=100)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("what it is"), blank=True)
    why_now = models.TextField(
        _("why it matters now"), blank=True, help_text=_("One or two sentences on why employers want this today.")
    )
    group = models.CharField(_("group"), max_length=20, choices=SkillGroup.choices, default=SkillGroup.AI_DATA)
    trend = models.CharField(_("demand trend"), max_length=12, choices=Trend.choices, default=Trend.STEADY)
    aliases = models.TextField(
        _("aliases"),
        blank=True,
        help_text=_(
            "Other names for this skill, one per line, in Indonesian and English "
            "(e.g. “analisis data” and “data analysis”). Used to find mentions in articles and widen searches."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("careers:skill_detail", kwargs={"slug": self.slug})

    @property
    def alias_list(self) -> list[str]:
        """Return the skill's name and aliases, without blanks or duplicates."""
        seen, names = set(), []
        for raw in [self.name, *self.aliases.splitlines()]:
            term = raw.strip()
            key = fold(term)
            if term and key not in seen:
                seen.add(key)
                names.append(term)
        return names


def fold(text: str) -> str:
    """Return text lower-cased without accents, for matching mentions."""
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"\s+", " ", "".join(c for c in decomposed if not unicodedata.combining(c))).casefold().strip()


STALE_AFTER_DAYS = 180
STALE_AFTER = datetime.timedelta(days=STALE_AFTER_DAYS)


class ResourceKind(models.TextChoices):
    COURSE = "course", _("Course")
    CERTIFICATION = "certification", _("Certification")
    BOOK = "book", _("Book")
    VIDEO = "video", _("Video")
    BOOTCAMP = "bootcamp", _("Bootcamp")
    GUIDE = "guide", _("Guide")


class Level(models.IntegerChoices):
    BEGINNER = 1, _("Beginner")
    INTERMEDIATE = 2, _("Intermediate")
    ADVANCED = 3, _("Advanced")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    FREEMIUM = "freemium", _("Freemium")
    PAID = "paid", _("Paid")


class ResourceLanguage(models.TextChoices):
    INDONESIAN = "id", _("Indonesian")
    ENGLISH = "en", _("English")


class Resource(models.Model):
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(
        _("URL"), max_length=500, unique=True, help_text=_("The page where a reader starts this course, book or guide.")
    )
    provider = models.CharField(_("provider"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices, default=ResourceKind.COURSE)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices, default=Level.BEGINNER)
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    language = models.CharField(
        _("language"), max_length=2, choices=ResourceLanguage.choices, default=ResourceLanguage.ENGLISH
    )
    hours = models.PositiveIntegerField(_("estimated hours"), default=1)
    skills = models.ManyToManyField(Skill, related_name="resources", verbose_name=_("skills taught"))
    last_checked = models.DateField(
        _("last checked"), null=True, blank=True, help_text=_("When someone last confirmed the link works.")
    )

    class Meta:
        ordering = ["level", "title"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self):
        return self.title

    @property
    def is_free(self) -> bool:
        return self.cost == Cost.FREE

    @property
    def is_stale(self) -> bool:
        """Return True when nobody has confirmed the link in the last STALE_AFTER_DAYS days."""
        return self.last_checked is None or self.last_checked < timezone.localdate() - STALE_AFTER


class Outlook(models.TextChoices):
    AT_RISK = "at-risk", _("At risk from automation")
    CHANGING = "changing", _("Changing")
    EMERGING = "emerging", _("Emerging")


class Role(EnglishNamed, models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    name_en = english_name_field(max_length=100)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)
    outlook = models.CharField(_("outlook"), max_length=10, choices=Outlook.choices, default=Outlook.CHANGING)
    skills = models.ManyToManyField(Skill, through="RoleSkill", related_name="roles", verbose_name=_("skills"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("careers:role_detail", kwargs={"slug": self.slug})


class Importance(models.TextChoices):
    CORE = "core", _("Core")
    USEFUL = "useful", _("Useful")


class RoleSkill(models.Model):
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="role_skills", verbose_name=_("role"))
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="role_skills", verbose_name=_("skill"))
    importance = models.CharField(_("importance"), max_length=8, choices=Importance.choices, default=Importance.CORE)

    class Meta:
        ordering = ["importance", "skill__name"]
        constraints = [models.UniqueConstraint(fields=["role", "skill"], name="unique_role_skill")]
        verbose_name = _("role skill")
        verbose_name_plural = _("role skills")

    def __str__(self):
        return f"{self.role} – {self.skill} ({self.get_importance_display()})"
