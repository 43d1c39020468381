"""Content of the Hà Nội sets (structure per QĐ 5666/QĐ-UBND for 2025 and QĐ 3598/QĐ-UBND for
2024). The official appendix text was not at hand: item texts are illustrative, written after
the published structure and the rules printed in real sets (see domain.md)."""
from rules import (D, Leaf, options, timely, passfail, levels3, tiers, t100, t90, prop, ded, judge, survey)

L = Leaf


def area1(g):
    unit = "Sở" if g == "so" else "UBND " + ("xã, phường" if g == "xa" else "quận, huyện")
    return [
        ("Kế hoạch cải cách hành chính năm", [
            L("Ban hành kế hoạch CCHC năm của đơn vị", 1, timely(),
              "Kế hoạch CCHC năm (số, ký hiệu, ngày ban hành)."),
            L("Kết quả, sản phẩm của kế hoạch được xác định rõ ràng, cụ thể", "0.5", passfail()),
            L("Mức độ thực hiện kế hoạch CCHC năm", 2, t90(),
              "Báo cáo kết quả thực hiện kế hoạch, biểu tổng hợp nhiệm vụ hoàn thành / nhiệm vụ được giao."),
            L("Bố trí kinh phí thực hiện kế hoạch CCHC", "0.5", passfail("Có bố trí", "Không bố trí")),
        ]),
        ("Báo cáo cải cách hành chính", [
            L("Báo cáo CCHC định kỳ (quý I, 6 tháng, quý III, năm) đủ và đúng hạn", 1,
              ded("0.25"), "Các báo cáo định kỳ đã gửi, kèm ngày gửi trên hệ thống quản lý văn bản."),
            L("Chất lượng báo cáo: đủ nội dung, số liệu theo đề cương hướng dẫn", "0.5", levels3(
                "Đầy đủ nội dung, số liệu", "Còn thiếu một số nội dung", "Không đạt yêu cầu")),
        ]),
        ("Kiểm tra công tác cải cách hành chính", [
            L("Ban hành kế hoạch kiểm tra CCHC trong năm", "0.5", timely()),
            L("Tỷ lệ đơn vị, bộ phận trực thuộc được kiểm tra trong năm", 1,
              tiers((30, True, 1), (20, True, "0.5")), na=True),
            L("Xử lý các vấn đề phát hiện qua kiểm tra", 1, t100(zero="full_points")),
        ]),
        ("Tuyên truyền cải cách hành chính", [
            L("Ban hành kế hoạch tuyên truyền CCHC", "0.5", timely()),
            L("Mức độ thực hiện kế hoạch tuyên truyền", "0.5", t90()),
            L("Đa dạng hình thức tuyên truyền (chuyên mục, hội nghị, mạng xã hội, thi tìm hiểu)", "0.5",
              judge()),
        ]),
        ("Sự năng động trong chỉ đạo, điều hành CCHC", [
            L(f"Người đứng đầu {unit} chủ trì họp, đối thoại về CCHC", "0.5", passfail("Có thực hiện", "Không thực hiện")),
            L("Sáng kiến, giải pháp mới trong CCHC được công nhận", "0.5", options(
                ("Có sáng kiến được cấp Thành phố công nhận", 1), ("Có sáng kiến cấp đơn vị", "0.5"), ("Không có", 0))),
            L("Thực hiện nhiệm vụ UBND Thành phố giao về CCHC", 1, prop(zero="full_points"),
              "Biểu theo dõi nhiệm vụ được giao, thời hạn và kết quả hoàn thành."),
        ]),
    ]


def area2(g):
    return [
        ("Xây dựng, ban hành văn bản", [
            L("Thực hiện kế hoạch xây dựng văn bản quy phạm pháp luật được giao", 1, t100(zero="not_applicable"),
              "Danh mục văn bản được giao chủ trì soạn thảo và tình trạng ban hành.", na=True),
            L("Lấy ý kiến đối tượng chịu tác động trong quá trình soạn thảo", "0.5", levels3()),
            L("Văn bản bị cơ quan có thẩm quyền kết luận trái pháp luật", 1, ded("0.5")),
        ]),
        ("Rà soát, hệ thống hóa văn bản", [
            L("Ban hành kế hoạch rà soát, hệ thống hóa văn bản", "0.5", timely()),
            L("Xử lý kết quả rà soát (sửa đổi, bãi bỏ, kiến nghị)", 1, prop(zero="full_points"), na=True),
            L("Công bố danh mục văn bản hết hiệu lực đúng quy định", "0.5", passfail()),
        ]),
        ("Theo dõi thi hành pháp luật", [
            L("Ban hành kế hoạch theo dõi tình hình thi hành pháp luật", "0.5", timely()),
            L("Mức độ thực hiện kế hoạch theo dõi thi hành pháp luật", "0.5", t90()),
            L("Xử lý kiến nghị sau kiểm tra, theo dõi thi hành pháp luật", "0.5", t100(), na=True),
        ]),
        ("Phổ biến, giáo dục pháp luật", [
            L("Thực hiện kế hoạch phổ biến, giáo dục pháp luật năm", "0.5", t90()),
            L("Tổ chức hình thức phổ biến pháp luật hiệu quả", "0.5", judge()),
        ]),
    ]


def area3(g):
    xa = g == "xa"
    return [
        ("Công bố, công khai thủ tục hành chính", [
            L("Trình công bố danh mục TTHC đúng thời hạn", 1, t100(zero="not_applicable"), na=xa),
            L("Công khai TTHC đầy đủ tại Bộ phận Một cửa và trên Cổng dịch vụ công", 1,
              ded("0.25"), "Ảnh chụp nơi niêm yết, đường dẫn công khai trên Cổng dịch vụ công."),
            L("Cập nhật, công khai quy trình nội bộ giải quyết TTHC", "0.5", passfail()),
        ]),
        ("Rà soát, đơn giản hóa thủ tục hành chính", [
            L("Ban hành kế hoạch rà soát, đánh giá TTHC", "0.5", timely()),
            L("Tỷ lệ phương án đơn giản hóa được cấp có thẩm quyền thông qua", 1,
              tiers((80, True, 1), (50, True, "0.5")), na=True),
            L("Cắt giảm thời gian giải quyết TTHC so với quy định", "0.5",
              options(("Cắt giảm từ 30% trở lên", 1), ("Cắt giảm dưới 30%", "0.5"), ("Không cắt giảm", 0))),
        ]),
        ("Thực hiện cơ chế một cửa, một cửa liên thông", [
            L("Tỷ lệ hồ sơ giải quyết đúng hạn", 2, tiers((98, True, 1), (95, True, "0.75"), (90, True, "0.5")),
              "Báo cáo thống kê của Hệ thống thông tin giải quyết TTHC của Thành phố."),
            L("Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi người dân, tổ chức", "0.5", t100(zero="full_points")),
            L("Số hóa hồ sơ, kết quả giải quyết TTHC", 1, prop(zero="full_points")),
            L("Bố trí Bộ phận Một cửa đúng quy định" if xa else "Đưa TTHC ra tiếp nhận tại Trung tâm Phục vụ hành chính công",
              "0.5", passfail()),
            L("Thực hiện TTHC không phụ thuộc địa giới hành chính", "0.5", levels3(), na=True),
            L("Thu phí, lệ phí bằng phương thức không dùng tiền mặt", "0.5", t90(zero="full_points")),
        ]),
        ("Tiếp nhận, xử lý phản ánh, kiến nghị", [
            L("Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", 1, t100(zero="full_points")),
            L("Công khai kết quả xử lý phản ánh, kiến nghị", "0.5", passfail()),
        ]),
    ]


def area4(g):
    return [
        ("Tổ chức bộ máy", [
            L("Thực hiện quy định về cơ cấu tổ chức, chức năng, nhiệm vụ", 1, passfail(),
              "Quyết định quy định chức năng, nhiệm vụ, cơ cấu tổ chức."),
            L("Sắp xếp, kiện toàn tổ chức theo đề án được duyệt", 1, levels3(), na=True),
            L("Số lượng cấp phó vượt quy định", "0.5", ded("0.25")),
        ]),
        ("Quản lý biên chế, vị trí việc làm", [
            L("Sử dụng biên chế trong số được giao", 1, passfail("Trong số được giao", "Vượt số được giao")),
            L("Thực hiện tinh giản biên chế theo kế hoạch", 1, t100(zero="full_points")),
            L("Cập nhật danh mục vị trí việc làm, bản mô tả công việc", "0.5", passfail()),
        ]),
        ("Phân cấp, ủy quyền", [
            L("Thực hiện nhiệm vụ được phân cấp, ủy quyền", "0.5", levels3(), na=True),
            L("Kiểm tra việc thực hiện nhiệm vụ đã phân cấp, ủy quyền", "0.5", passfail(), na=True),
        ]),
    ]


def area5(g):
    return [
        ("Tuyển dụng, sử dụng công chức, viên chức", [
            L("Tuyển dụng, tiếp nhận đúng quy định và vị trí việc làm", 1, ded("0.5"), na=True),
            L("Bố trí công chức theo đúng vị trí việc làm được phê duyệt", 1, t100()),
            L("Thực hiện quy định về chuyển đổi vị trí công tác", "0.5", levels3(), na=True),
        ]),
        ("Đánh giá, xếp loại", [
            L("Đánh giá, xếp loại công chức, viên chức đúng quy định và thời hạn", 1, passfail()),
            L("Đánh giá theo kết quả thực hiện nhiệm vụ hằng tháng, quý", "0.5", passfail()),
        ]),
        ("Đào tạo, bồi dưỡng", [
            L("Mức độ thực hiện kế hoạch đào tạo, bồi dưỡng", 1, t90()),
            L("Tỷ lệ công chức được bồi dưỡng kiến thức, kỹ năng số", "0.5", prop(zero="invalid")),
        ]),
        ("Kỷ luật, kỷ cương hành chính", [
            L("Số công chức, viên chức bị kỷ luật trong năm", 1, ded("0.5")),
            L("Thực hiện quy tắc ứng xử, văn hóa công vụ", "0.5", judge()),
            L("Thực hiện kiểm tra đột xuất công vụ", "0.5", passfail("Có thực hiện", "Không thực hiện")),
        ]),
        ("Chế độ, chính sách", [
            L("Thực hiện chính sách đối với công chức, viên chức đúng quy định", "0.5", passfail()),
            L("Khen thưởng, thi đua gắn với kết quả CCHC", "0.5", passfail()),
        ]),
    ]


def area6(g):
    return [
        ("Quản lý, sử dụng ngân sách", [
            L("Tỷ lệ giải ngân vốn đầu tư công được giao", 1, tiers((95, True, 1), (80, True, "0.5"),
                                                                   zero="not_applicable"), na=True),
            L("Thực hiện công khai ngân sách đúng quy định", "0.5", ded("0.25")),
            L("Thực hiện kết luận thanh tra, kiểm toán về tài chính", "0.5", t100(zero="full_points")),
        ]),
        ("Cơ chế tự chủ", [
            L("Ban hành, thực hiện quy chế chi tiêu nội bộ", "0.5", passfail()),
            L("Tỷ lệ đơn vị sự nghiệp tự bảo đảm chi thường xuyên" if g == "so" else
              "Thực hiện tự chủ tài chính tại cơ quan", "0.5", prop(zero="not_applicable"), na=True),
        ]),
        ("Quản lý tài sản công", [
            L("Quản lý, sử dụng tài sản công đúng tiêu chuẩn, định mức", "0.5", passfail()),
            L("Báo cáo kê khai tài sản công đúng thời hạn", "0.5", timely()),
        ]),
    ]


def area7(g):
    return [
        ("Hạ tầng, nền tảng số", [
            L("Tỷ lệ máy tính kết nối mạng và bảo đảm an toàn thông tin", "0.5", t100()),
            L("Triển khai phương án bảo đảm an toàn thông tin theo cấp độ", 1, levels3()),
            L("Sự cố mất an toàn thông tin do lỗi của đơn vị", "0.5", ded("0.25")),
        ]),
        ("Quản lý văn bản và điều hành trên môi trường điện tử", [
            L("Tỷ lệ văn bản đi được ký số và gửi trên môi trường điện tử", 1,
              tiers((100, True, 1), (95, True, "0.75"), (90, True, "0.5"))),
            L("Hồ sơ công việc được xử lý trên môi trường mạng", 1, prop(zero="invalid")),
            L("Tổ chức họp trực tuyến, họp không giấy", "0.5", passfail("Có thực hiện", "Không thực hiện")),
        ]),
        ("Dịch vụ công trực tuyến", [
            L("Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ", 2,
              tiers((80, True, 1), (60, True, "0.75"), (40, True, "0.5"), (20, True, "0.25"), zero="not_applicable"),
              "Số liệu của Cổng dịch vụ công Thành phố tại thời điểm đánh giá.", na=True),
            L("Tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính", 1, t90(zero="full_points")),
            L("Tích hợp, chia sẻ dữ liệu, tái sử dụng dữ liệu đã số hóa", 1, judge()),
            L("Tỷ lệ kết quả giải quyết TTHC được cấp bản điện tử", "0.5", prop(zero="full_points")),
        ]),
        ("Chuyển đổi số", [
            L("Ban hành và thực hiện kế hoạch chuyển đổi số năm", 1, timely()),
            L("Cập nhật cơ sở dữ liệu chuyên ngành, kết nối cơ sở dữ liệu quốc gia", 1, levels3()),
            L("Sử dụng tài khoản định danh điện tử VNeID trong giải quyết TTHC", "0.5", passfail()),
            L("Áp dụng và duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015", "0.5", levels3(
                "Áp dụng, duy trì, cải tiến đúng quy định", "Áp dụng nhưng chưa duy trì đầy đủ", "Không áp dụng")),
        ]),
    ]


def area8(g):
    return [
        ("Thực hiện chỉ tiêu phát triển kinh tế - xã hội", [
            L("Mức độ hoàn thành các chỉ tiêu kinh tế - xã hội được giao", 2, t90(),
              "Báo cáo kết quả thực hiện các chỉ tiêu được giao trong năm."),
            L("Thu ngân sách nhà nước trên địa bàn so với dự toán" if g != "so" else
              "Kết quả thực hiện nhiệm vụ chuyên môn được giao", 2, prop(zero="invalid")),
        ]),
        ("Tác động đến môi trường đầu tư, kinh doanh", [
            L("Đóng góp vào chỉ số năng lực cạnh tranh (PCI), chỉ số PAPI của Thành phố", 1, judge("0.5")),
            L("Giải quyết kiến nghị của doanh nghiệp, nhà đầu tư đúng hạn", 1, t100(zero="full_points")),
        ]),
        ("Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo", [
            L("Giải quyết khiếu nại, tố cáo thuộc thẩm quyền đúng hạn", 1, t100(zero="full_points"), na=True),
            L("Tổ chức tiếp công dân định kỳ của người đứng đầu", 1, ded("0.25")),
        ]),
        ("Kết quả thực hiện nhiệm vụ trọng tâm", [
            L("Hoàn thành các nhiệm vụ trọng tâm, đột phá của Thành phố giao", 2, judge("0.5")),
        ]),
    ]


SURVEY = [
    ("Mức độ hài lòng về công tác chỉ đạo, điều hành CCHC", [
        "Đánh giá của lãnh đạo cơ quan, đơn vị về công tác chỉ đạo, điều hành",
        "Đánh giá của đại biểu HĐND về kết quả CCHC"]),
    ("Đánh giá về chất lượng thể chế", [
        "Tính kịp thời, khả thi của văn bản do đơn vị tham mưu ban hành",
        "Đánh giá về công tác phổ biến pháp luật"]),
    ("Mức độ hài lòng của người dân, tổ chức về giải quyết TTHC", [
        "Sự hài lòng về tiếp cận dịch vụ",
        "Sự hài lòng về thủ tục hành chính",
        "Sự hài lòng về công chức giải quyết TTHC",
        "Sự hài lòng về kết quả giải quyết TTHC"]),
    ("Đánh giá về tổ chức bộ máy", [
        "Sự phù hợp của chức năng, nhiệm vụ với thực tế",
        "Tính hợp lý của việc phân cấp, ủy quyền"]),
    ("Đánh giá về đội ngũ công chức", [
        "Năng lực chuyên môn của công chức",
        "Tinh thần, thái độ phục vụ của công chức",
        "Việc chấp hành kỷ luật, kỷ cương hành chính"]),
    ("Đánh giá về quản lý tài chính công", [
        "Tính công khai, minh bạch trong quản lý ngân sách",
        "Hiệu quả sử dụng tài sản công"]),
    ("Đánh giá về chính quyền điện tử, chính quyền số", [
        "Sự thuận tiện của dịch vụ công trực tuyến",
        "Mức độ tương tác với người dân qua môi trường số"]),
    ("Đánh giá tác động của CCHC", [
        "Tác động của CCHC đến người dân, tổ chức",
        "Tác động của CCHC đến phát triển kinh tế - xã hội",
        "Tác động đến chất lượng quản lý, điều hành"]),
]

AREA_TITLES_2025 = [
    "Chỉ đạo, điều hành công tác cải cách hành chính",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông",
    "Cải cách tổ chức bộ máy hành chính nhà nước",
    "Cải cách chế độ công vụ",
    "Cải cách tài chính công",
    "Xây dựng, phát triển chính quyền điện tử, chính quyền số",
    "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội",
]
AREA_TITLES_2024 = [
    "Công tác chỉ đạo, điều hành cải cách hành chính",
    "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính nhà nước",
    "Cải cách chế độ công vụ",
    "Cải cách tài chính công",
    "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
]
AREAS = [area1, area2, area3, area4, area5, area6, area7, area8]
# Survey points per area: 30 in all (Hà Nội weighs appraisal 70, survey 30).
SURVEY_SHARE = ["3", "2.5", "6", "3", "4", "2.5", "4", "5"]


def bonus(group):
    return {
        "cap": "3",
        "items": [
            {"code": "T.1", "title": "Sáng kiến CCHC được cấp có thẩm quyền công nhận và nhân rộng", "max": "1",
             "rule": {"kind": "options", "options": [{"label": "Có", "points": "1"}, {"label": "Không", "points": "0"}]},
             "guidance": "Cộng 1 điểm khi có sáng kiến được công nhận trong năm."},
            {"code": "T.2", "title": "Được Thành phố biểu dương, khen thưởng về CCHC", "max": "1",
             "rule": {"kind": "options", "options": [{"label": "Có", "points": "1"}, {"label": "Không", "points": "0"}]}},
            {"code": "T.3", "title": "Hoàn thành vượt mức chỉ tiêu chuyển đổi số của Thành phố", "max": "1",
             "rule": {"kind": "judgement", "step": "0.25"}},
            {"code": "T.4", "title": "Mô hình, cách làm hay được Bộ, ngành Trung ương ghi nhận", "max": "1",
             "rule": {"kind": "judgement", "step": "0.5"}},
        ],
    }


def penalty(group):
    return {
        "cap": "5",
        "items": [
            {"code": "Tr.1", "title": "Để xảy ra vi phạm về CCHC bị cơ quan có thẩm quyền phê bình, kết luận", "max": "2",
             "rule": {"kind": "options", "options": [{"label": "Có vi phạm", "points": "2"},
                                                     {"label": "Không vi phạm", "points": "0"}]}},
            {"code": "Tr.2", "title": "Người đứng đầu bị xử lý kỷ luật liên quan đến công tác CCHC", "max": "2",
             "rule": {"kind": "options", "options": [{"label": "Có", "points": "2"}, {"label": "Không", "points": "0"}]}},
            {"code": "Tr.3", "title": "Báo cáo, số liệu tự đánh giá không trung thực", "max": "1",
             "rule": {"kind": "judgement", "step": "0.25"}},
        ],
    }
