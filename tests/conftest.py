"""Shared fixtures: one Pipeline for the whole session (loading spaCy and knowledge is slow), the
reference tables the consistency tests need (small copies in tests/fixtures), and the gold sets,
which only a checkout with ../shared beside it has."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from spacy.language import Language
from spacy.tokens import Doc

import tidings

from tidings.component import Component
from tidings.model import Article, Record
from tidings.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
REFERENCE = FIXTURES / "reference"
SHARED = REPO.parent / "shared"
SCREENSHOTS = REPO / "tests" / "artifacts" / "screenshots"  # gitignored; the browser tests save each view there
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

# Property tests: `make test` runs "ci" (the same examples every run, bounded); `make fuzz` runs
# "fuzz" (HYPOTHESIS_PROFILE=fuzz: many more, a fresh seed each run). No deadline: a busy
# machine is slow, and the hang guard is pytest-timeout's.
settings.register_profile("ci", max_examples=100, derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def reference(name: str) -> Path:
    """The path of a reference table's copy in tests/fixtures/reference (see its README)."""
    path = REFERENCE / name
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such reference copy; tests/fixtures/README.md lists them")
    return path


def gold(name: str) -> Path:
    """The path of a gold set in ../shared/gold; the test is skipped where there is none (a
    user's clone). Tests that call it carry the `gold` marker."""
    path = SHARED / "gold" / name
    if not path.exists():
        pytest.skip(f"needs ../shared/gold/{name}, which is not part of the repository")
    return path


class Broken(Component):
    """A component that always fails, for the tests of how failures are reported."""

    def process(self, doc: Doc) -> None:
        raise ZeroDivisionError("broken on purpose")


@Language.factory("test_broken")
def make_broken(nlp: Language, name: str) -> Broken:
    return Broken(name)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The pipeline `tidings.read` uses, so API tests load nothing twice."""
    return tidings._default_pipeline()


@pytest.fixture(scope="session")
def read(pipeline: Pipeline) -> Callable[..., Record]:
    """read(text, published="2024-03-06") -> Record, with the session pipeline."""

    def _read(text: str, published: str | None = "2024-03-06") -> Record:
        return pipeline.read(Article(text=text, published=published))

    return _read


@pytest.fixture(scope="session")
def chromium() -> Iterator:
    """Debian's headless Chromium driven by playwright; the test is skipped where either is absent."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("needs the playwright package (pip install '.[test]')")
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("needs Chromium on the PATH (Debian: apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
