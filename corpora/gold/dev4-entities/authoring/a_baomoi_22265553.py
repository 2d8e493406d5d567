"""baomoi-22265553: Kiên Giang: the environment department on mass deaths of fish and clams (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Một số hình ảnh nghêu chết", "Ảnh: TR.L"),
    B("Một số hình ảnh nghêu chết", "Ảnh: TR.L"),
]

STATS: list = []

ENTS = [
    E("Sở TNMT tỉnh Kiên Giang", "ORG"),
    E("Trung tâm Nghiên cứu Ứng dụng về Công nghệ và Quản lý Môi trường CENTEMA", "ORG"),
    E("quy chuẩn 10-MT:2015/BTNMT", "DOC", type="Quy chuẩn"),
    E("Sở TNMT Kiên Giang", "ORG"),
    E("Trung tâm Quan trắc", "ORG"),
    E("QCVN 10-MT:2015/BTNMT", "DOC", type="Quy chuẩn"),
    E("kênh Tam Bản", "LOC"),
    E("khu nuôi tôm Trung Sơn", "LOC"),
    E("Sở TNMT", "ORG"),
    E("cầu Tô Châu", "LOC"),
    E("thị xã Hà Tiên", "LOC"),
    E("xã Bình An", "LOC"),
    E("huyện Kiên Lương", "LOC"),
    E("Lao Động", "ORG"),
    E("Kiên Giang", "LOC"),
    E("huyện Kiên Lương", "LOC"),
    E("Tà Săng", "LOC"),
    E("Mũi Dừa", "LOC"),
    E("Bãi Chà Và", "LOC"),
    E("xã Dương Hòa", "LOC"),
    E("Ong Văn Lình", "PER"),
    E("UBND xã Dương Hòa", "ORG"),
    E("huyện Kiên Lương", "LOC"),
    E("Kiên Giang", "LOC"),
    E("HTX nuôi nghêu Thuận Yên", "ORG"),
    E("thị xã Hà Tiên", "LOC"),
    E("TRẦN LƯU", "PER"),
]
