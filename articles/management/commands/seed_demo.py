import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from articles import demo as articles_demo
from careers import demo as careers_demo
from portal.db import refresh_planner_statistics
from portal.models import SiteSettings

ORGANISATION_ADDRESS = "Jl. Contoh Raya No. 12\nKota Semarang, Jawa Tengah 50198\nIndonesia"


class Command(BaseCommand):
    help = "Load the demo content (idempotent: running it twice changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the admin account.")

    def handle(self, *args, **options):
        with transaction.atomic():
            self.seed_site()
            careers_demo.seed(stdout=self.stdout)
            articles_demo.seed(stdout=self.stdout)
        refresh_planner_statistics()
        if not options["no_admin"]:
            self.ensure_admin()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def seed_site(self):
        _site, created = SiteSettings.objects.get_or_create(
            pk=1,
            defaults={
                "site_name": "Azura Portal",
                "tagline": "Berita teknologi, AI, dan karier digital untuk profesional Indonesia",
                "organisation_name": "PT Azura Media Nusantara",
                "address": ORGANISATION_ADDRESS,
                "email": "redaksi@azura.example",
            },
        )
        if created:
            self.stdout.write("Site settings created.")

    def ensure_admin(self):
        """Create the admin account once, with ADMIN_PASSWORD or a printed random password."""
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD", "")
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            if password:
                self.stdout.write(f"Admin account: {username} / {password}")
            else:
                self.stdout.write(f"Admin account {username!r} already exists (password unchanged).")
            return
        if not password:
            password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=f"{username}@azura.example", password=password)
        self.stdout.write(self.style.SUCCESS(f"Admin account created: {username} / {password}"))
