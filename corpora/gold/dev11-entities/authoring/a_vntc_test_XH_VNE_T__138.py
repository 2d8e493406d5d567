"""vntc-test-XH_VNE_T_-138: TP Hồ Chí Minh, the transport and public works department signs a cooperation agreement
with the Moscow metro builder for two priority metro lines (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Nga", "LOC"),  # the Russian side acting (rule 29)
    E("TP HCM", "LOC"),
    E("Sở Giao thông công chính TP HCM", "ORG"),
    E("Tổng công ty xe điện ngầm Matxcơva", "ORG"),  # lower-case trade + its city, one company (test README 7)
    E("Moskovski Metrostroy", "ORG"),  # its own name in parentheses (dev2 decision 2)
    E("TP HCM", "LOC", ctx="tàu điện ngầm TP HCM"),  # the city's metro, no name of its own
    E("Việt Nam", "LOC", ctx="Phía Việt Nam"),  # dev10 B decision 5
    # "nhóm công tác Nga - Việt": an ad hoc team (dev3 decision 1); the two countries inside it are LOC
    E("Nga", "LOC", ctx="công tác Nga"),
    E("Việt", "LOC"),
    E("Nga", "LOC", ctx="đối tác Nga"),
    E("Chính phủ Việt Nam", "ORG"),
    E("Mai Quốc Bình", "PER"),
    E("UBND thành phố", "ORG"),
    E("Nga", "LOC", ctx="sang Nga"),
    E("Đức", "LOC", ctx="và Đức"),
    E("Sở Giao thông công chính TP HCM", "ORG"),
    E("phường Tân Thới Nhất", "LOC"),
    E("quận 12", "LOC"),
    E("xã Tân Kiên", "LOC"),
    E("huyện Bình Chánh", "LOC"),
    # the lines: a line named by its ends keeps "tuyến" (dev5 decision 2, dev6 decision 3); the itineraries in
    # parentheses and after "Tuyến N:" list the stops and streets the line follows: one LOC each
    E("tuyến Bến Thành - Tham Lương", "LOC"),
    E("Bến Thành", "LOC", ctx="(Bến Thành"),
    E("Cách Mạng Tháng Tám", "LOC"),
    E("Tham Lương", "LOC"),
    E("Đông - Tây", "LOC"),  # the second line, bare after "tuyến ... và" (rule 21)
    E("Bến Thành", "LOC", ctx="(Bến Thành"),
    E("Nguyễn Thị Minh Khai", "LOC"),
    E("Trần Phú", "LOC"),
    E("Hùng Vương", "LOC"),
    E("Hồng Bàng", "LOC"),
    E("Kinh Dương Vương", "LOC"),
    E("bến xe miền Tây", "LOC"),
    E("Lê Hồng Hà", "PER"),
    E("ban chuẩn bị dự án đường sắt nội ô", "ORG"),  # "Phó ban ...": the title fuses with the head (rule 23)
    E("ngân hàng KFW", "ORG"),
    E("CHLB Đức", "LOC"),
    E("Tuyến 1", "LOC"),
    E("Bến Thành - Tham Lương", "LOC"),  # line 1's name by its ends
    E("đường Hàm Nghi", "LOC"),
    # "đi theo các đường Hàm Nghi, Phạm Hồng Thái, ...": bare names after the plural (rule 28)
    E("Hàm Nghi", "LOC", ctx="các đường Hàm Nghi"),
    E("Phạm Hồng Thái", "LOC"),
    E("Cách Mạng Tháng Tám", "LOC"),
    E("Trường Chinh", "LOC"),
    E("cầu Tham Lương", "LOC"),
    E("ga metro Tân Thới Nhất", "LOC"),
    E("đường Hàm Nghi", "LOC"),
    E("Bà Quẹo", "LOC"),
    E("sân bay Tân Sơn Nhất", "LOC"),
    E("Tuyến 2", "LOC"),
    E("Bến Thành", "LOC"),
    E("Phạm Hồng Thái", "LOC"),
    E("Cách Mạng Tháng Tám", "LOC"),
    E("Nguyễn Thị Minh Khai", "LOC"),
    E("Trần Phú", "LOC"),
    E("Hồng Bàng", "LOC"),
    E("Hùng Vương", "LOC"),
    E("Kinh Dương Vương", "LOC"),
    E("bến xe miền Tây", "LOC"),
    E("Hàm Nghi", "LOC"),
    E("công viên Tao Đàn", "LOC"),
    E("tuyến 1", "LOC"),
    E("đường Ngô Quyền", "LOC"),
    E("Ngô Quyền", "LOC"),
    E("bến xe miền Tây", "LOC"),
    E("Tuyến 3", "LOC"),
    # "Ngã tư đường Hùng Vương - Lý Thường Kiệt": a crossroads named by its roads gives the roads (dev7 A decision 7)
    E("đường Hùng Vương", "LOC"),
    E("Lý Thường Kiệt", "LOC"),
    E("tuyến 2", "LOC"),
    E("Lăng Cha Cả", "LOC"),
    E("tuyến 4", "LOC"),
    E("đường Lý Thường Kiệt", "LOC"),
    E("Hoàng Văn Thụ", "LOC"),
    E("Tuyến 4", "LOC"),
    E("Lăng Cha Cả", "LOC"),
    E("tuyến 3", "LOC"),
    E("Hoàng Văn Thụ", "LOC"),
    E("Phan Đăng Lưu", "LOC"),
    E("Bạch Đằng", "LOC"),
    E("Văn Thánh", "LOC"),
    E("tuyến 6", "LOC"),
    E("Tuyến 5", "LOC"),
    E("Bến Thành", "LOC"),
    # "đường trục bắc nam": a lower-case description of the planned axis road, no name: nothing
    E("Nam Sài Gòn", "LOC"),
    E("Tuyến 6", "LOC"),
    E("Tao Đàn", "LOC"),
    E("Nguyễn Thị Minh Khai", "LOC"),
    E("Xô Viết Nghệ Tĩnh", "LOC"),
    E("bến xe miền Đông", "LOC"),
]
