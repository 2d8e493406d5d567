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

from dvtext.corpus import Corpus  # noqa: E402
from dvtext.errors import DvtextError, ExtractionError, FetchError, InputError, ModelError  # noqa: E402
from dvtext.pipeline import analyze, analyze_many  # noqa: E402
from dvtext.text.abbreviations import expand as expand_abbreviation  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402
from dvtext.text.sentences import split_sentences  # noqa: E402
from dvtext.text.tokens import tokenize  # noqa: E402
from dvtext.topics.model import classify  # noqa: E402
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
