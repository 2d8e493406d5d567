"""Labelling functions on hand-written snippets, and the integrity of the labelled corpus."""

from __future__ import annotations

import gzip
import json
from collections import Counter

import pytest

from conftest import ROOT
from dvtext.errors import InputError
from dvtext.topics import labeling
from dvtext.topics.labeling import (
    CORPUS_DIR,
    apply_rules,
    load_labels,
    prepare,
    rules,
    selection_round,
    split_vntc_title,
    weak_labels,
)
from dvtext.topics.taxonomy import NONE, is_label, labels

# (label, title, text): a clear article of each topic; the label must be among the weak labels.
CLEAR = [
    (
        "cchc",
        "Quảng Ninh đứng đầu chỉ số cải cách hành chính",
        "Tỉnh đã đưa 1.200 thủ tục hành chính lên dịch vụ công trực tuyến mức độ 3, 4. Bộ phận một cửa các cấp "
        "tiếp nhận hơn 90.000 hồ sơ, tỷ lệ hồ sơ trả đúng hạn đạt 99%.",
    ),
    (
        "doi_thoai",
        "Bí thư Tỉnh ủy đối thoại với nông dân",
        "Sáng 12/5, Bí thư Tỉnh ủy đã đối thoại với hơn 300 nông dân của tỉnh. Tại buổi đối thoại, bà con nêu "
        "nhiều kiến nghị về giá phân bón, vốn vay. Lãnh đạo tỉnh lắng nghe ý kiến và trả lời trực tiếp.",
    ),
    (
        "doi_thoai",
        "Tiếp xúc cử tri trước kỳ họp thứ 3",
        "Đoàn đại biểu Quốc hội tỉnh đã tiếp xúc cử tri huyện Quế Phong. Cử tri kiến nghị về đường giao thông, "
        "trường học. Các ý kiến, kiến nghị của cử tri được tổng hợp gửi tới Quốc hội.",
    ),
    (
        "khieu_nai_to_cao",
        "Giải quyết dứt điểm các vụ khiếu nại, tố cáo kéo dài",
        "Thanh tra tỉnh cho biết năm qua đã tiếp nhận 540 đơn thư khiếu nại, tố cáo, chủ yếu về tranh chấp đất đai. "
        "UBND tỉnh chỉ đạo các huyện giải quyết dứt điểm, không để phát sinh điểm nóng.",
    ),
    (
        "khieu_nai_to_cao",
        "Nâng cao hiệu quả hòa giải ở cơ sở",
        "Toàn huyện có 120 tổ hòa giải với 800 hòa giải viên. Năm qua các tổ đã hòa giải thành 150 vụ việc, "
        "chủ yếu tranh chấp đất đai, mâu thuẫn trong gia đình.",
    ),
    (
        "giam_ngheo",
        "Huyện Quế Phong giảm 500 hộ nghèo",
        "Năm 2018, huyện có thêm 500 hộ thoát nghèo nhờ vốn vay ưu đãi của Ngân hàng Chính sách xã hội. "
        "Tỷ lệ hộ nghèo giảm còn 30%, hộ cận nghèo còn 12%.",
    ),
    (
        "giam_ngheo",
        "Trao 20 nhà đại đoàn kết cho hộ nghèo",
        "Ủy ban MTTQ huyện đã bàn giao 20 nhà đại đoàn kết cho các hộ có hoàn cảnh khó khăn từ Quỹ Vì người nghèo.",
    ),
    (
        "nong_thon_moi",
        "Xã Nghi Phong đạt chuẩn nông thôn mới",
        "Sau 5 năm xây dựng nông thôn mới, xã đã hoàn thành 19 tiêu chí. Người dân hiến hơn 10.000 m2 đất làm "
        "đường giao thông nông thôn, bê tông hóa 30 km đường làng ngõ xóm.",
    ),
    (
        "dan_chu_co_so",
        "Thực hiện tốt quy chế dân chủ ở cơ sở",
        "Các xã đã công khai, minh bạch các khoản thu chi để dân biết, dân bàn, dân làm, dân kiểm tra. "
        "Ban thanh tra nhân dân và ban giám sát đầu tư của cộng đồng hoạt động hiệu quả.",
    ),
    (
        "dan_chu_co_so",
        "Mặt trận đẩy mạnh giám sát và phản biện xã hội",
        "Năm qua, MTTQ tỉnh tổ chức 12 cuộc giám sát và 5 hội nghị phản biện xã hội đối với dự thảo nghị quyết "
        "của HĐND tỉnh. Nhiều ý kiến phản biện xã hội đã được tiếp thu.",
    ),
    (
        "dan_toc",
        "Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
        "Tỉnh có 540 người có uy tín trong vùng đồng bào dân tộc thiểu số. Ban Dân tộc tỉnh thường xuyên cung cấp "
        "thông tin, thực hiện chính sách dân tộc và Chương trình 135 tại các xã đặc biệt khó khăn.",
    ),
    (
        "ton_giao",
        "Đoàn kết lương – giáo xây dựng nông thôn mới",
        "Giáo xứ Xã Đoài có hơn 5.000 giáo dân. Linh mục chánh xứ cùng các chức sắc tôn giáo vận động đồng bào "
        "Công giáo sống tốt đời, đẹp đạo. Ban Tôn giáo tỉnh đánh giá cao tinh thần đoàn kết lương – giáo.",
    ),
    (
        "ton_giao",
        "Chúc mừng Đại lễ Phật đản",
        "Đoàn lãnh đạo tỉnh đã đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo tỉnh nhân Đại lễ Phật đản. "
        "Hòa thượng Trưởng ban cảm ơn và mong các tăng ni, phật tử tiếp tục đồng hành.",
    ),
    (
        "an_ninh_trat_tu",
        "Giữ vững an ninh trật tự vùng biên giới",
        "Đồn biên phòng Tri Lễ phối hợp công an xã xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc, thành lập "
        "15 tổ tự quản đường biên, cột mốc. Tình hình an ninh trật tự trên địa bàn được giữ vững.",
    ),
    (
        "an_ninh_trat_tu",
        "Cao điểm tấn công trấn áp tội phạm ma túy",
        "Công an tỉnh mở đợt cao điểm tấn công trấn áp tội phạm ma túy trên địa bàn. Trong đợt cao điểm, lực lượng "
        "chức năng phát hiện 45 vụ, bắt 60 đối tượng. Công tác phòng, chống ma túy được tuyên truyền tới từng "
        "thôn bản. Tình hình tội phạm ma túy được kiềm chế.",
    ),
    (
        "dan_van_kheo",
        "Tuyên dương 50 điển hình Dân vận khéo",
        "Ban Dân vận Tỉnh ủy tổ chức hội nghị biểu dương 50 điển hình tiên tiến trong phong trào thi đua "
        "Dân vận khéo. Nhiều mô hình hay, cách làm hay được nhân rộng.",
    ),
    (
        "xay_dung_dang",
        "Kỷ luật 13 đảng viên vi phạm",
        "Ủy ban Kiểm tra Tỉnh ủy đã thi hành kỷ luật 13 đảng viên, trong đó khai trừ 2 đảng viên. Đảng bộ tỉnh "
        "đẩy mạnh công tác xây dựng Đảng, phòng, chống tham nhũng.",
    ),
    (
        "mat_tran_doan_the",
        "Hội Nông dân tỉnh tổng kết năm",
        "Hội Nông dân các cấp đã kết nạp 3.000 hội viên mới. Hội phối hợp Mặt trận Tổ quốc và Đoàn Thanh niên "
        "tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư.",
    ),
    (
        "kinh_te_xa_hoi",
        "Tốc độ tăng trưởng kinh tế của tỉnh đạt 8,5%",
        "UBND tỉnh cho biết tốc độ tăng trưởng GRDP năm nay đạt 8,5%, thu ngân sách đạt 12.000 tỷ đồng, thu nhập "
        "bình quân đầu người 45 triệu đồng. Tỉnh thu hút 30 dự án đầu tư với tổng vốn đầu tư 20.000 tỷ đồng.",
    ),
    (
        "van_hoa_y_te_giao_duc",
        "Chủ động phòng chống dịch sốt xuất huyết",
        "Sở Y tế yêu cầu các trạm y tế xã tăng cường phòng chống dịch sốt xuất huyết. Bệnh viện tỉnh đã tiếp nhận "
        "120 bệnh nhân. Ngành y tế tổ chức vệ sinh môi trường, diệt lăng quăng.",
    ),
    (
        "van_hoa_y_te_giao_duc",
        "Khắc phục hậu quả thiên tai, sớm ổn định đời sống",
        "Bão số 10 làm sập 200 nhà, hư hỏng 15 trường học. Tỉnh huy động lực lượng khắc phục hậu quả, hỗ trợ "
        "người dân vùng lũ lụt, bảo đảm học sinh sớm trở lại trường.",
    ),
]

# (title, text): the codebook's `none` (sport, world news, showbiz, consumer tips, a single crime report).
NONE_SNIPPETS = [
    (
        "Messi lập cú đúp, Barca thắng đậm Sevilla",
        "Tiền đạo Messi ghi hai bàn thắng giúp Barcelona đánh bại Sevilla 3-0 ở vòng 20 La Liga. HLV Valverde hài lòng.",
    ),
    (
        "U23 Việt Nam vào chung kết giải châu Á",
        "Đội tuyển U23 Việt Nam thắng Qatar trên chấm luân lưu. Thủ môn Tiến Dũng cản phá thành công hai quả.",
    ),
    (
        "Mỹ cảnh báo Triều Tiên sau vụ thử tên lửa",
        "Nhà Trắng tuyên bố Mỹ sẽ đáp trả mọi hành động khiêu khích của Bình Nhưỡng. Tổng thống Trump nói Triều "
        "Tiên đang đùa với lửa. Hàn Quốc và Nhật Bản kêu gọi kiềm chế.",
    ),
    (
        "Mexico: băng đảng ma túy tấn công đồn cảnh sát",
        "Các tay súng thuộc băng đảng ma túy đã tấn công một đồn cảnh sát ở bang Guerrero, Mexico. Tội phạm ma túy "
        "khiến hơn 20.000 người thiệt mạng mỗi năm tại nước này. Chính phủ Mexico cam kết truy quét tội phạm.",
    ),
    (
        "Ca sĩ Mỹ Tâm ra mắt MV mới",
        "Nữ ca sĩ vừa tung MV ballad mới, thu hút hàng triệu lượt xem sau một ngày. Người hâm mộ khen ngợi giọng hát.",
    ),
    (
        "5 cách giữ thực phẩm tươi ngon ngày hè",
        "Bạn nên để rau trong ngăn mát, thịt cá trong ngăn đá và không để thức ăn thừa qua đêm.",
    ),
    (
        "Giá vàng hôm nay tăng mạnh",
        "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng. Tỷ giá USD ổn định. Thị trường chứng khoán giảm điểm.",
    ),
    (
        "Bắt quả tang đối tượng vận chuyển 16 bánh heroin",
        "Công an tỉnh bắt quả tang Nguyễn Văn A đang vận chuyển 16 bánh heroin. Đối tượng khai nhận mua ma túy "
        "ở biên giới về bán kiếm lời. Vụ việc đang được điều tra.",
    ),
]


@pytest.mark.parametrize(("label", "title", "text"), CLEAR, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLEAR)])
def test_clear_article_gets_its_label(label: str, title: str, text: str) -> None:
    labs, primary = weak_labels(title, text)
    assert label in labs, apply_rules(title, text)
    assert primary in labs


@pytest.mark.parametrize(("title", "text"), NONE_SNIPPETS, ids=[t[:24] for t, _ in NONE_SNIPPETS])
def test_none_articles_get_no_label(title: str, text: str) -> None:
    assert weak_labels(title, text) == ((), NONE), apply_rules(title, text)


def test_every_label_has_rules() -> None:
    have = {r.label for r in rules() if not r.veto}
    assert have == set(labels())
    ids = [r.id for r in rules()]
    assert len(ids) == len(set(ids))


def test_hits_name_the_rule_that_fired() -> None:
    hits = apply_rules("Huyện Quế Phong giảm 500 hộ nghèo", "")
    assert hits == [("giam_ngheo", "giam_ngheo.title", 1.0)]
    assert apply_rules("", "") == []


def test_veto_cancels_with_negative_weight() -> None:
    hits = apply_rules(
        "Mỹ tăng cường kiểm soát biên giới với Mexico", "Biên giới dài 3.000 km. Quân đội Mỹ tuần tra."
    )
    assert any(w < 0 and rid == "none.world" for _, rid, w in hits)
    assert weak_labels("Mỹ tăng cường kiểm soát biên giới với Mexico", "Biên giới dài 3.000 km.") == (
        (),
        NONE,
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Hoà giải ở cơ sở",
            "Tổ hoà giải thôn đã hoà giải thành 20 vụ tranh chấp đất đai, khiếu nại.",
        ),  # new tone placement
        (
            "HÒA GIẢI Ở CƠ SỞ",
            "TỔ HÒA GIẢI THÔN ĐÃ HÒA GIẢI THÀNH 20 VỤ TRANH CHẤP ĐẤT ĐAI, KHIẾU NẠI.",
        ),  # capitals
    ],
)
def test_matching_ignores_case_and_tone_placement(title: str, text: str) -> None:
    assert "khieu_nai_to_cao" in weak_labels(title, text)[0]


def test_phrase_matching_is_whole_word_and_dash_tolerant() -> None:
    # "nghèo" must not match inside another word; "kinh tế – xã hội" matches "kinh tế - xã hội".
    assert prepare("Kinh tế – Xã hội") == "kinh tế – xã hội"
    assert (
        "kinh_te_xa_hoi"
        in weak_labels(
            "Phát triển kinh tế–xã hội huyện miền núi",
            "UBND huyện cho biết tốc độ tăng trưởng đạt 9%, thu ngân sách tăng 20%.",
        )[0]
    )
    assert weak_labels("Món ăn ngon", "Một cửa hàng bán phở trong phố.") == ((), NONE)


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        (["hộ nghèo", "xóa đói giảm nghèo"], {"hộ", "xóa"}),
        (["re:(các )?(sở|ban|ngành)"], {"các", "sở", "ban", "ngành"}),
        (["kinh tế - xã hội", "re:hỗ trợ (gạo|nhà ở)"], {"kinh", "hỗ"}),
        (["covid-19", "re:5[0-9] hộ"], None),  # a class of digits: no list
        (["re:\\d+ hộ"], None),
        (["re:nghèo\\w*"], None),  # a repeat that continues the word
    ],
)
def test_first_words_of_a_rule_pattern(phrases: list[str], expected: set[str] | None) -> None:
    got = labeling.first_words(labeling._compile(phrases, {}, "test").pattern)
    assert got == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize(
    "text",
    [
        "hộ nghèo hộ nghèo, hộ cận nghèo và thiếu hộ nghèo",
        "chủ hộ nghèo; nhà hộ nghèo-hộ nghèo",  # inside a word, after a dash
        "xóa đói giảm nghèo giảm nghèo bền vững xóa đói",
        "các sở ban ngành, các ban, sở",  # overlapping candidates: each match skips what it covers
        "",
    ],
)
def test_indexed_count_equals_the_scan(text: str) -> None:
    """Trying a pattern only where its first words start counts what scanning every character counts."""
    for phrases in (["hộ nghèo", "nghèo", "hộ cận nghèo"], ["xóa đói giảm nghèo", "giảm nghèo bền vững"],
                    ["re:(các )?(sở|ban|ngành)", "sở ban ngành"]):
        pattern = labeling._compile(phrases, {}, "test")
        assert labeling._FIRST_WORDS[pattern] is not None
        t = prepare(text)
        assert labeling._count(pattern, t, labeling.word_starts(t)) == labeling._count(pattern, t)


def test_bad_input_raises_input_error() -> None:
    with pytest.raises(InputError):
        apply_rules(None, "x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "title", "body_start"),
    [
        (
            "Hà Nội: giảm hộ nghèo\r\nNăm nay thành phố giảm 2.000 hộ nghèo.",
            "Hà Nội: giảm hộ nghèo",
            "Năm nay",
        ),
        (
            "Vốn duy tu cầu đường chỉ đáp ứng 50% nhu cầu (NLĐ)- Ngày 20-3, Ban Kinh tế HĐND TP đã làm việc "
            + "x" * 200,
            "Vốn duy tu cầu đường chỉ đáp ứng 50% nhu cầu",
            "Ngày 20-3",
        ),
        ("Một đoạn rất dài không có tiêu đề " * 10, "", "Một đoạn"),
    ],
)
def test_split_vntc_title(raw: str, title: str, body_start: str) -> None:
    t, body = split_vntc_title(raw)
    assert t == title and body.startswith(body_start)


@pytest.mark.parametrize(
    ("selection", "round_"),
    [
        ("random:baomoi-politics", 2),
        ("model:an_ninh_trat_tu", 2),
        ("random:vntc-politics:r3", 3),
        ("model:xay_dung_dang:r3 (quick-model boundary 0.35-0.65)", 3),
        ("title:dan_chu_co_so:r4 (dân chủ|giám sát)", 4),
        ("keyword:dan-van:r5 (dân vận in title or text)", 5),
        ("random:local-government:r5 (seed 5005; local body or leader in title or first 300 chars)", 5),
        ("random", 2),
        ("weak:r7 (uniform sample of the weak layer, seed 7007)", 7),
    ],
)
def test_selection_round(selection: str, round_: int) -> None:
    assert selection_round(selection) == round_


# --------------------------------------------------------------------------------------------------
# The corpus files

LABELS_FILE = CORPUS_DIR / "labels.jsonl"


@pytest.fixture(scope="module")
def records() -> list[dict]:
    if not LABELS_FILE.exists():
        pytest.skip("corpora/topics/labels.jsonl not built yet")
    return load_labels(LABELS_FILE)


def test_corpus_records_are_valid(records: list[dict]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for r in records:
        assert r["corpus"] in ("baomoi-2017", "vntc", labeling.SAMPLE_CORPUS)
        assert all(is_label(x) for x in r["labels"])
        assert r["primary"] in r["labels"] or (r["primary"] == NONE and not r["labels"])
        assert r["id"].startswith("baomoi-") == (r["corpus"] == "baomoi-2017")
        assert r["id"].startswith("sample-") == (r["corpus"] == labeling.SAMPLE_CORPUS)
        if r["verified"]:
            assert r["provenance"] == "read" and r["split"] in ("dev", "test")
        else:
            assert r["provenance"].startswith("rules:") and r["split"] == "train"


def test_corpus_size_and_verified_coverage(records: list[dict]) -> None:
    verified = [r for r in records if r["verified"]]
    assert len(records) >= 2000
    assert len(verified) >= 400
    per_label = Counter(x for r in verified for x in r["labels"])
    for lab in labels():
        assert per_label[lab] >= 30, f"{lab}: only {per_label[lab]} verified positives"
    assert sum(r["primary"] == NONE for r in verified) >= 80


def test_vntc_texts_cover_the_vntc_articles(records: list[dict]) -> None:
    with gzip.open(CORPUS_DIR / "vntc_texts.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = {d["id"]: d for d in map(json.loads, f)}
    want = {r["id"] for r in records if r["corpus"] == "vntc"}
    assert want <= set(texts)
    assert all(texts[i]["text"] for i in want)


@pytest.mark.slow
def test_load_corpus_verified_only(records: list[dict]) -> None:
    from conftest import shared_path

    shared = shared_path("corpora", "baomoi-2017.jsonl.gz").parents[1]
    arts = labeling.load_corpus(shared, verified_only=True)
    assert len(arts) == sum(r["verified"] for r in records)
    assert all(a.text and a.verified for a in arts)


def test_evaluate_rules_counts_per_label() -> None:
    arts = [
        labeling.LabelledArticle(
            "a", "Huyện Quế Phong giảm 500 hộ nghèo", "", ("giam_ngheo",), "giam_ngheo", True
        ),
        labeling.LabelledArticle("b", "Messi ghi bàn", "Barca thắng.", (), NONE, True),
        labeling.LabelledArticle("c", "Tiếp xúc cử tri", "Cử tri kiến nghị.", ("dan_toc",), "dan_toc", True),
    ]
    m = labeling.evaluate_rules(arts)
    assert m["giam_ngheo"]["tp"] == 1 and m["giam_ngheo"]["precision"] == 1.0
    assert m["doi_thoai"]["fp"] == 1 and m["dan_toc"]["fn"] == 1
    assert m["primary_accuracy"]["n"] == 3
    assert abs(m["primary_accuracy"]["accuracy"] - 2 / 3) < 1e-9


def _corpus_builder():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_topic_corpus", ROOT / "bench" / "build_topic_corpus.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_second_annotator_figures_reproduce() -> None:
    """The shipped agreement figures are what the stored labels and the second reader's TSV give today."""
    mod = _corpus_builder()
    folder = ROOT / "corpora" / "topics" / "agreement"
    rel = mod.read_relabel_file(folder / "second-annotator-120.tsv")
    stored = {r["id"]: r for r in mod.read_records() if r["verified"]}
    assert len(rel) == 120 and set(rel) <= set(stored)  # read articles only, none twice
    assert not set(rel) & set(mod.read_relabel_file(folder / "relabel-60.tsv"))
    got = mod.agreement(stored, rel)
    want = json.loads((folder / "second-annotator-120.json").read_text(encoding="utf-8"))
    for key in ("pooled_kappa", "mean_label_kappa", "label_f1", "exact_set_agreement", "primary_agreement"):
        assert got[key] == want[key], key
    assert 0.85 <= got["label_f1"] < 0.9 and got["primary_agreement"] > 0.9


@pytest.mark.parametrize(("name", "n", "last_round", "others"), [
    ("readers-r7-r8-176", 176, 6, ("second-annotator-120", "relabel-60")),
    ("readers-r10-48", 48, 8, ("second-annotator-120", "relabel-60", "readers-r7-r8-176")),
    ("readers-r11-144", 144, 10, ("second-annotator-120", "relabel-60", "readers-r7-r8-176", "readers-r10-48")),
    ("readers-r12-144", 144, 11, ("second-annotator-120", "relabel-60", "readers-r7-r8-176", "readers-r10-48",
                                  "readers-r11-144")),
])
def test_readers_check_reproduces(name: str, n: int, last_round: int, others: tuple[str, ...]) -> None:
    """The readers' blind checks of rounds 7-8, 10, 11 and 12: articles read in earlier rounds only (never the sample),
    none from the other agreement files, and the shipped figures are what the stored labels give today."""
    mod = _corpus_builder()
    folder = ROOT / "corpora" / "topics" / "agreement"
    rel = mod.read_relabel_file(folder / f"{name}.tsv")
    stored = {r["id"]: r for r in mod.read_records() if r["verified"]}
    assert len(rel) == n and set(rel) <= set(stored)
    assert not any(selection_round(stored[i].get("selection", "")) > last_round for i in rel)
    for other in others:
        assert not set(rel) & set(mod.read_relabel_file(folder / f"{other}.tsv"))
    got = mod.agreement(stored, rel)
    want = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    for key in ("pooled_kappa", "mean_label_kappa", "label_f1", "exact_set_agreement", "primary_agreement"):
        assert got[key] == want[key], key


def test_round_12_is_merged_as_read() -> None:
    """Round 12's 2,256 read labels (DATASHEET, "Round 12"), kept pending until training was fast enough, are
    in the corpus as read articles with the round's selection tag; none is left in the weak layer."""
    mod = _corpus_builder()
    records = mod.read_records()
    r12 = [r for r in records if r["verified"] and selection_round(r.get("selection", "")) == 12]
    assert len(r12) == 2256 == len({r["id"] for r in r12})
    assert all(r["provenance"] == "read" for r in r12)
    assert not (ROOT / "corpora" / "topics" / "pending" / "round12.tsv").exists()


def test_the_sample_article_is_a_read_article_with_its_shipped_text(records: list[dict], tmp_path) -> None:
    """The sample article is labelled like any read article and its text is the shipped .txt, read as
    `dvtext analyze` reads it; a sample record naming no shipped file is refused with the file it wanted."""
    from conftest import SAMPLE

    (rec,) = [r for r in records if r["corpus"] == labeling.SAMPLE_CORPUS]
    assert rec["id"] == "sample-que-phong" and rec["verified"] and rec["primary"] == "cchc"
    assert "doi_thoai" in rec["labels"]
    topics = tmp_path / "topics"
    topics.mkdir()
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "que-phong.txt").write_bytes(SAMPLE.read_bytes())
    (topics / "labels.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = labeling.load_corpus("/nonexistent", corpus_dir=topics)
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    assert art.title == lines[0].strip() and art.text.startswith(lines[2][:40]) and "320 lượt" in art.text
    assert art.labels == tuple(x for x in labels() if x in rec["labels"])
    (topics / "labels.jsonl").write_text(json.dumps({**rec, "id": "sample-nowhere"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="sample-nowhere.*nowhere.txt"):
        labeling.load_corpus("/nonexistent", corpus_dir=topics)


def test_majority_of_three_readings() -> None:
    mod = _corpus_builder()
    assert mod.majority_of([(["cchc"], "cchc"), (["cchc", "doi_thoai"], "doi_thoai"),
                            (["doi_thoai", "cchc"], "doi_thoai")]) == (["cchc", "doi_thoai"], "doi_thoai")
    # no primary shared by two readings among the labels: the stored reading's, then A's
    assert mod.majority_of([(["cchc", "giam_ngheo"], "giam_ngheo"), (["cchc"], "cchc"),
                            (["cchc", "giam_ngheo"], "cchc")]) == (["cchc", "giam_ngheo"], "cchc")
    assert mod.majority_of([(["dan_toc"], "dan_toc"), ([], NONE), (["ton_giao"], "ton_giao")]) == ([], NONE)
    assert mod.majority_of([(["dan_toc", "ton_giao"], "dan_toc"), ([], NONE),
                            (["ton_giao"], "ton_giao")]) == (["ton_giao"], "ton_giao")


def test_review_r13_decides_the_stored_labels() -> None:
    """Review round 13 (DATASHEET, "Review round 13"): each row's readings are valid labels, reader B read exactly
    the articles where reader A's label set differs from the stored one, the corpus holds each article's decision
    today (the agreement files' articles and the sample article excepted: left as they were), and the shipped
    figures are what the file gives."""
    mod = _corpus_builder()
    folder = ROOT / "corpora" / "topics" / "agreement"
    rows = mod.read_review_file(folder / "review-r13.tsv")
    records = {r["id"]: r for r in mod.read_records()}
    assert len(rows) == len({r["id"] for r in rows})
    skip = mod.agreement_ids()
    for row in rows:
        rec = records[row["id"]]
        assert rec["verified"]
        assert (row["b"] is None) == (set(row["a"][0]) == set(row["stored"][0]))
        if row["id"] in skip or rec["corpus"] == labeling.SAMPLE_CORPUS:
            want = (sorted(row["stored"][0], key=labels().index), row["stored"][1])
        else:
            want = mod.review_decision(row)
        assert (rec["labels"], rec["primary"]) == want, row["id"]
    figures = json.loads((folder / "review-r13.json").read_text(encoding="utf-8"))
    assert mod.review_figures(rows) == figures
