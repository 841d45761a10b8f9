"""Load realistic volumes for benchmarks: `manage.py seed_bulk --articles 100000`."""

import itertools
import random
from datetime import timedelta
from functools import partial

from django.core.management.base import BaseCommand
from django.db import connection
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag
from tqdm import tqdm

from articles import services
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    RelatedRead,
    Status,
    TaggedArticle,
)
from careers import demo as careers_demo
from portal.db import refresh_planner_statistics

BULK_PREFIX = "bulk-"
WORDS = [
    "kecerdasan",
    "buatan",
    "pekerjaan",
    "karier",
    "perusahaan",
    "teknologi",
    "data",
    "analisis",
    "model",
    "otomasi",
    "pasar",
    "tenaga",
    "kerja",
    "keterampilan",
    "pelatihan",
    "sertifikasi",
    "cloud",
    "keamanan",
    "siber",
    "pengembang",
    "perangkat",
    "lunak",
    "produk",
    "strategi",
    "transformasi",
    "digital",
    "startup",
    "investasi",
    "efisiensi",
    "industri",
    "pemerintah",
    "regulasi",
    "pendidikan",
    "kampus",
    "lulusan",
    "mentor",
    "kursus",
    "daring",
    "proyek",
    "tim",
    "kolaborasi",
    "produktivitas",
    "inovasi",
    "algoritma",
    "infrastruktur",
    "layanan",
    "pelanggan",
    "logistik",
    "rantai",
    "pasok",
    "keuangan",
    "kesehatan",
    "manufaktur",
    "e-commerce",
    "platform",
    "aplikasi",
    "mobile",
    "python",
    "sql",
    "machine",
    "learning",
    "analitik",
    "visualisasi",
    "dashboard",
    "etika",
    "privasi",
    "risiko",
    "peluang",
    "tantangan",
    "masa",
    "depan",
]
SECTION_NAMES = [
    "AI & Otomasi", "Karier & Skill", "Industri Teknologi", "Startup & Bisnis", "Kebijakan & Regulasi",
    "Data & Analitik", "Cloud & Infrastruktur", "Keamanan Siber", "Pendidikan & Pelatihan", "Kerja Jarak Jauh",
]  # fmt: skip


class Command(BaseCommand):
    help = "Add N generated articles (with authors, sections, tags, related picks and the careers data) in bulk."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000, help="How many articles to add (default 1000).")
        parser.add_argument("--authors", type=int, default=50)
        parser.add_argument("--tags", type=int, default=2000)
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=2026, help="Random seed, for repeatable data.")

    def handle(self, *args, articles, authors, tags, batch_size, seed, **options):
        rng = random.Random(seed)
        careers_demo.seed()
        sections = self._sections()
        author_ids = self._authors(authors)
        tag_ids = self._tags(tags)
        self.vocabulary = self._vocabulary(rng)
        sentences = [self._sentence(rng) for _ in range(3000)]
        start = Article.objects.filter(slug__startswith=BULK_PREFIX).count()
        now = timezone.now()
        created_ids: list[int] = []
        with tqdm(total=articles, desc="articles", unit="art", file=self.stdout) as bar:
            for offset in range(0, articles, batch_size):
                count = min(batch_size, articles - offset)
                batch = [self._article(rng, start + offset + i, sections, sentences, now) for i in range(count)]
                # Each batch is announced after its commit: search indexes it, the page cache moves on.
                links = partial(
                    self._links, rng, author_ids=author_ids, tag_ids=tag_ids, earlier_ids=created_ids.copy()
                )
                created_ids += services.articles_bulk_create(articles=batch, links=links)
                bar.update(count)
        refresh_planner_statistics()
        self.stdout.write(self.style.SUCCESS(f"Added {len(created_ids)} articles ({connection.vendor})."))

    def _sections(self) -> list[int]:
        for order, name in enumerate(SECTION_NAMES):
            Category.objects.get_or_create(slug=slugify(name), defaults={"name": name, "order": 10 + order})
        return list(Category.objects.values_list("pk", flat=True))

    def _authors(self, count: int) -> list[int]:
        existing = set(Author.objects.filter(slug__startswith=BULK_PREFIX).values_list("slug", flat=True))
        Author.objects.bulk_create(
            Author(
                name=f"Penulis {n}", slug=f"{BULK_PREFIX}penulis-{n}", job_title="Jurnalis", bio="Penulis uji beban."
            )
            for n in range(count)
            if f"{BULK_PREFIX}penulis-{n}" not in existing
        )
        return list(Author.objects.values_list("pk", flat=True))

    def _tags(self, count: int) -> list[int]:
        existing = set(Tag.objects.filter(slug__startswith=BULK_PREFIX).values_list("slug", flat=True))
        Tag.objects.bulk_create(
            Tag(name=f"topik {n}", slug=f"{BULK_PREFIX}topik-{n}")
            for n in range(count)
            if f"{BULK_PREFIX}topik-{n}" not in existing
        )
        return list(Tag.objects.values_list("pk", flat=True))

    @staticmethod
    def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
        """Return ~4,000 words with Zipf-like weights, so a search term matches a realistic share of articles."""
        syllables = ["ka", "ma", "ra", "ti", "na", "sa", "ba", "lu", "pe", "ngi", "da", "ri", "to", "ja", "wa", "se"]
        invented = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(5000)}
        words = sorted(invented - set(WORDS))[:4000]
        rng.shuffle(words)
        # Topic words are spread over the ranks: some common, most of them rare.
        for rank, word in enumerate(WORDS):
            words.insert(min(len(words), 5 + rank * 40), word)
        return words, list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))

    def _sentence(self, rng: random.Random) -> str:
        words, cum_weights = self.vocabulary
        return " ".join(rng.choices(words, cum_weights=cum_weights, k=rng.randint(8, 18))).capitalize() + "."

    def _article(self, rng, number, sections, sentences, now) -> Article:
        paragraphs, words = [], rng.randint(500, 1500)
        while words > 0:
            paragraph = " ".join(rng.choices(sentences, k=5))
            paragraphs.append(f"<p>{paragraph}</p>")
            words -= paragraph.count(" ") + 1
            if len(paragraphs) % 4 == 0:
                paragraphs.append(f"<h2>{rng.choice(sentences)[:60]}</h2>")
        body = "".join(paragraphs)
        roll = rng.random()
        status = Status.PUBLISHED
        published_at = now - timedelta(minutes=rng.randint(60, 5 * 365 * 24 * 60))
        if roll < 0.01:
            status, published_at = Status.DRAFT, None
        elif roll < 0.02:
            published_at = now + timedelta(days=rng.randint(1, 30))
        elif roll < 0.03:
            status = Status.ARCHIVED
        title = rng.choice(sentences)[:90].rstrip(".")
        return Article(
            title=f"{title} #{number}",
            slug=f"{BULK_PREFIX}{number}",
            summary=rng.choice(sentences),
            body=body,
            category_id=rng.choice(sections),
            status=status,
            published_at=published_at,
            featured=rng.random() < 0.002,
        )

    @staticmethod
    def _links(rng, ids, author_ids, tag_ids, earlier_ids):
        bylines, tag_links, picks = [], [], []
        for article_id in ids:
            for order, author_id in enumerate(rng.sample(author_ids, rng.choice([1, 1, 1, 2]))):
                bylines.append(ArticleAuthor(article_id=article_id, author_id=author_id, order=order))
            for tag_id in rng.sample(tag_ids, rng.randint(2, 5)):
                tag_links.append(TaggedArticle(content_object_id=article_id, tag_id=tag_id))
            if earlier_ids and rng.random() < 0.1:
                for order, related_id in enumerate(rng.sample(earlier_ids, min(2, len(earlier_ids)))):
                    picks.append(RelatedRead(article_id=article_id, related_id=related_id, order=order))
        ArticleAuthor.objects.bulk_create(bylines)
        TaggedArticle.objects.bulk_create(tag_links)
        RelatedRead.objects.bulk_create(picks, ignore_conflicts=True)
