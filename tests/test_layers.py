"""Imports run one way: portal <- careers <- articles <- the site's URLs (ARCHITECTURE.md).

Read from the source, so a new module that breaks the rule fails here, whatever imports it.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each app may import only the apps listed for it (and third-party code).
ALLOWED = {"portal": set(), "careers": {"portal"}, "articles": {"portal", "careers"}}
# The root URLconf names every app's URLs and sitemaps: it sits above them all.
SITE_MODULES = {Path("portal/urls.py")}


def imported_apps(path: Path) -> set[str]:
    """Return the project apps that a module imports (at any depth, lazy imports included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(ALLOWED)


def modules(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative not in SITE_MODULES:
            yield relative


@pytest.mark.parametrize("app", sorted(ALLOWED))
def test_apps_import_only_the_layers_below_them(app):
    wrong = {
        str(path): sorted(imported_apps(ROOT / path) - ALLOWED[app] - {app})
        for path in modules(app)
        if imported_apps(ROOT / path) - ALLOWED[app] - {app}
    }
    assert wrong == {}


def test_the_check_reads_lazy_imports_too(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from articles.models import Article\n    import careers.models\n")
    assert imported_apps(module) == {"articles", "careers"}
