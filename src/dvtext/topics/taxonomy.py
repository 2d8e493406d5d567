"""The topic taxonomy: the 14 labels of the dân vận codebook, read from ``data/topics.toml``.

This module is the single source of the label set: the classifier, the CLI help, the labelling functions
and the reports all take ids, names and definitions from here (never from a copy of the list).

Example:
    >>> labels()[:3]
    ('cchc', 'doi_thoai', 'khieu_nai_to_cao')
    >>> topic("giam_ngheo").name_vi
    'Giảm nghèo, an sinh xã hội'
    >>> NONE
    'none'
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from dvtext.errors import InputError

__all__ = [
    "NONE",
    "Topic",
    "codebook_rules",
    "describe",
    "is_label",
    "labels",
    "topic",
    "topics",
    "validate_labels",
]

NONE = "none"
"""The primary label of an article about none of the 14 topics."""


@dataclass(frozen=True, slots=True)
class Topic:
    """One label of the codebook.

    Attributes:
        id: the label id used everywhere (``giam_ngheo``).
        name_vi: Vietnamese name (``Giảm nghèo, an sinh xã hội``).
        name_en: English name.
        definition: what the label covers (English, from the codebook).
        cues: typical phrases (Vietnamese, NFC, traditional tone placement).
        confusable: notes on confusable labels, keyed by the other label id (or ``none``).
    """

    id: str
    name_vi: str
    name_en: str
    definition: str
    cues: tuple[str, ...]
    confusable: MappingProxyType[str, str] = field(
        default_factory=lambda: MappingProxyType({}), compare=False
    )


@cache
def _load() -> tuple[dict[str, Topic], tuple[str, ...]]:
    raw = resources.files("dvtext.data").joinpath("topics.toml").read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(raw)
    out: dict[str, Topic] = {}
    for entry in data["topic"]:
        t = Topic(
            id=entry["id"],
            name_vi=entry["name_vi"],
            name_en=entry["name_en"],
            definition=entry["definition"],
            cues=tuple(entry.get("cues", ())),
            confusable=MappingProxyType(dict(entry.get("confusable", {}))),
        )
        if t.id in out or t.id == NONE:
            raise ValueError(f"data/topics.toml: duplicate or reserved topic id {t.id!r}")
        out[t.id] = t
    return out, tuple(data.get("rules", ()))


def labels() -> tuple[str, ...]:
    """The 14 label ids in codebook order.

    Example:
        >>> len(labels()), labels()[-1]
        (14, 'van_hoa_y_te_giao_duc')
    """
    return tuple(_load()[0])


def topics() -> tuple[Topic, ...]:
    """All topics in codebook order."""
    return tuple(_load()[0].values())


def is_label(label: str) -> bool:
    """Whether ``label`` is one of the 14 ids (``none`` is not a label).

    Example:
        >>> is_label("ton_giao"), is_label("none"), is_label("tôn giáo")
        (True, False, False)
    """
    return label in _load()[0]


def topic(id: str) -> Topic:
    """The topic with this id.

    Raises:
        InputError: ``id`` is not one of the 14 labels (the message lists them).

    Example:
        >>> topic("ton_giao").name_vi
        'Công tác tôn giáo'
    """
    try:
        return _load()[0][id]
    except KeyError:
        raise InputError(f"unknown topic {id!r}; known topics: {', '.join(labels())}") from None


def codebook_rules() -> tuple[str, ...]:
    """The codebook's general labelling rules (substantial subject, passing mentions, ``none``)."""
    return _load()[1]


def validate_labels(labels_: list[str] | tuple[str, ...], primary: str) -> None:
    """Check a labelling: known ids, no duplicates, ``primary`` one of them or ``none`` when empty.

    Raises:
        InputError: what is wrong with the labelling.

    Example:
        >>> validate_labels(["giam_ngheo", "dan_toc"], "giam_ngheo")
        >>> validate_labels([], "none")
    """
    unknown = [x for x in labels_ if not is_label(x)]
    if unknown:
        raise InputError(f"unknown topic label(s) {unknown}; known topics: {', '.join(labels())}")
    if len(set(labels_)) != len(labels_):
        raise InputError(f"duplicate labels in {list(labels_)}")
    if labels_ and primary not in labels_:
        raise InputError(f"primary {primary!r} is not one of the labels {list(labels_)}")
    if not labels_ and primary != NONE:
        raise InputError(f"an article with no labels has primary {NONE!r}, not {primary!r}")


def describe(*, lang: str = "vi") -> str:
    """A plain-text table of the labels for CLI help and reports (``lang`` is ``vi`` or ``en``).

    Example:
        >>> describe().splitlines()[0]
        'cchc                    Cải cách hành chính'
    """
    if lang not in ("vi", "en"):
        raise InputError(f"lang must be 'vi' or 'en', got {lang!r}")
    width = max(len(x) for x in labels()) + 2
    rows = [f"{t.id:<{width}} {t.name_vi if lang == 'vi' else t.name_en}" for t in topics()]
    rows.append(
        f"{NONE:<{width}} " + ("(không thuộc chủ đề nào)" if lang == "vi" else "(none of these topics)")
    )
    return "\n".join(rows)
