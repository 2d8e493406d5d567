"""baomoi-22324978: Quảng Ngãi, huyện Bình Sơn: the district invites a psychologist to teach pupils to resist
abuse (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("ThS Nguyễn Thị Tâm, chuyên gia tâm lý, đang trò chuyện", "tại buổi tập huấn."),
    B("Hơn 200 HS tiểu học, đại diện cho 34 trường", "tham dự buổi tập huấn."),
    B("Không những lắng nghe và ghi chép", "về cách chống XHTD."),
]

STATS: list = []

ENTS = [
    E("huyện Bình Sơn", "LOC"),
    E("Quảng Ngãi", "LOC"),
    E("Nguyễn Thị Tâm", "PER"),
    E("Công ty tư vấn tâm lý Hồn Việt", "ORG"),
    E("TP.HCM", "LOC"),
    E("Bình Sơn", "LOC"),
    E("tỉnh Quảng Ngãi", "LOC"),
    E("Nguyễn Thị Lý", "PER"),
    E("Trường Tiểu học Bình Nguyên", "ORG"),
    E("xã Bình Nguyên", "LOC"),
    E("Hồ Tấn Sỹ", "PER"),
    E("phòng GD&ĐT huyện Bình Sơn", "ORG"),
    E("Dân Việt", "ORG"),
    E("Hà Thị Anh Thư", "PER"),
    E("huyện Bình Sơn", "LOC"),
    E("Huyện ủy", "ORG"),
    E("Đoàn thanh niên", "ORG"),
    E("Phòng GD", "ORG"),
    E("huyện Bình Sơn", "LOC"),
    E("Bình Dương", "LOC"),
    E("Bình Hải", "LOC"),
]
