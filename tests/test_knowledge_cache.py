"""Compiled knowledge: built once per set of sources, kept where it can be written."""

from __future__ import annotations

import logging
import tempfile

import pytest

from tidings.knowledge import cache


@pytest.fixture
def folders(tmp_path, monkeypatch):
    """The cache folder and the temporary folder, both under tmp_path."""
    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    return tmp_path


def counting_build(calls: list):
    def build(path):
        calls.append(path)
        path.write_text("built")

    return build


def test_a_build_is_made_once_and_then_reused(folders):
    calls: list = []
    path = cache.compiled_path("thing", ["source"], ".txt")
    first = cache.build_file(path, counting_build(calls))
    second = cache.build_file(path, counting_build(calls))
    assert first == second == path and len(calls) == 1 and path.read_text() == "built"


def test_changed_sources_name_another_build():
    assert cache.compiled_path("thing", ["source 1"]) != cache.compiled_path("thing", ["source 2"])


def test_a_new_build_replaces_older_builds_of_the_same_name(folders):
    old = cache.build_file(cache.compiled_path("thing", ["old"], ".txt"), counting_build([]))
    new = cache.build_file(cache.compiled_path("thing", ["new"], ".txt"), counting_build([]))
    assert new.exists() and not old.exists()


def test_an_unwritable_cache_folder_falls_back_to_a_temporary_folder_with_a_warning(folders, monkeypatch, caplog):
    blocker = folders / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TIDINGS_CACHE", str(blocker / "cache"))
    calls: list = []
    with caplog.at_level(logging.WARNING, logger="tidings"):
        path = cache.build_file(cache.compiled_path("thing", ["source"], ".txt"), counting_build(calls))
    assert path.parent.parent == folders / "tmp" and path.read_text() == "built"
    assert "cannot write the knowledge cache" in caplog.text
    again = cache.build_file(cache.compiled_path("thing", ["source"], ".txt"), counting_build(calls))
    assert again == path and len(calls) == 1


def test_load_or_build_loads_what_it_built(folders):
    calls: list = []

    def build():
        calls.append(1)
        return {"value": 1}

    assert cache.load_or_build("thing", ["source"], build) == cache.load_or_build("thing", ["source"], build) == {"value": 1}
    assert len(calls) == 1
