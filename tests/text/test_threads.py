"""16 threads tokenising at once in a fresh process (underthesea's lazy model load is not thread-safe)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    sys.path.insert(0, SRC_PATH)
    from dvtext.text.tokens import tokenize
    text = "Toàn huyện có 71.940 khẩu, tỷ lệ hộ nghèo giảm 5,99% theo Chỉ thị 09/CT-UBND ngày 08/4/2019."
    barrier = threading.Barrier(16)
    results, errors = [], []
    def work():
        try:
            barrier.wait()
            for _ in range(20):
                results.append(tuple((t.text, t.start, t.end) for t in tokenize(text)))
        except Exception as exc:
            errors.append(repr(exc))
    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads: t.start()
    for t in threads: t.join()
    assert not errors, errors
    assert len(results) == 320 and len(set(results)) == 1, len(set(results))
    print("ok", [x[0] for x in results[0]])
    """
)


def test_sixteen_threads_fresh_process() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT.replace("SRC_PATH", repr(str(SRC)))], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")
    assert "'71.940'" in proc.stdout and "'09/CT-UBND'" in proc.stdout and "'5,99%'" in proc.stdout
