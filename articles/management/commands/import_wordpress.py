"""Import a WordPress export (WXR). This first step reads the file and reports what it holds (--dry-run)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles import wxr


class Command(BaseCommand):
    help = (
        "Read a WordPress export (WXR 1.0-1.2) and report, per kind, what it holds and what an import does "
        "with it. Only --dry-run is available yet: nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", type=Path, help="The WXR file (Tools → Export in WordPress).")
        parser.add_argument("--dry-run", action="store_true", help="Read and report; write nothing.")
        parser.add_argument("--report", type=Path, help="Also write the report as JSON to this file.")

    def handle(self, *args, export: Path, dry_run: bool, report: Path | None, **options):
        if not export.is_file():
            raise CommandError(f"There is no file at {export}.")
        if not dry_run:
            raise CommandError("Importing is not available yet; run with --dry-run to see what the file holds.")
        try:
            found = wxr.survey(export)
        except wxr.NotAnExport as error:
            raise CommandError(str(error)) from error
        site = found.site
        self.stdout.write(f"WordPress export (WXR {site.wxr_version}) of {site.base_url or 'an unnamed site'}")
        self.stdout.write("Dry run: nothing was written.")
        width = max((len(kind) for kind in found.found), default=4)
        for kind, count in found.found.items():
            self.stdout.write(f"  {kind:<{width}}  {count:>6}  → {found.outcome[kind]}")
        if report is not None:
            report.write_text(json.dumps({"dry_run": True, **found.as_dict()}, ensure_ascii=False, indent=2))
            self.stdout.write(f"Report written to {report}.")
