"""Demo newsroom content for `seed_demo`: authors, sections and articles with generated pictures.

Idempotent: everything is looked up by slug and created only when missing, so a second run
changes nothing, keeps what editors changed since, and never re-renders an image. The texts
live in `articles.demo_content`; this module only turns them into rows.
"""

import random
from datetime import timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from articles import services
from articles.demo_content import ARTICLES, AUTHORS, SECTIONS
from articles.models import Article, Author, Category, Image
from portal import changes

COVER_SIZE = (1600, 900)
AVATAR_SIZE = 256
CREDIT = "Ilustrasi: Azura"


def seed(*, stdout=None) -> None:
    """Create the demo authors, sections and articles that are missing."""
    # One change for the whole seed: search indexes it once, the page cache moves on once.
    with changes.batch():
        authors = {spec["slug"]: _author(spec) for spec in AUTHORS}
        sections = {spec["slug"]: _section(spec) for spec in SECTIONS}
        palettes = {spec["slug"]: spec for spec in SECTIONS}
        now = timezone.now()
        articles, new = {}, set()
        for index, spec in enumerate(ARTICLES):
            article, is_new = _article(spec, index, sections, palettes, authors, now)
            articles[spec["slug"]] = article
            if is_new:
                new.add(spec["slug"])
        for spec in ARTICLES:
            if spec["slug"] in new and spec.get("related"):
                related = [articles[slug] for slug in spec["related"]]
                services.article_update(article=articles[spec["slug"]], by=None, related=related)
        linked = _link_skills(articles)
        created = len(new)
    if stdout is not None:
        stdout.write(
            f"Demo articles: {created} created, {len(ARTICLES) - created} already there; {linked} skill links added."
        )


# --- authors and sections -------------------------------------------------------------------


def _author(spec: dict) -> Author:
    author, _created = Author.objects.get_or_create(
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "job_title": spec["job_title"],
            "bio": spec["bio"],
            "is_team": spec.get("is_team", False),
            "website": spec.get("website", ""),
        },
    )
    if author.avatar_id is None:
        author.avatar = _save_image(
            _avatar_picture(spec["initials"], spec["color"]),
            fmt="PNG",
            alt_text=f"Avatar {spec['name']}: inisial {spec['initials']} di atas lingkaran berwarna",
            caption="",
        )
        author.save(update_fields=["avatar"])
    return author


def _section(spec: dict) -> Category:
    section, _created = Category.objects.get_or_create(
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "name_en": spec["name_en"],
            "description": spec["description"],
            "order": spec["order"],
        },
    )
    return section


# --- articles -------------------------------------------------------------------------------


def _publish_time(spec: dict, now):
    """Return the article's publish time, fixed relative to the first run (None for drafts)."""
    if spec.get("status") == "draft":
        return None
    day = timezone.localtime(now) + timedelta(days=spec.get("days_ahead", 0) - spec.get("days_ago", 0))
    hour, minute = spec.get("time", (8, 0))
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


def _article(spec, index, sections, palettes, authors, now) -> tuple[Article, bool]:
    article = Article.objects.filter(slug=spec["slug"]).first()
    if article is not None:
        return article, False
    section = sections[spec["section"]]
    article = services.article_create(
        by=None,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        body=spec["body"],
        category=section,
        featured=spec.get("featured", False),
        language="id",
        seo_description=spec["seo_description"],
        inline_related_after=spec.get("inline_related_after"),
        cover=_cover(spec, index, section, palettes[spec["section"]]),
        tags=spec["tags"],
        authors=[authors[slug] for slug in spec["authors"]],
    )
    published_at = _publish_time(spec, now)
    if published_at is not None:
        services.article_publish(article=article, by=None, at=published_at)
    if published_at is not None and published_at <= now:
        # A demo story should look written at its publish time, not edited when the seed ran.
        Article.objects.filter(pk=article.pk).update(created_at=published_at, updated_at=published_at)
    return article, True


def _link_skills(articles: dict) -> int:
    """Link each article to the careers skills it names, when careers data has them."""
    from careers.models import Skill, fold

    index = {}
    for skill in Skill.objects.all():
        for term in [skill.slug, *skill.alias_list]:
            index.setdefault(fold(term), skill)
    if not index:
        return 0
    added = 0
    for spec in ARTICLES:
        article = articles[spec["slug"]]
        keys = [key for term in spec.get("skills", []) for key in (fold(term), slugify(term))]
        wanted = {index[key] for key in keys if key in index}
        linked = set(article.skills.all())
        if wanted - linked:
            services.article_update(article=article, by=None, skills=[*linked, *(wanted - linked)])
            added += len(wanted - linked)
    return added


# --- pictures -------------------------------------------------------------------------------


def _save_image(picture: PILImage.Image, *, fmt: str, alt_text: str, caption: str) -> Image:
    buffer = BytesIO()
    picture.save(buffer, fmt, **({"quality": 88} if fmt == "JPEG" else {}))
    extension = "jpg" if fmt == "JPEG" else fmt.lower()
    image = Image(
        file=ContentFile(buffer.getvalue(), name=f"demo.{extension}"),
        alt_text=alt_text[:250],
        caption=caption[:300],
        credit=CREDIT,
    )
    image.save()
    return image


def _font(size: int):
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


def _avatar_picture(initials: str, color: str) -> PILImage.Image:
    scale = 4  # draw large, then shrink: smooth edges without anti-aliasing support
    size = AVATAR_SIZE * scale
    picture = PILImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((0, 0, size - 1, size - 1), fill=_hex(color))
    draw.text((size / 2, size / 2), initials, font=_font(size * 38 // 100), fill="white", anchor="mm")
    return picture.resize((AVATAR_SIZE, AVATAR_SIZE), PILImage.Resampling.LANCZOS)


PATTERNS = ("lingkaran-lingkaran transparan", "garis-garis diagonal", "kisi titik", "cincin konsentris")


def _cover(spec: dict, index: int, section: Category, palette: dict) -> Image:
    pattern = index % len(PATTERNS)
    picture = _cover_picture(spec["slug"], pattern, section.name, palette["colors"])
    return _save_image(
        picture,
        fmt="JPEG",
        alt_text=(
            f"Ilustrasi sampul rubrik {section.name}: {PATTERNS[pattern]} di atas gradasi "
            f"{palette['color_words']}, dengan label nama rubrik di pojok kiri atas"
        ),
        caption=spec.get("caption") or f"Ilustrasi untuk artikel “{spec['title']}”.",
    )


def _cover_picture(seed: str, pattern: int, label: str, colors: tuple[str, str]) -> PILImage.Image:
    """Return a deterministic 1600×900 picture: a diagonal gradient, a pattern and the section label."""
    width, height = COVER_SIZE
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    vertical = PILImage.linear_gradient("L")
    horizontal = vertical.transpose(rng.choice((PILImage.Transpose.ROTATE_90, PILImage.Transpose.ROTATE_270)))
    mask = PILImage.blend(horizontal, vertical, rng.uniform(0.3, 0.7)).resize(COVER_SIZE)
    start, end = (PILImage.new("RGB", COVER_SIZE, _hex(color)) for color in colors)
    picture = PILImage.composite(end, start, mask).convert("RGBA")

    overlay = PILImage.new("RGBA", COVER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    white = (255, 255, 255)
    if pattern == 0:
        for _ in range(14):
            x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(60, 320)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*white, rng.randint(18, 48)))
    elif pattern == 1:
        step = rng.randint(70, 120)
        for x in range(-height, width, step):
            draw.line((x, height, x + height, 0), fill=(*white, 40), width=rng.randint(10, 26))
    elif pattern == 2:
        step = rng.randint(48, 72)
        for x in range(step // 2, width, step):
            for y in range(step // 2, height, step):
                r = 4 + 10 * (x + y) / (width + height)
                draw.ellipse((x - r, y - r, x + r, y + r), fill=(*white, 70))
    else:
        cx, cy = rng.randint(width // 2, width), rng.randint(0, height)
        for r in range(80, 1500, rng.randint(70, 110)):
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(*white, 60), width=8)
    picture = PILImage.alpha_composite(picture, overlay)

    draw = ImageDraw.Draw(picture)
    font = _font(44)
    left, top, right, bottom = draw.textbbox((96, 96), label.upper(), font=font)
    draw.rounded_rectangle((left - 28, top - 20, right + 28, bottom + 20), radius=18, fill=(15, 23, 42))
    draw.text((96, 96), label.upper(), font=font, fill=white)
    draw.text((width - 96, height - 80), "AZURA", font=_font(36), fill=white, anchor="rs")
    return picture.convert("RGB")
