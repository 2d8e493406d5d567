"""Serialisation of dvtext's spaCy parts: JSON settings files and dvtext records inside ``Doc.user_data``.

* :class:`JsonSettings`: ``to_bytes``/``from_bytes``/``to_disk``/``from_disk`` for a tokenizer or component
  whose only state is a dict of settings (written as ``settings.json``; nothing is pickled).
* An encoder/decoder pair registered with srsly's msgpack, so that ``doc._.dvtext_analysis`` (a frozen
  :class:`~dvtext.types.Analysis`) survives ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and
  ``nlp.pipe(n_process=...)``. An analysis keeps a token per word and an offset per character; both travel
  in a compact form (columns, runs), about a third of the plain record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any, Self

import srsly

from dvtext.types import Analysis, Article, DateMention, Entity, Sentence, Statistic, TopicScore
from dvtext.types import Token as DvToken

__all__ = ["JsonSettings", "SETTINGS_FILE"]

SETTINGS_FILE = "settings.json"


class JsonSettings:
    """spaCy's serialisation methods for a part whose only state is a dict of JSON settings."""

    def _settings(self) -> dict[str, Any]:
        raise NotImplementedError

    def _apply(self, settings: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._settings(), sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        self._apply(json.loads(data.decode("utf-8")) if data else {})
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / SETTINGS_FILE).write_text(self.to_bytes().decode("utf-8"), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        f = Path(path) / SETTINGS_FILE
        if f.exists():
            self._apply(json.loads(f.read_text(encoding="utf-8")))
        return self


_RECORDS: dict[str, type] = {
    c.__name__: c for c in (Analysis, Article, DateMention, Entity, Sentence, Statistic, DvToken, TopicScore)
}
_MARK = "__dvtext__"
_COLS = "__dvtext_tokens__"  # Analysis.tokens as columns (the texts are slices of Analysis.text)
_RLE = "__dvtext_offsets__"  # Analysis.offsets as runs of offsets[i] - i


def _encode_analysis(a: Analysis, values: list[Any]) -> None:
    """Compact forms of the two long fields of an Analysis (a token and an offset per character)."""
    names = [f.name for f in fields(Analysis)]
    text = a.text
    if all(t.text == text[t.start : t.end] for t in a.tokens):
        values[names.index("tokens")] = {
            _COLS: [[t.start for t in a.tokens], [t.end for t in a.tokens], [t.kind for t in a.tokens]]
        }
    if a.offsets is not None:
        runs: list[int] = []
        last = None
        for i, o in enumerate(a.offsets):
            if o - i != last:
                last = o - i
                runs += (i, last)
        values[names.index("offsets")] = {_RLE: [len(a.offsets), runs]}


def _decode_analysis(values: dict[str, Any]) -> None:
    toks = values.get("tokens")
    if isinstance(toks, dict) and _COLS in toks:
        text = values["text"]
        starts, ends, kinds = toks[_COLS]
        values["tokens"] = tuple(
            DvToken(text[a:b], a, b, k) for a, b, k in zip(starts, ends, kinds, strict=True)
        )
    offs = values.get("offsets")
    if isinstance(offs, dict) and _RLE in offs:
        n, runs = offs[_RLE]
        out: list[int] = []
        for r in range(0, len(runs), 2):
            stop = runs[r + 2] if r + 2 < len(runs) else n
            delta = runs[r + 1]
            out.extend(range(runs[r] + delta, stop + delta))
        values["offsets"] = tuple(out)


def _encode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack encoder: a dvtext record becomes ``{"__dvtext__": name, "v": [field values]}``."""
    cls = type(obj)
    if _RECORDS.get(cls.__name__) is cls:
        values = [getattr(obj, f.name) for f in fields(cls)]
        if cls is Analysis:
            _encode_analysis(obj, values)
        return {_MARK: cls.__name__, "v": values}
    return obj if chain is None else chain(obj)


def _decode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack decoder: the inverse of :func:`_encode_record` (fields are append-only)."""
    if isinstance(obj, dict) and _MARK in obj and obj.get(_MARK) in _RECORDS:
        cls = _RECORDS[obj[_MARK]]
        names = [f.name for f in fields(cls)]
        values = {
            k: (tuple(v) if isinstance(v, list) else v)
            for k, v in zip(names, obj["v"][: len(names)], strict=False)
        }
        if cls is Analysis:
            _decode_analysis(values)
        return cls(**values)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("dvtext", func=_encode_record)
srsly.msgpack_decoders.register("dvtext", func=_decode_record)
