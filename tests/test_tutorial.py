"""docs/tutorial.md: every bash and python block runs, in order, in a scratch copy of the samples."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = ROOT / "docs" / "tutorial.md"
BLOCK = re.compile(r"^```(bash|python)\n(.*?)^```", re.S | re.M)


def blocks() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(TUTORIAL.read_text(encoding="utf-8"))]


def test_tutorial_has_commands() -> None:
    kinds = [k for k, _ in blocks()]
    assert kinds.count("bash") >= 5 and kinds.count("python") >= 2


@pytest.mark.slow
def test_every_command_of_the_tutorial_runs(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "corpora").mkdir(parents=True)
    shutil.copytree(ROOT / "corpora" / "samples", work / "corpora" / "samples")
    # `dvtext` and `python` resolve to this interpreter and this source tree
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "dvtext").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m dvtext "$@"\n')
    (bin_dir / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    for f in bin_dir.iterdir():
        f.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(ROOT / "src")}
    for i, (kind, code) in enumerate(blocks()):
        cmd = ["bash", "-e", "-o", "pipefail", "-c", code] if kind == "bash" else [sys.executable, "-c", code]
        proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, errors="replace", timeout=600)
        assert proc.returncode == 0, f"block {i} ({kind}) failed:\n{code}\n--- stderr:\n{proc.stderr[-3000:]}"
    assert (work / "archive" / "report.json").exists()
    assert (work / "report" / "index.html").exists()
    assert (work / "archive-tables" / "statistics.parquet").exists()
