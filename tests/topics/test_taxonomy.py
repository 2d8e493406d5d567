"""The taxonomy matches the codebook (../shared/docs/topics.md) and is well formed."""

from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import shared_path
from dvtext.errors import InputError
from dvtext.topics import taxonomy
from dvtext.topics.taxonomy import NONE, Topic, describe, is_label, labels, topic, validate_labels

CODEBOOK_IDS = (
    "cchc",
    "doi_thoai",
    "khieu_nai_to_cao",
    "giam_ngheo",
    "nong_thon_moi",
    "dan_chu_co_so",
    "dan_toc",
    "ton_giao",
    "an_ninh_trat_tu",
    "dan_van_kheo",
    "xay_dung_dang",
    "mat_tran_doan_the",
    "kinh_te_xa_hoi",
    "van_hoa_y_te_giao_duc",
)


def test_fourteen_labels_in_codebook_order() -> None:
    assert labels() == CODEBOOK_IDS
    assert NONE == "none" and NONE not in labels()


@pytest.mark.parametrize("label", CODEBOOK_IDS)
def test_every_topic_is_complete(label: str) -> None:
    t = topic(label)
    assert isinstance(t, Topic) and t.id == label
    assert t.name_vi and t.name_en and len(t.definition) > 40
    assert len(t.cues) >= 4
    for cue in (t.name_vi, t.definition, *t.cues):
        assert unicodedata.is_normalized("NFC", cue)
    for other in t.confusable:
        assert other == NONE or is_label(other)


def test_topic_is_frozen_and_hashable() -> None:
    t = topic("cchc")
    with pytest.raises(AttributeError):
        t.id = "x"  # type: ignore[misc]
    assert hash(t) == hash(topic("cchc"))


def test_unknown_topic_names_the_known_ones() -> None:
    with pytest.raises(InputError, match="known topics: cchc, doi_thoai"):
        topic("tôn giáo")
    assert not is_label("none")


@pytest.mark.parametrize(
    ("labels_", "primary", "ok"),
    [
        (["giam_ngheo", "dan_toc"], "giam_ngheo", True),
        ([], "none", True),
        (["giam_ngheo"], "dan_toc", False),
        ([], "cchc", False),
        (["giam_ngheo", "giam_ngheo"], "giam_ngheo", False),
        (["poverty"], "poverty", False),
        (["cchc"], "none", False),
    ],
)
def test_validate_labels(labels_: list[str], primary: str, ok: bool) -> None:
    if ok:
        validate_labels(labels_, primary)
    else:
        with pytest.raises(InputError):
            validate_labels(labels_, primary)


def test_describe_lists_all_labels_and_none() -> None:
    for lang in ("vi", "en"):
        rows = describe(lang=lang).splitlines()
        assert [r.split()[0] for r in rows] == [*CODEBOOK_IDS, NONE]
    assert "Công tác tôn giáo" in describe()
    with pytest.raises(InputError):
        describe(lang="fr")


def test_codebook_rules_present() -> None:
    assert any("passing mention" in r for r in taxonomy.codebook_rules())


def test_matches_the_shared_codebook() -> None:
    """Ids and Vietnamese names equal the codebook table row for row."""
    text = shared_path("docs", "topics.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \| ([^|]+) \|", text, flags=re.M)
    assert [r[0] for r in rows] == list(labels())
    for label, name_vi in rows:
        assert topic(label).name_vi == unicodedata.normalize("NFC", name_vi.strip())
