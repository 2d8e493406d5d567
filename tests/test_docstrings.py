"""The examples in the docstrings of every dvtext module run and print what they say (doctest)."""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil

import pytest

import dvtext

MODULES = sorted(m.name for m in pkgutil.walk_packages(dvtext.__path__, "dvtext.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # an optional extra (spaCy) that is not installed
        pytest.skip(f"{name} needs an optional dependency: {exc}")
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    for test in doctest.DocTestFinder(exclude_empty=True).find(module, name):
        runner.run(test, out=out.write)
    failed, _attempted = runner.summarize(verbose=False)
    assert failed == 0, out.getvalue()
