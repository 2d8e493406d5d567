"""The analysis pipeline: normalise → sentences → words → dates → statistics → entities → topics.

Each stage is a plain function from :mod:`dvtext.text` or :mod:`dvtext.extract`; this module only
composes them and turns a failing stage into an entry of ``Analysis.errors`` so one odd article never
loses the rest of its record.

Example:
    >>> a = analyze("Huyện có 13 xã và 01 thị trấn.")
    >>> a.to_dict()["sentences"]
    [{'start': 0, 'end': 30}]
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from dvtext.errors import InputError
from dvtext.extract.dates import extract_dates
from dvtext.extract.entities import extract_entities
from dvtext.extract.statistics import extract_statistics
from dvtext.text.normalize import ensure_text, normalize
from dvtext.text.sentences import split_sentences
from dvtext.text.tokens import tokenize
from dvtext.types import Analysis, Article

__all__ = ["analyze", "analyze_many", "article_id", "as_article", "MAX_CHARS"]

log = logging.getLogger(__name__)

#: Longest body analysed; longer input raises :class:`InputError` (a news article is < 50,000).
MAX_CHARS = 2_000_000

TopicFn = Callable[[Analysis], tuple[Any, ...]]  # (scores, primary) or (scores, primary, probabilities)


def article_id(text: str, title: str | None = None) -> str:
    """A stable id from the content: ``sha1(title + body)[:16]``."""
    h = hashlib.sha1(((title or "") + "\n" + text).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


def as_article(value: str | Article | Mapping[str, Any]) -> Article:
    """Accept a body string, an :class:`Article` or a mapping with at least ``text``."""
    if isinstance(value, Article):
        ensure_text(value.text, name="Article.text")
        return value
    if isinstance(value, Mapping):
        if "text" not in value:
            raise InputError("a mapping passed to analyze() needs a 'text' field (the article body)")
        ensure_text(value["text"], name="text")
        return Article.from_dict(value)
    return Article(text=ensure_text(value))


def _stage(errors: list[str], name: str, fn: Callable[[], Any], default: Any) -> Any:
    try:
        return fn()
    except Exception as exc:  # one failing extractor never loses the record
        log.warning("%s failed: %s", name, exc, exc_info=log.isEnabledFor(logging.DEBUG))
        errors.append(f"{name}: {type(exc).__name__}: {exc}")
        return default


def analyze(
    text_or_article: str | Article | Mapping[str, Any],
    *,
    topics: TopicFn | None | bool = None,
) -> Analysis:
    """Analyse one article: sentences, dates, statistics, entities and topics.

    Args:
        text_or_article: the body text, an :class:`~dvtext.types.Article`, or a mapping with ``text``
            (and optionally ``id``, ``title``, ``url``, ``published``, ``source``).
        topics: a topic function ``Analysis -> (scores, primary)`` (or ``(scores, primary,
            {label: probability})``); ``None`` uses the shipped model when it is available, ``False``
            skips topics.

    Returns:
        The :class:`~dvtext.types.Analysis`; ``to_dict()`` gives the analysis record.

    Raises:
        InputError: the input is None, bytes that are not UTF-8, a mapping without ``text``, or longer
            than :data:`MAX_CHARS`.

    Example:
        >>> a = analyze("Tỷ lệ hộ nghèo giảm xuống còn 26,5%.")
        >>> a.text
        'Tỷ lệ hộ nghèo giảm xuống còn 26,5%.'
    """
    article = as_article(text_or_article)
    if len(article.text) > MAX_CHARS:
        raise InputError(
            f"article text has {len(article.text):,} characters, more than the {MAX_CHARS:,} dvtext "
            "analyses in one piece; split it into articles first"
        )
    norm = normalize(article.text)
    text = norm.text
    title = normalize(article.title).text if article.title else article.title
    errors: list[str] = []
    sentences = tuple(_stage(errors, "sentences", lambda: split_sentences(text), []))
    tokens = tuple(_stage(errors, "tokens", lambda: tokenize(text, sentences=sentences), []))
    dates = tuple(_stage(errors, "dates", lambda: extract_dates(text, sentences=sentences), []))
    stats = tuple(
        _stage(errors, "statistics", lambda: extract_statistics(text, sentences=sentences, dates=dates), [])
    )
    province = _province_hint(article)
    ents = tuple(
        _stage(errors, "entities", lambda: extract_entities(text, sentences=sentences, province=province), [])
    )
    result = Analysis(
        id=article.id or article_id(text, title),
        text=text,
        title=title,
        url=article.url,
        published=article.published,
        source=article.source,
        author=article.author,
        category=article.category,
        sentences=sentences,
        statistics=stats,
        dates=dates,
        entities=ents,
        errors=tuple(errors),
        tokens=tokens,
        original_text=norm.original,
        offsets=norm.offsets,
    )
    topic_fn = _topic_function(topics)
    if topic_fn is not None:
        scored = _stage(errors, "topics", lambda: topic_fn(result), None)
        if scored is not None:
            scores, primary, *rest = scored
            probs = tuple(rest[0].items()) if rest and rest[0] else ()
            result = _replace(result, topics=tuple(scores), primary_topic=primary, topic_probabilities=probs)
        if errors != list(result.errors):
            result = _replace(result, errors=tuple(errors))
    return result


def _province_hint(article: Article) -> str | None:
    """The province a provincial site writes about (its profile says), e.g. baonghean.vn → Nghệ An."""
    for where in (article.url, article.canonical_url, article.source):
        if where and "." in where:
            from dvtext.collect.sites import profile_for_url

            url = where if "://" in where else "https://" + where
            try:
                profile = profile_for_url(url)
            except Exception:  # a malformed URL gives no hint
                continue
            if profile is not None and profile.province:
                return profile.province
    return None


def _replace(a: Analysis, **changes: Any) -> Analysis:
    from dataclasses import replace

    return replace(a, **changes)


def _topic_function(topics: TopicFn | None | bool) -> TopicFn | None:
    if topics is False:
        return None
    if callable(topics):
        return topics
    try:
        from dvtext.topics.model import default_topic_function
    except ImportError:  # the topic model has not landed yet
        return None
    return default_topic_function()


def analyze_many(
    items: Iterable[str | Article | Mapping[str, Any]],
    *,
    topics: TopicFn | None | bool = None,
    on_error: Callable[[int, Exception], None] | None = None,
) -> Iterator[Analysis]:
    """Analyse many articles lazily, in order; an article that cannot be read is skipped.

    Args:
        items: texts, articles or mappings (anything :func:`analyze` accepts).
        topics: as for :func:`analyze` (the model is loaded once for the whole run).
        on_error: called with ``(index, exception)`` for every item that raised :class:`InputError`;
            without it such items are logged and skipped.
    """
    fn = _topic_function(topics) if topics is not False else None
    for i, item in enumerate(items):
        try:
            yield analyze(item, topics=fn if fn is not None else False)
        except InputError as exc:
            if on_error is not None:
                on_error(i, exc)
            else:
                log.warning("item %d skipped: %s", i, exc)
