"""vntc-train-XH_VNE_-323: Nghệ An, Hải Dương, Bình Thuận, Hưng Yên, Thừa Thiên - Huế, Đà Nẵng, Quảng Bình: the
25 April 2004 people's council elections leave seats unfilled and ballots over-counted; re-votes and by-elections
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    # title "Bầu cử đại biểu HĐND": councils in general (a class), not annotated
    E("Chính phủ", "ORG"),
    E("Ủy ban thường vụ Quốc hội", "ORG"),
    E("xã Nghi Vạn", "LOC"),
    E("huyện Nghi Lộc", "LOC"),
    E("Nghệ An", "LOC"),
    # "khu vực bỏ phiếu số 9": a polling area, not a body nor a named place
    E("thôn Đông Giao", "LOC"),
    E("xã Lương Điền", "LOC"),
    E("Cẩm Giàng", "LOC"),
    E("Hải Dương", "LOC"),
    E("HĐND thành phố Phan Thiết", "ORG"),
    E("Bình Thuận", "LOC"),
    E("Hưng Yên", "LOC"),
    E("Thừa Thiên - Huế", "LOC"),
    E("huyện Phú Vang", "LOC"),
    E("Thủy Bằng", "LOC"),
    E("huyện Hương Thủy", "LOC"),
    E("Phú Thanh", "LOC"),
    E("Phú Diên", "LOC"),
    E("Phú Vang", "LOC"),
    E("Hội đồng bầu cử TP Đà Nẵng", "ORG"),
    E("tổ bầu cử số 7 phường Mân Thái", "ORG"),
    E("ban bầu cử số 9 quận Sơn Trà", "ORG"),
    E("Hội đồng bầu cử TP Đà Nẵng", "ORG"),
    E("tổ bầu cử số 7", "ORG"),
    # "đơn vị bầu cử số 8": a constituency (an area), not a body
    E("Quảng Bình", "LOC"),
    E("thị xã Đồng Hới", "LOC"),
    E("Tỉnh ủy", "ORG"),
    E("HĐND", "ORG"),
    E("Đinh Hữu Cường", "PER"),
    E("Cường", "PER"),
]
