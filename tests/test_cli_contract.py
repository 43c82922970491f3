"""The command line's contract, tried as a hostile user would, each case in a real process: exit 0
on success, 2 on bad input, unwritable output or a usage error, 130 on Ctrl-C, 1 only for a
fault of tidings; problems in one line on standard error and never a traceback (unless
`--debug`); article text, titles and names are data, never console markup."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import main

TIDINGS = str(Path(sys.executable).with_name("tidings"))
CONTRACT = {0, 1, 2, 130}
ARTICLE = "The foreign minister of Japan visited Seoul on Tuesday and met his South Korean counterpart."
MARKUP_TEXT = "The envoy [bold]said[/x] the talks in Geneva were [/] over [link=x] on Monday."
MARKUP_TITLE = "[/x] Talks [red]end"


def tidings(*args: str, stdin=subprocess.PIPE, text: str | None = None, stdout=subprocess.PIPE, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [TIDINGS, *args], stdin=stdin if text is None else None, input=None if text is None else text.encode(),
        stdout=stdout, stderr=subprocess.PIPE, timeout=timeout,
    )


def shell(script: str, *args: str) -> subprocess.CompletedProcess:
    """A shell script with $0 the tidings command: for redirections Python cannot make."""
    return subprocess.run(["sh", "-c", script, TIDINGS, *args], capture_output=True, timeout=300)


def within_contract(result, code: int) -> str:
    """Standard error, after checking the exit code and that it holds no traceback."""
    stderr = result.stderr.decode()
    assert result.returncode in CONTRACT, (result.returncode, stderr)
    assert result.returncode == code, (result.returncode, stderr)
    assert "Traceback" not in stderr, stderr
    return stderr


def one_line(result, code: int) -> str:
    lines = within_contract(result, code).strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    os.mkfifo(path)
    return path


# Bad input and usage: 2, in one line, before any model is loaded.


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("read", "no-such-file.txt"), "no such file"),
        (("read", "-", "--published", "13/09/2023"), "does not match the format"),
        (("read", "-", "--published", "10000-01-01"), "does not match the format"),
        (("read", "-", "--no-such-option"), "No such option"),
        (("read", "-", "--timeout", "0"), "--timeout"),
        (("no-such-command",), "No such command"),
    ],
    ids=["missing file", "bad date", "year 10000", "unknown option", "zero timeout", "unknown command"],
)
def test_bad_input_or_usage_exits_2_without_a_traceback(args, problem):
    assert problem in within_contract(tidings(*args, text=""), 2)


def test_empty_standard_input_is_one_line_with_exit_2():
    assert "empty text" in one_line(tidings("read", "-", text=""), 2)


def test_closed_standard_input_is_one_line_with_exit_2():
    assert "standard input: closed" in one_line(shell('exec "$0" read - <&-'), 2)


def test_closed_standard_output_is_one_line_with_exit_2():
    assert "standard output is closed" in one_line(shell('exec "$0" read - >&-'), 2)


def test_standard_input_that_is_a_folder_is_refused_without_a_traceback():
    # Python itself will not start with a folder as standard input, before any tidings code runs:
    # its own message, and its exit code 1. Named here so that a change is noticed.
    result = shell('exec "$0" read - < /')
    stderr = within_contract(result, 1)
    assert "<stdin> is a directory" in stderr


def test_a_named_pipe_with_no_writer_waits_with_a_message_then_times_out_with_exit_2(fifo):
    stderr = within_contract(tidings("read", str(fifo), "--timeout", "2"), 2)
    waiting, gave_up = stderr.strip().splitlines()
    assert f"waiting for {fifo}" in waiting and "no writer" in waiting
    assert gave_up == f"tidings: {fifo}: nothing to read after 2 s (a named pipe with no writer yet)"


def test_silent_standard_input_times_out_with_exit_2():
    with subprocess.Popen(["sleep", "30"], stdout=subprocess.PIPE) as silent:
        result = tidings("read", "-", "--timeout", "1.5", stdin=silent.stdout)
        silent.kill()
    assert "standard input: nothing to read after 1.5 s" in within_contract(result, 2)


def _interruptible() -> None:
    """Ctrl-C as from a terminal: a runner started in the background (`make test &`) passes SIGINT
    on ignored, and a program keeps an ignored SIGINT ignored, as nohup relies on."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("source", ["named pipe", "standard input"])
def test_ctrl_c_while_waiting_exits_130(fifo, source):
    args = [TIDINGS, "read", str(fifo) if source == "named pipe" else "-"]
    with subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_interruptible
    ) as process:
        assert "waiting for" in process.stderr.readline().decode()
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode().strip() == "tidings: interrupted"


# Output that cannot be written, and a reader that stops reading.


@pytest.mark.e2e
def test_a_full_disk_is_one_line_with_exit_2():
    with open("/dev/full", "wb") as full:
        result = tidings("read", "-", text=ARTICLE, stdout=full)
    assert one_line(result, 2) == "tidings: cannot write the output: No space left on device"


@pytest.mark.e2e
def test_a_reader_that_stops_early_ends_the_run_quietly_with_exit_0(tmp_path):
    articles = tmp_path / "many.jsonl"
    articles.write_text("".join(json.dumps({"text": f"{ARTICLE} Day {n}."}) + "\n" for n in range(300)))
    with subprocess.Popen([TIDINGS, "read", str(articles)], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout.read(10)
        process.stdout.close()  # as `| head -c 10` does
        stderr = process.stderr.read().decode()
        process.wait(timeout=300)
    assert process.returncode == 0
    assert stderr == ""


@pytest.mark.e2e
def test_a_named_pipe_is_read_once_its_writer_comes(fifo):
    with subprocess.Popen([TIDINGS, "read", str(fifo)], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert "waiting for" in process.stderr.readline().decode()
        fifo.write_text(ARTICLE)
        stdout, _ = process.communicate(timeout=300)
    assert process.returncode == 0
    assert json.loads(stdout)["article"]["text"] == ARTICLE


# Text is data; dates at the ends of the calendar.


@pytest.mark.e2e
@pytest.mark.parametrize("output", ["table", "json"])
def test_markup_in_text_and_title_is_printed_as_it_is(output):
    result = tidings("read", "-", "--title", MARKUP_TITLE, "--format", output, text=MARKUP_TEXT)
    within_contract(result, 0)
    stdout = result.stdout.decode()
    if output == "table":
        assert MARKUP_TITLE in stdout
    else:
        assert json.loads(stdout)["article"]["title"] == MARKUP_TITLE


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("published", "text", "unresolved"),
    [
        ("0001-01-01", "The minister resigned yesterday.", {"yesterday": "PAST_REF"}),
        ("0001-01-01", "The treaty was signed 1000000 days ago.", {"1000000 days ago": "PAST_REF"}),
        ("9999-12-31", "The minister will return next year.", {"next year": "FUTURE_REF"}),
    ],
    ids=["year 1, yesterday", "year 1, a million days ago", "year 9999, next year"],
)
def test_a_relative_date_past_the_calendar_is_left_unresolved(published, text, unresolved):
    result = tidings("read", "-", "--published", published, text=text)
    within_contract(result, 0)
    times = json.loads(result.stdout)["times"]
    assert {t["spans"][0]["text"]: t["value"] for t in times} == unresolved


# A fault of tidings: 1, one line; the traceback only with --debug.

FAULTY = textwrap.dedent("""
    import sys
    import tidings.pipeline
    def pipe(self, articles, batch_size=32):
        raise ZeroDivisionError("a fault on purpose")
    tidings.pipeline.Pipeline.pipe = pipe
    from tidings.cli import main
    sys.argv[0] = "tidings"
    main()
""")


@pytest.mark.e2e
@pytest.mark.parametrize("debug", [False, True], ids=["plain", "--debug"])
def test_an_internal_error_is_one_line_with_exit_1_and_its_traceback_only_with_debug(debug):
    args = [sys.executable, "-c", FAULTY, *(["--debug"] if debug else []), "read", "-"]
    result = subprocess.run(args, input=ARTICLE.encode(), capture_output=True, timeout=300)
    stderr = result.stderr.decode()
    assert result.returncode == 1
    if debug:
        assert "Traceback" in stderr and stderr.strip().endswith("ZeroDivisionError: a fault on purpose")
    else:
        assert stderr.strip() == (
            "tidings: internal error: ZeroDivisionError: a fault on purpose "
            "(a fault of tidings; `tidings --debug ...` shows its traceback)"
        )


def test_an_internal_error_of_many_lines_is_still_reported_in_one(monkeypatch):
    def broken(sources, options):
        raise ValueError("the first line\nand a second")

    monkeypatch.setattr("tidings.corpus.readers.read_sources", broken)
    result = CliRunner().invoke(main, ["read", "-"], input=ARTICLE)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "tidings: internal error: ValueError: the first line ... (a fault of tidings; `tidings --debug ...` shows its traceback)"
    ]
