"""The `tidings` command: bad input gets one line naming the problem and a non-zero exit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.checks import MAX_CHARS
from tidings.cli import main

TIDINGS = str(Path(sys.executable).with_name("tidings"))
ARTICLE = (
    "The foreign minister of Japan visited Seoul on Tuesday and met his South Korean "
    "counterpart to discuss trade."
)


def run(*args: str, stdin: bytes | None = None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, TIDINGS, *args], input=stdin, capture_output=True, timeout=300)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    stderr = result.stderr.decode()
    assert result.returncode != 0
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("Caf\u00e9 owners met the mayor.".encode("latin-1"), "not valid UTF-8"),
        ("Le ministre a déclaré mardi que le gouvernement n’augmenterait pas les impôts.".encode(), "not English"),
    ],
    ids=["empty", "binary", "invalid-utf8", "french"],
)
def test_bad_file_gets_a_one_line_error(tmp_path, content, problem):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    assert problem in one_line_error(run("read", str(path)))


def test_twenty_megabyte_file_is_refused_as_too_long(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes((ARTICLE + "\n").encode() * (20 * 1024 * 1024 // (len(ARTICLE) + 1)))
    assert f"too long (over {MAX_CHARS:,} characters" in one_line_error(run("read", str(path)))


def test_text_past_the_limit_in_characters_is_refused_with_the_same_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Rain. " * (MAX_CHARS // 6 + 1), encoding="utf-8")
    assert f"the limit is {MAX_CHARS:,}" in one_line_error(run("read", str(path)))


def test_missing_file_is_named(tmp_path):
    line = one_line_error(run("read", str(tmp_path / "nowhere.txt")))
    assert "nowhere.txt" in line


def test_bad_date_is_refused():
    result = run("read", "-", "--published", "13/09/2023", stdin=ARTICLE.encode())
    assert result.returncode != 0 and "Traceback" not in result.stderr.decode()


def test_bench_without_a_corpus_or_a_benchmark_is_a_usage_error():
    result = run("bench")
    assert result.returncode == 2 and "--corpus" in result.stderr.decode()


@pytest.mark.e2e
def test_read_from_stdin_prints_a_json_record_with_the_given_metadata():
    result = run("read", "-", "--strict", "--published", "2024-03-05", "--url", "https://example.org/x", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert record["article"]["published"] == "2024-03-05"
    assert record["article"]["url"] == "https://example.org/x"
    assert record["article"]["text"] == ARTICLE


@pytest.mark.e2e
def test_table_format_shows_each_section():
    result = run("read", "-", "--format", "table", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr.decode()
    for title in ("Events", "Actors", "Places", "Times", "Quotes"):
        assert title in result.stdout.decode()


def _network_can_be_cut() -> bool:
    unshare = shutil.which("unshare")
    return bool(unshare) and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.e2e
@pytest.mark.skipif(not _network_can_be_cut(), reason="this machine cannot make a network namespace")
def test_read_works_with_the_network_cut():
    result = run("read", "-", "--published", "2024-03-05", stdin=ARTICLE.encode(), prefix=("unshare", "-rn"))
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["article"]["text"] == ARTICLE


@pytest.mark.e2e
def test_records_do_not_depend_on_the_hash_seed():
    seed = (Path(__file__).resolve().parent.parent / "examples" / "seed.txt").read_bytes()
    outputs = []
    for hash_seed in ("1", "2"):
        result = subprocess.run(
            [TIDINGS, "read", "-", "--published", "2023-09-13"], input=seed, capture_output=True,
            timeout=300, env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]


@pytest.mark.e2e
def test_eval_prints_metrics_last_with_the_count_of_unreadable_documents(tmp_path):
    gold = tmp_path / "timex.jsonl"
    docs = [
        {"id": "t:1", "text": "The talks ended on Monday.", "dct": "2024-03-06", "timexes": [{"start": 19, "end": 25, "type": "DATE", "value": "2024-03-04"}]},
        {"id": "t:2", "text": "  ", "dct": "2024-03-06", "timexes": []},
    ]
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = run("eval", "timex", "--gold", str(gold), "--strict")
    assert result.returncode == 0, result.stderr.decode()
    metrics = json.loads(result.stdout.decode().splitlines()[-1])
    assert (metrics["timexes"], metrics["recall"], metrics["errors"]) == (1, 1.0, 1)


@pytest.fixture(scope="module")
def broken_pipeline_class():
    """A Pipeline class whose only component (conftest's `test_broken`) always fails."""
    from tidings.pipeline import Pipeline

    return lambda strict=False: Pipeline(components=("test_broken",), strict=strict)


def test_a_component_failure_is_one_line_with_exit_code_1(monkeypatch, broken_pipeline_class):
    monkeypatch.setattr("tidings.pipeline.Pipeline", broken_pipeline_class)
    result = CliRunner().invoke(main, ["read", "-"], input=ARTICLE)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "tidings: standard input: test_broken failed: ZeroDivisionError: broken on purpose "
        "(a fault of tidings; `tidings --debug ...` shows its traceback)"
    )


def test_strict_read_stops_at_the_failure_with_one_line_and_exit_code_1(monkeypatch, broken_pipeline_class):
    monkeypatch.setattr("tidings.pipeline.Pipeline", broken_pipeline_class)
    result = CliRunner().invoke(main, ["read", "-", "--strict"], input=ARTICLE)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "tidings: internal error: ZeroDivisionError: broken on purpose (a fault of tidings; `tidings --debug ...` shows its traceback)"
    ]


def test_debug_lets_the_exception_out_with_its_traceback(monkeypatch, broken_pipeline_class):
    monkeypatch.setattr("tidings.pipeline.Pipeline", broken_pipeline_class)
    result = CliRunner().invoke(main, ["--debug", "read", "-", "--strict"], input=ARTICLE)
    assert isinstance(result.exception, ZeroDivisionError)


@pytest.mark.e2e
def test_kb_build_compiles_the_gazetteer_into_the_cache_once(tmp_path):
    env = {**os.environ, "TIDINGS_CACHE": str(tmp_path)}
    first = subprocess.run([TIDINGS, "kb", "build"], capture_output=True, text=True, env=env, check=True)
    built = Path(first.stdout.splitlines()[0].split(": ", 1)[1])
    assert built.parent == tmp_path and built.stat().st_size > 1_000_000
    again = subprocess.run([TIDINGS, "kb", "build"], capture_output=True, text=True, env=env, check=True)
    assert again.stdout == first.stdout and "compiling" not in again.stderr
