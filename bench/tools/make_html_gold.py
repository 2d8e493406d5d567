"""Write corpora/gold/html/*.json: the page gold for bench/eval_html.py, from decisions made by reading
each page's block listing (bench/tools/html_blocks.py). Each call below names the lead block, the body
block ranges, the blocks left out (captions, related links), and the strings that must not appear.
Offsets index the page text; bench/eval_html.py loads the text from ../shared at run time, so the gold
ships no article text beyond short quotes (title, first/last sentence, must-not strings).

Run from the repository root: python bench/tools/make_html_gold.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_blocks import blocks, page_text  # noqa: E402

_ap = argparse.ArgumentParser()
_ap.add_argument("--shared", default=os.environ.get("DVTEXT_SHARED", str(Path(__file__).resolve().parents[2].parent / "shared")))
SH = Path(_ap.parse_args().shared) / "html"

def sent_first(t: str) -> str:
    """First sentence of a paragraph (at most 160 characters)."""
    m = re.match(r"(.+?[.!?…])(\s|$)", t)
    return (m.group(1) if m else t)[:160]


def sent_last(t: str) -> str:
    """Last sentence of a paragraph (at most 160 characters)."""
    parts = re.split(r"(?<=[.!?…])\s+(?=[A-ZĐ\"“(])", t)
    return parts[-1][-160:]


def make(name, page, url, title, published, author, category, lead_idx, body, exclude, must_not, tags_include=(), lead_prefix=None, notes=""):
    src = page_text(SH / page)
    bl = blocks(src)
    idx = []
    for a, b in body:
        idx += [i for i in range(a, b + 1) if i not in exclude]
    spans = [[bl[i][0], bl[i][1]] for i in idx]
    texts = [bl[i][3] for i in idx]
    lead = bl[lead_idx][3] if lead_idx is not None else None
    g = {
        "page": page, "url": url, "title": title, "published": published, "author": author,
        "category": category, "tags_include": list(tags_include),
        "lead_span": [bl[lead_idx][0], bl[lead_idx][1]] if lead_idx is not None else None,
        "lead_prefix": lead_prefix,
        "body_spans": spans,
        "first": sent_first(texts[0]), "last": sent_last(texts[-1]),
        "must_not": must_not, "notes": notes,
    }
    out = Path("corpora/gold/html") / (name + ".json")
    out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(spans), "| lead:", (lead or "")[:60], "| first:", g["first"][:70], "| last:", g["last"][-70:])

make("baochinhphu_article", "national/baochinhphu_article.html",
     "https://baochinhphu.vn/chinh-sach-moi-co-hieu-luc-tu-thang-3-2026-102260228093004191.htm",
     "Chính sách mới có hiệu lực từ tháng 3/2026", "2026-03-01T09:51", None, "Chính sách và cuộc sống",
     86, [(88, 158)], set(),
     ["Tham khảo thêm", "Chính sách mới có hiệu lực từ tháng 2/2026", "Châu Âu: Nhiều chính sách mới có hiệu lực năm 2026",
      "Ảnh 1", "Tổng Biên tập", "(Chinhphu.vn)"], lead_prefix="(Chinhphu.vn) - ",
     notes="No byline on the page (JSON-LD author name is empty).")
make("baodautu_article", "national/baodautu_article.html",
     "https://baodautu.vn/xu-phat-giam-doc-tai-chinh-tap-doan-tien-son-thanh-hoa-vi-thao-tung-co-phieu-d538952.html",
     "Xử phạt Giám đốc tài chính Tập đoàn Tiên Sơn Thanh Hoá vì thao túng cổ phiếu", "2026-03-07T08:47", "Nguyên Minh",
     "Đầu tư tài chính", 19, [(22, 34)], {25},
     ["Diễn biến cổ phiếu AAT trong giai đoạn 2021 - 2023", "Một cá nhân bị xử phạt vì dùng 19 tài khoản",
      "Hai cá nhân này vừa bị xử phạt", "#xử phạt", "Bình luận bài viết này", "Xem thêm trên Báo Đầu Tư"],
     tags_include=["AAT"])
make("cafef_article", "national/cafef_article.html",
     "https://cafef.vn/thoi-diem-nang-hang-can-ke-mbs-diem-ten-30-co-phieu-viet-nam-co-kha-nang-lot-ro-chi-so-ftse-18826030622484142.chn",
     "Thời điểm nâng hạng cận kề, MBS điểm tên 30 cổ phiếu Việt Nam có khả năng lọt rổ chỉ số FTSE", "2026-03-07T00:01",
     "Dương Ngọc", "Thị trường chứng khoán", 24, [(26, 37)], set(),
     ["TIN MỚI", "Nhịp sống thị trường", "CÙNG CHUYÊN MỤC", "Từ Khóa", "VinaCapital: Bất kỳ nhịp sụt giảm", "Chia sẻ"],
     tags_include=["MBS", "FTSE"])
make("cafef_article_batdongsan", "national/cafef_article_batdongsan.html",
     "https://cafef.vn/tang-ho-tro-giam-ap-luc-tai-chinh-khi-chuyen-muc-dich-su-dung-dat-188260307071033787.chn",
     "Tăng hỗ trợ, giảm áp lực tài chính khi chuyển mục đích sử dụng đất", "2026-03-07T09:40", "Hồ Hương",
     "Bất động sản", 24, [(26, 35)], {27},
     ["Ảnh minh hoạ", "TIN MỚI", "Đại Đoàn kết", "Theo Hồ Hương", "CÙNG CHUYÊN MỤC", "Siêu đô thị 18 tỷ USD"],
     tags_include=["Bộ Tài chính"], notes="Byline 'Theo Hồ Hương / Đại Đoàn kết': author Hồ Hương, source paper Đại Đoàn kết.")
make("dantri_article", "national/dantri_article.html",
     "https://dantri.com.vn/kinh-doanh/gia-vang-giam-van-cao-hon-the-gioi-gan-20-trieu-dongluong-20260307080054340.htm",
     "Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng", "2026-03-07T08:07", "Tri Túc", "Kinh doanh",
     241, [(242, 253)], set(),
     ["(Dân trí)", "Giá vàng miếng SJC giảm, người mua lỗ gần 3 triệu", "Từ khoá", "Đọc nhiều trong Kinh doanh",
      "Giá xăng dầu tăng mạnh"], lead_prefix="(Dân trí) - ", tags_include=["vàng nhẫn"])
make("nld_article", "national/nld_article.html",
     "https://nld.com.vn/nhung-sai-sot-ho-kinh-doanh-thuong-gap-khi-thuc-hien-quy-dinh-moi-ve-thue-196260307071308923.htm",
     "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế", "2026-03-07T08:06", "Minh Chiến",
     "Kinh tế", 42, [(43, 66)], {44, 46, 47, 48, 54},
     ["Chuyên gia về thuế đã nêu một số sai sót phổ biến", "Hộ kinh doanh phải kê khai tất cả tài khoản",
      "Cách kê khai, nộp thuế cho cá nhân", "Tin liên quan", "Bình luận", "Gửi bình luận", "(NLĐO)"],
     lead_prefix="(NLĐO)- ", notes="The boxed summary of Nghị định 68 at the end is article text.")
make("tuoitre_article", "national/tuoitre_article.html",
     "https://tuoitre.vn/chien-su-day-gia-hoa-nhap-khau-dip-8-3-tang-manh-20260307075519174.htm",
     "Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh", "2026-03-07T08:01", "Nhật Xuân, Nghi Vũ", "Kinh doanh",
     170, [(172, 198)], {192},
     ["Theo cửa hàng hoa, một bó hoa hồng từ 10 - 20 bông", "Một cửa hàng chuyển hướng sang các sản phẩm thay thế như hoa sáp",
      "Xung đột leo thang tại Trung Đông đang đẩy doanh nghiệp xuất khẩu", "Đọc tiếp", "Tặng sao", "Tin liên quan"],
     tags_include=["giá hoa"], notes="The boxed section 'Hoa tiền triệu hạ nhiệt...' is article text.")
make("vietnamnet_article", "national/vietnamnet_article.html",
     "https://vietnamnet.vn/co-phieu-flc-duoc-giao-dich-tro-lai-2495349.html",
     "Cổ phiếu FLC được giao dịch trở lại", "2026-03-07T08:52", "Duy Anh", "Kinh doanh", 210, [(211, 219)], {214},
     ["Một dự án của FLC. Ảnh: Hồng Khanh", "Chính thức hủy giao dịch cổ phiếu FLC từ 31/12", "Xem thêm về",
      "Bình luận", "Xem các bài viết của tác giả"], tags_include=["cổ phiếu flc"])

make("vnexpress_article", "national/vnexpress_article.html",
     "https://vnexpress.net/cach-cac-nuoc-doi-pho-cu-soc-nang-luong-tu-trung-dong-5047363.html",
     "Cách các nước đối phó cú sốc năng lượng từ Trung Đông", "2026-03-07T00:05", "Hà Thu", "Kinh doanh",
     14, [(15, 44)], {19, 32},
     ["Công nhân đi qua các ống dẫn dầu", "Tàu dầu gần thành phố cảng Nakhodka", "Ảnh: Reuters", "Hà Thu (tổng hợp)",
      "Copy link thành công", "Trở lại"], tags_include=["Iran"])

make("fundus_vnexpress_2025_10_22", "fundus-vn/VnExpress_2025_10_22.html.gz",
     "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html",
     "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non", "2025-10-22T19:25", "Lê Phương", "Sức khỏe",
     27, [(28, 33)], {30},
     ["Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp", "Copy link thành công", "Trở lại"],
     tags_include=[], notes="Fundus expected JSON (shared/html/fundus-vn/VnExpress.json) agrees on title, date, author, "
     "summary and paragraphs; it keeps the photo caption as a paragraph, which this gold leaves out.")
