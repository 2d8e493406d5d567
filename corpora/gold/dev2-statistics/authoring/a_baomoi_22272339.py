"""baomoi-22272339: Đà Nẵng, Sơn Trà peninsula planning and the shrinking nature reserve (opinion)."""

from _dsl import B, S

BOILERPLATE = [
    B("KTS Hồ Duy Diệm"),
    B("Loài voọc chà vá chân nâu trên bán đảo Sơn Trà"),
]

STATS = [
    S("khoảng 4.000 ha", "ha", "measure", q="approx", ind="diện tích"),
    S("4.439 ha", "ha", "measure", ind="diện tích tự nhiên"),
    S("3 loại rừng", "loại", "count"),
    S("2.591,1 ha", "ha", "measure", ind="diện tích"),
    S("2.320,0ha", "ha", "measure", ind="rừng tự nhiên"),
    S("192,1ha", "ha", "measure", ind="rừng trồng"),
    S("79ha", "ha", "measure", ind="chưa có rừng"),
    S("1.747ha", "ha", "measure", ch="decrease"),  # "Khu bảo tồn ... mất 1.747ha": the area went down
    S("3 loại rừng", "loại", "count"),
    S("2.538,9ha", "ha", "measure", ind="diện tích"),
    S("2.310,4ha", "ha", "measure", ind="rừng tự nhiên"),
    S("53ha", "ha", "measure", ch="decrease"),
    S("1.071,6ha", "ha", "measure"),
    S("18 dự án", "dự án", "count"),
    S("4.298ha", "ha", "measure", ind="tổng quy mô diện tích"),
    S("2.810ha", "ha", "measure", ind="rừng tự nhiên"),
    S("1.488ha", "ha", "measure"),
    S("3,5 triệu lượt du khách", "lượt du khách", "count"),
    S("180.000 lượt", "lượt", "count", ind="khách lưu trú"),
    S("4,6 triệu lượt du khách", "lượt du khách", "count"),
    S("300.000 lượt", "lượt", "count", ind="khách lưu trú"),
    S("khoảng 1.600 phòng", "phòng", "count", q="approx", ind="quy mô"),
    S("gần 400 ha", "ha", "measure", q="approx", ind="vùng đệm khu Bảo tồn thiên nhiên Sơn Trà"),
    S("2000 biệt thự", "biệt thự", "count"),
    # "một là, hai là ... bẩy là": ordinals
]

ENTS: list = []
