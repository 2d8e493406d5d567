"""vntc-train-XH_VNE_-491: Hà Nội, Thanh Xuân district's site-clearance council prepares to enforce the clearance of
the Ngã Tư Vọng interchange; households reject the compensation (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

NUT = dict(type="interchange")
HD = dict(canonical="Hội đồng Giải phóng mặt bằng quận Thanh Xuân", level="district")

ENTS = [
    E("nút Ngã Tư Vọng", "LOC", **NUT),
    E("Hoàng Nam Sơn", "PER", role="Chủ tịch Hội đồng Giải phóng mặt bằng quận Thanh Xuân"),
    E("Hội đồng Giải phóng mặt bằng quận Thanh Xuân", "ORG", **HD),
    E("Hà Nội", "LOC", level="province"),
    E("nút Ngã Tư Vọng", "LOC", **NUT),
    E("Sơn", "PER", ctx="ông Sơn"),
    E("Hội đồng giải phóng mặt bằng quận Thanh Xuân", "ORG", **HD),
    E("nút Ngã Tư Vọng", "LOC", **NUT),
    E("Hội đồng giải phóng mặt bằng", "ORG", **HD),  # the one council named above
    E("Trường Chinh", "LOC", type="street"),  # "số 45 Trường Chinh", an address
    E("Nguyễn Xuân Thoại", "PER"),
    E("Trường Chinh", "LOC", type="street"),
    E("nút Ngã Tư Vọng", "LOC", **NUT),
    E("Nguyễn Văn Tạc", "PER", role="Chủ tịch Hội Cựu chiến binh phường Phương Liệt"),
    E("Hội Cựu chiến binh phường Phương Liệt", "ORG", level="commune"),
    E("nút Ngã Tư Vọng", "LOC", **NUT),  # inside the project's name
    E("thành phố Hà Nội", "LOC", level="province"),
]
