"""dvtext: mining Vietnamese provincial and mass-mobilisation (dân vận) news.

The public API is small; everything else lives in the stage modules (``dvtext.text``,
``dvtext.extract``, ``dvtext.topics``, ``dvtext.collect``, ``dvtext.io``).

Example:
    >>> import dvtext
    >>> a = dvtext.analyze("Tỷ lệ hộ nghèo còn 26,5%.")
    >>> a.to_dict()["text"]
    'Tỷ lệ hộ nghèo còn 26,5%.'
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

import importlib  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

from dvtext.errors import DvtextError, ExtractionError, FetchError, InputError, ModelError  # noqa: E402
from dvtext.text.abbreviations import expand as expand_abbreviation  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402
from dvtext.types import (  # noqa: E402
    Analysis,
    Article,
    DateMention,
    Entity,
    Sentence,
    Statistic,
    Token,
    TopicScore,
)

if TYPE_CHECKING:
    from dvtext.corpus import Corpus
    from dvtext.pipeline import analyze, analyze_many
    from dvtext.text.sentences import split_sentences
    from dvtext.text.tokens import tokenize
    from dvtext.topics.model import classify

# The stages that pull in numpy, scikit-learn, the tokenizer and the entity grammar are imported on first
# use, so ``import dvtext`` (and every ``dvtext.*`` submodule, which imports this package first) stays quick.
_LAZY = {
    "Corpus": "dvtext.corpus",
    "analyze": "dvtext.pipeline",
    "analyze_many": "dvtext.pipeline",
    "classify": "dvtext.topics.model",
    "split_sentences": "dvtext.text.sentences",
    "tokenize": "dvtext.text.tokens",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dvtext' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Analysis",
    "Article",
    "Corpus",
    "DateMention",
    "DvtextError",
    "Entity",
    "ExtractionError",
    "FetchError",
    "InputError",
    "ModelError",
    "Sentence",
    "Statistic",
    "Token",
    "TopicScore",
    "__version__",
    "analyze",
    "analyze_many",
    "classify",
    "expand_abbreviation",
    "normalize",
    "split_sentences",
    "tokenize",
]
