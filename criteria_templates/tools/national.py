"""The national provincial set structure of QĐ 2948/QĐ-BNV: 8 areas with maxima
10 / 10 / 14.5 / 11 / 16 / 7 / 16 / 15.5. Criterion and sub-criterion texts are illustrative;
maxima inside an area are spread in steps of 0.25 points."""

AREAS = [
    ("Công tác chỉ đạo, điều hành cải cách hành chính", "10", [
        ("Kế hoạch CCHC năm", ["Ban hành kế hoạch kịp thời", "Xác định đầy đủ nhiệm vụ", "Mức độ thực hiện kế hoạch"]),
        ("Báo cáo CCHC", ["Số lượng báo cáo đủ, đúng hạn", "Chất lượng báo cáo"]),
        ("Kiểm tra công tác CCHC", ["Tỷ lệ cơ quan được kiểm tra", "Xử lý vấn đề phát hiện qua kiểm tra"]),
        ("Công tác tuyên truyền CCHC", ["Mức độ thực hiện kế hoạch tuyên truyền", "Hình thức tuyên truyền"]),
        ("Sự năng động trong chỉ đạo, điều hành CCHC", ["Sáng kiến trong CCHC", "Gắn CCHC với thi đua, khen thưởng"]),
        ("Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao", []),
    ]),
    ("Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", "10", [
        ("Tham mưu xây dựng VBQPPL", ["Thực hiện kế hoạch xây dựng VBQPPL", "Lấy ý kiến đối tượng chịu tác động"]),
        ("Rà soát, hệ thống hóa VBQPPL", ["Ban hành kế hoạch rà soát", "Xử lý kết quả rà soát"]),
        ("Kiểm tra văn bản QPPL", ["Tỷ lệ văn bản được kiểm tra", "Xử lý văn bản trái pháp luật", "Tự kiểm tra văn bản do tỉnh ban hành"]),
        ("Tổ chức thực hiện và theo dõi thi hành pháp luật", ["Kế hoạch theo dõi thi hành pháp luật",
                                                            "Xử lý kết quả theo dõi thi hành pháp luật"]),
    ]),
    ("Cải cách thủ tục hành chính", "14.5", [
        ("Rà soát, đánh giá, cải cách TTHC", ["Ban hành kế hoạch rà soát", "Thực hiện kế hoạch rà soát",
                                              "Phương án đơn giản hóa được thông qua", "Cắt giảm thời gian giải quyết TTHC"]),
        ("Công bố, công khai TTHC", ["Công bố TTHC đúng hạn", "Công khai TTHC tại nơi giải quyết",
                                     "Công khai trên Cổng thông tin điện tử"]),
        ("Thực hiện cơ chế một cửa, một cửa liên thông", ["Số TTHC giải quyết theo cơ chế một cửa liên thông",
                                                         "Tỷ lệ hồ sơ đúng hạn cấp tỉnh", "Tỷ lệ hồ sơ đúng hạn cấp huyện",
                                                         "Tỷ lệ hồ sơ đúng hạn cấp xã"]),
        ("Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC", ["Xử lý phản ánh, kiến nghị đúng hạn",
                                                          "Công khai kết quả xử lý", "Cập nhật trên hệ thống tiếp nhận phản ánh, kiến nghị"]),
    ]),
    ("Cải cách tổ chức bộ máy hành chính nhà nước", "11", [
        ("Tuân thủ quy định về tổ chức bộ máy", ["Cơ cấu tổ chức các sở, ngành", "Cơ cấu tổ chức cơ quan cấp huyện",
                                                  "Thực hiện quy định về cấp phó"]),
        ("Thực hiện quy định về sử dụng biên chế", ["Sử dụng biên chế công chức", "Số người làm việc trong ĐVSN công lập",
                                                    "Thực hiện tinh giản biên chế"]),
        ("Thực hiện phân cấp quản lý", ["Thực hiện nhiệm vụ được phân cấp", "Kiểm tra việc thực hiện phân cấp"]),
        ("Sắp xếp đơn vị sự nghiệp công lập", ["Thực hiện đề án sắp xếp", "Giảm đầu mối đơn vị sự nghiệp"]),
    ]),
    ("Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "16", [
        ("Xác định cơ cấu công chức theo vị trí việc làm", ["Phê duyệt vị trí việc làm", "Bố trí theo vị trí việc làm"]),
        ("Tuyển dụng công chức, viên chức", ["Tuyển dụng đúng quy định", "Công khai kết quả tuyển dụng"]),
        ("Bổ nhiệm lãnh đạo cấp phòng", ["Bổ nhiệm đúng thẩm quyền", "Bổ nhiệm đúng tiêu chuẩn, điều kiện"]),
        ("Đánh giá, phân loại công chức", ["Đánh giá đúng quy định", "Sử dụng kết quả đánh giá"]),
        ("Đào tạo, bồi dưỡng", ["Thực hiện kế hoạch đào tạo", "Khảo sát nhu cầu đào tạo"]),
        ("Cán bộ, công chức cấp xã", ["Tỷ lệ đạt chuẩn chuyên môn", "Bồi dưỡng cán bộ, công chức cấp xã"]),
        ("Kỷ luật, kỷ cương hành chính", ["Số cán bộ bị kỷ luật", "Kiểm tra công vụ"]),
    ]),
    ("Đổi mới cơ chế quản lý tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập", "7", [
        ("Thực hiện cơ chế tự chủ tại cơ quan hành chính", ["Quy chế chi tiêu nội bộ", "Sử dụng kinh phí tiết kiệm"]),
        ("Thực hiện tự chủ tại đơn vị sự nghiệp công lập", ["Tỷ lệ đơn vị tự bảo đảm chi thường xuyên",
                                                             "Chuyển đổi sang cơ chế giá dịch vụ"]),
        ("Công khai ngân sách", []),
    ]),
    ("Hiện đại hóa hành chính", "16", [
        ("Ứng dụng công nghệ thông tin", ["Kế hoạch ứng dụng CNTT", "Kiến trúc chính quyền điện tử",
                                          "Văn bản điện tử", "Hệ thống quản lý văn bản"]),
        ("Cung cấp dịch vụ công trực tuyến", ["Số dịch vụ công trực tuyến mức độ 3, 4",
                                              "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4", "Tích hợp với Cổng Dịch vụ công quốc gia"]),
        ("Dịch vụ bưu chính công ích", ["Tiếp nhận hồ sơ qua bưu chính", "Trả kết quả qua bưu chính"]),
        ("Áp dụng ISO 9001 trong hoạt động", ["Tỷ lệ cơ quan cấp tỉnh áp dụng", "Tỷ lệ cơ quan cấp huyện áp dụng"]),
    ]),
    ("Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "15.5", [
        ("Sự hài lòng của người dân, tổ chức", ["Hài lòng về tiếp cận dịch vụ", "Hài lòng về TTHC", "Hài lòng về công chức", "Hài lòng về kết quả"]),
        ("Tác động đến quản lý nhà nước", ["Chất lượng thể chế", "Chất lượng bộ máy"]),
        ("Thu hút đầu tư", []),
        ("Thu ngân sách", []),
        ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", []),
        ("Thực hiện chỉ tiêu phát triển kinh tế - xã hội", ["Tăng trưởng kinh tế", "Chỉ tiêu xã hội"]),
    ]),
]
