"""The command line: analyze on the sample article, JSONL output, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLE
from dvtext.cli import main


def test_analyze_prints_summary(capsys) -> None:
    assert main(["analyze", str(SAMPLE), "--no-topics"]) == 0
    out = capsys.readouterr().out
    assert "Gắn công tác dân vận chính quyền" in out


def test_analyze_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(SAMPLE), "-o", str(out), "--no-topics"]) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    for key in ("id", "url", "title", "published", "source", "text", "sentences", "statistics",
                "dates", "entities", "topics", "primary_topic", "errors"):
        assert key in rec
    assert rec["title"].startswith("Gắn công tác")
    assert not rec["text"].startswith("Gắn công tác")  # the body does not repeat the title
    for s in rec["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(rec["text"])


def test_analyze_bad_jsonl_line_does_not_sink_batch(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "Huyện có 13 xã."}\nnot json\n{"id": "c"}\n{"id": "d", "text": "Có 2 xã."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(src), "-o", str(out), "--no-topics"]) == 1
    ids = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "d"]
    err = capsys.readouterr().err
    assert "in.jsonl:2" in err and "in.jsonl:3" in err


def test_missing_path(capsys) -> None:
    assert main(["analyze", "/nonexistent/file.txt"]) == 1
    assert "no such file" in capsys.readouterr().err


def test_no_command_prints_help(capsys) -> None:
    assert main([]) == 2


def test_analyze_output_is_a_folder(tmp_path: Path, capsys) -> None:
    assert main(["analyze", str(SAMPLE), "-o", str(tmp_path), "--no-topics"]) == 2
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", str(SAMPLE), "--no-topics", "-o", "{bad}/out.jsonl"],
        ["process", str(SAMPLE), "--no-topics", "--out", "{bad}/out.jsonl"],
        ["process", str(SAMPLE), "--no-topics", "--out", "{bad}/out.sqlite"],
        ["summarize", "{store}", "-o", "{bad}/report"],
    ],
    ids=["analyze", "process-jsonl", "process-sqlite", "summarize"],
)
def test_unwritable_output_is_a_clear_error(tmp_path: Path, capsys, command: list[str]) -> None:
    """An output under a regular file (no folder can be made there): exit 4 and one line, no traceback."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    store = tmp_path / "ok.sqlite"
    if "{store}" in command:
        assert main(["process", str(SAMPLE), "--no-topics", "--out", str(store)]) == 0
        capsys.readouterr()
    argv = [a.format(bad=blocker / "sub", store=store) for a in command]
    assert main(argv) == 4
    err = capsys.readouterr().err
    assert "cannot read or write" in err and "Traceback" not in err


@pytest.mark.parametrize(("content", "title", "body_start"), [
    ("Tiêu đề ngắn\nTỷ lệ hộ nghèo còn 26,5%.\n", "Tiêu đề ngắn", "Tỷ lệ hộ nghèo"),  # headline, then the body
    ("Tỷ lệ hộ nghèo của huyện còn 26,5%, giảm 5,99% so với năm trước.", None, "Tỷ lệ hộ nghèo"),  # one line
    ("\n\n" + "Huyện có 13 xã và 01 thị trấn. " * 12 + "\nDòng hai có 5 thôn.", None, "Huyện có 13 xã"),  # too long
])
def test_a_txt_article_on_one_line_is_all_body(tmp_path: Path, content: str, title: str | None,
                                               body_start: str) -> None:
    from dvtext.io.readers import read_path

    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    (art,) = list(read_path(path))
    assert art.title == title and art.text.startswith(body_start)
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(path), "-o", str(out), "--no-topics"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["statistics"]  # the numbers are read, not lost in a title
