#include "app/demo/DemoBuilder.h"

#include "core/centre/Centre.h"
#include "core/common/Clock.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/files/FileLock.h"
#include "core/files/SafeFile.h"
#include "core/scoring/Scorer.h"
#include "core/unit/UnitAssessment.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace parindex {

namespace {

struct Department
{
    const char* name;
    const char* symbol; // the ký hiệu its documents carry: 15/KH-STC
    // The 2024 units it was formed from (';'-separated names; its own name when it took others
    // in), as the Sở were reorganised on 1 March 2025. Null: the same unit in 2024; empty: none.
    const char* formedFrom;
    const char* code = nullptr; // null: derived from the name (a name too long for one has its own)
};

// Hà Nội's Sở and equivalent agencies of 2025. The first twelve submit a signed self-assessment
// (kPlan); the others are entered directly, the first of them a unit not ranked.
const Department kDepartments[] = {
    {"Sở Tài chính", "STC", "Sở Tài chính;Sở Kế hoạch và Đầu tư"},
    {"Sở Nội vụ", "SNV", "Sở Nội vụ;Sở Lao động - Thương binh và Xã hội"},
    {"Sở Tư pháp", "STP", nullptr},
    {"Sở Xây dựng", "SXD", "Sở Xây dựng;Sở Giao thông vận tải"},
    {"Sở Nông nghiệp và Môi trường", "SNNMT", "Sở Nông nghiệp và Phát triển nông thôn;Sở Tài nguyên và Môi trường"},
    {"Sở Công Thương", "SCT", nullptr},
    {"Sở Giáo dục và Đào tạo", "SGDĐT", nullptr},
    {"Sở Y tế", "SYT", nullptr},
    {"Sở Văn hóa và Thể thao", "SVHTT", nullptr},
    {"Sở Du lịch", "SDL", nullptr},
    {"Sở Khoa học và Công nghệ", "SKHCN", "Sở Khoa học và Công nghệ;Sở Thông tin và Truyền thông"},
    {"Sở Dân tộc và Tôn giáo", "SDTTG", "Ban Dân tộc"},
    {"Ban Quản lý dự án đầu tư xây dựng công trình dân dụng", "BQLDA", nullptr},
    {"Sở Quy hoạch - Kiến trúc", "QHKT", nullptr},
    {"Văn phòng UBND Thành phố", "VP", nullptr},
    {"Thanh tra Thành phố", "TTTP", nullptr},
    {"Ban Quản lý các khu công nghiệp và chế xuất", "BQL", nullptr},
    {"Sở Ngoại vụ", "SNgV", nullptr},
    {"Sở An toàn thực phẩm", "SATTP", ""},
    {"Ban Quản lý dự án đầu tư xây dựng công trình giao thông", "BQLGT", nullptr},
    {"Ban Quản lý dự án đầu tư xây dựng công trình cấp nước, thoát nước và môi trường", "BQLCN", nullptr,
     "BQLDA-CAP-THOAT-NUOC-MOI-TRUONG"},
    {"Ban Quản lý đường sắt đô thị Hà Nội", "BQLĐS", nullptr},
    {"Ban Quản lý dự án đầu tư xây dựng công trình văn hóa - xã hội", "BQLVH", nullptr},
};
// Not ranked with the others (assessed for information only).
const char* const kNotRanked[] = {
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng",
    "Ban Quản lý đường sắt đô thị Hà Nội",
};

bool ranked(const char* name)
{
    for (const char* n : kNotRanked) {
        if (qstrcmp(name, n) == 0)
            return false;
    }
    return true;
}

// Hà Nội's 126 wards and communes (51 phường, 75 xã) since 1 July 2025 (Nghị quyết
// 1656/NQ-UBTVQH15). A demo with more communes names the others "Xã số 127", …
const char* const kCommunes[] = {
    "Phường Hoàn Kiếm",
    "Phường Cửa Nam",
    "Phường Ba Đình",
    "Phường Ngọc Hà",
    "Phường Giảng Võ",
    "Phường Hai Bà Trưng",
    "Phường Vĩnh Tuy",
    "Phường Bạch Mai",
    "Phường Đống Đa",
    "Phường Kim Liên",
    "Phường Văn Miếu - Quốc Tử Giám",
    "Phường Láng",
    "Phường Ô Chợ Dừa",
    "Phường Hồng Hà",
    "Phường Lĩnh Nam",
    "Phường Hoàng Mai",
    "Phường Tương Mai",
    "Phường Định Công",
    "Phường Hoàng Liệt",
    "Phường Yên Sở",
    "Phường Thanh Xuân",
    "Phường Khương Đình",
    "Phường Phương Liệt",
    "Phường Cầu Giấy",
    "Phường Nghĩa Đô",
    "Phường Yên Hòa",
    "Phường Tây Hồ",
    "Phường Phú Thượng",
    "Phường Long Biên",
    "Phường Bồ Đề",
    "Xã Sóc Sơn",
    "Xã Đa Phúc",
    "Xã Nội Bài",
    "Xã Trung Giã",
    "Xã Kim Anh",
    "Xã Đông Anh",
    "Xã Phúc Thịnh",
    "Xã Thư Lâm",
    "Xã Thiên Lộc",
    "Xã Vĩnh Thanh",
    "Xã Gia Lâm",
    "Xã Thuận An",
    "Xã Bát Tràng",
    "Xã Phù Đổng",
    "Xã Thanh Trì",
    "Xã Đại Thanh",
    "Xã Nam Phù",
    "Xã Ngọc Hồi",
    "Xã Quốc Oai",
    "Xã Hưng Đạo",
    "Xã Kiều Phú",
    "Xã Phú Cát",
    "Xã Ba Vì",
    "Xã Minh Châu",
    "Phường Sơn Tây",
    "Xã Phúc Thọ",
    "Xã Đan Phượng",
    "Xã Hoài Đức",
    "Xã Thạch Thất",
    "Phường Chương Mỹ",
    "Phường Vĩnh Hưng",
    "Phường Tây Tựu",
    "Phường Phú Diễn",
    "Phường Xuân Đỉnh",
    "Phường Đông Ngạc",
    "Phường Thượng Cát",
    "Phường Từ Liêm",
    "Phường Xuân Phương",
    "Phường Tây Mỗ",
    "Phường Đại Mỗ",
    "Phường Việt Hưng",
    "Phường Phúc Lợi",
    "Phường Hà Đông",
    "Phường Dương Nội",
    "Phường Yên Nghĩa",
    "Phường Phú Lương",
    "Phường Kiến Hưng",
    "Phường Thanh Liệt",
    "Phường Tùng Thiện",
    "Xã Thượng Phúc",
    "Xã Thường Tín",
    "Xã Chương Dương",
    "Xã Hồng Vân",
    "Xã Phú Xuyên",
    "Xã Phượng Dực",
    "Xã Chuyên Mỹ",
    "Xã Đại Xuyên",
    "Xã Thanh Oai",
    "Xã Bình Minh",
    "Xã Tam Hưng",
    "Xã Dân Hòa",
    "Xã Vân Đình",
    "Xã Ứng Thiên",
    "Xã Hòa Xá",
    "Xã Ứng Hòa",
    "Xã Mỹ Đức",
    "Xã Hồng Sơn",
    "Xã Phúc Sơn",
    "Xã Hương Sơn",
    "Xã Phú Nghĩa",
    "Xã Xuân Mai",
    "Xã Trần Phú",
    "Xã Hòa Phú",
    "Xã Quảng Bị",
    "Xã Quảng Oai",
    "Xã Vật Lại",
    "Xã Cổ Đô",
    "Xã Bất Bạt",
    "Xã Suối Hai",
    "Xã Yên Bài",
    "Xã Đoài Phương",
    "Xã Phúc Lộc",
    "Xã Hát Môn",
    "Xã Hạ Bằng",
    "Xã Tây Phương",
    "Xã Hòa Lạc",
    "Xã Yên Xuân",
    "Xã Dương Hòa",
    "Xã Sơn Đồng",
    "Xã An Khánh",
    "Xã Ô Diên",
    "Xã Liên Minh",
    "Xã Mê Linh",
    "Xã Yên Lãng",
    "Xã Tiến Thắng",
    "Xã Quang Minh",
};

// The 30 districts of 2024 (12 quận, 1 thị xã, 17 huyện), abolished on 1 July 2025: their 2024
// results are history.
const char* const kDistricts[] = {
    "Quận Ba Đình",     "Quận Hoàn Kiếm",    "Quận Tây Hồ",     "Quận Long Biên",   "Quận Cầu Giấy",
    "Quận Đống Đa",     "Quận Hai Bà Trưng", "Quận Hoàng Mai",  "Quận Thanh Xuân",  "Quận Nam Từ Liêm",
    "Quận Bắc Từ Liêm", "Quận Hà Đông",      "Thị xã Sơn Tây",  "Huyện Ba Vì",      "Huyện Chương Mỹ",
    "Huyện Đan Phượng", "Huyện Đông Anh",    "Huyện Gia Lâm",   "Huyện Hoài Đức",   "Huyện Mê Linh",
    "Huyện Mỹ Đức",     "Huyện Phú Xuyên",   "Huyện Phúc Thọ",  "Huyện Quốc Oai",   "Huyện Sóc Sơn",
    "Huyện Thạch Thất", "Huyện Thanh Oai",   "Huyện Thanh Trì", "Huyện Thường Tín", "Huyện Ứng Hòa",
};

// New wards of 1 July 2025 and the old wards (their 2024 results are history) wholly or mostly
// merged into them.
const struct
{
    const char* ward;
    const char* formedFrom; // ';'-separated
} kWardMergers[] = {
    {"Phường Hoàn Kiếm", "Phường Hàng Bạc;Phường Hàng Bồ;Phường Hàng Buồm;Phường Hàng Đào;Phường Hàng Gai;Phường "
                         "Hàng Mã;Phường Lý Thái Tổ"},
    {"Phường Cửa Nam", "Phường Hàng Bài;Phường Phan Chu Trinh;Phường Trần Hưng Đạo"},
    {"Phường Ba Đình", "Phường Quán Thánh;Phường Trúc Bạch"},
    {"Phường Ngọc Hà", "Phường Vĩnh Phúc;Phường Liễu Giai"},
    {"Phường Tây Hồ", "Phường Bưởi;Phường Thụy Khuê;Phường Xuân La;Phường Quảng An"},
};

const char* const kNotApplicableReasons[] = {
    "Trong năm không phát sinh nhiệm vụ này",
    "Đơn vị không được giao nhiệm vụ theo quy định",
    "Không phát sinh hồ sơ, thủ tục trong kỳ đánh giá",
};

const int kYear = 2025;
// The passphrase of every key in the demo (the centre's and the units'), also written beside it.
const char* const kPassphrase = "Mật khẩu demo 2025";

// The stage each submitting Sở reaches, in the order of kDepartments: the demo unit first (its
// feedback waits beside the demo), then every stage once before any repeats.
const AppraisalStage kPlan[] = {
    AppraisalStage::FeedbackSent,     // Sở Tài chính: the demo unit
    AppraisalStage::Appraised,        // Sở Nội vụ
    AppraisalStage::Round2,           // Sở Tư pháp
    AppraisalStage::ResponseReceived, // Sở Xây dựng
    AppraisalStage::Round1,           // Sở Nông nghiệp và Môi trường
    AppraisalStage::Received,         // Sở Công Thương
    AppraisalStage::FeedbackSent,     // Sở Giáo dục và Đào tạo
    AppraisalStage::Appraised,        // Sở Y tế
    AppraisalStage::ResponseReceived, // Sở Văn hóa và Thể thao
    AppraisalStage::Round2,           // Sở Du lịch
    AppraisalStage::Round1,           // Sở Khoa học và Công nghệ
    AppraisalStage::Received,         // Sở Dân tộc và Tôn giáo
};

// The working group (Tổ công tác): its lead appraises any item, the others the areas given.
struct DemoAppraiser
{
    const char* name;
    const char* areas; // comma-separated area codes; empty: every area
};
const DemoAppraiser kAppraisers[] = {
    {"Nguyễn Thị Thu Hà", ""},
    {"Trần Văn Minh", "1,2"},
    {"Lê Thị Hồng Nhung", "3,7"},
    {"Phạm Quốc Khánh", "4,5,6"},
};

QString lead()
{
    return QString::fromUtf8(kAppraisers[0].name);
}

QString areaOf(const CriteriaNode* node)
{
    while (node->parent)
        node = node->parent;
    return node->code;
}

// The member whose area the item is in; the lead for the others.
QString appraiserFor(const CriteriaNode* node)
{
    const QString area = areaOf(node);
    for (const DemoAppraiser& a : kAppraisers) {
        if (QString::fromUtf8(a.areas).split(QLatin1Char(','), Qt::SkipEmptyParts).contains(area))
            return QString::fromUtf8(a.name);
    }
    return lead();
}

// What the working group finds on one item in round 1, how the unit answers a request, and
// what round 2 makes of the answer.
enum class Change
{
    Accept, // the unit's own score
    Lower   // a lower score than the unit's
};

struct Finding
{
    const char* item;
    Change round1;
    const char* comment;
    RequestKind request;
    const char* answer;  // the explanation, or the summary (trích yếu) of the document added
    const char* docKind; // for evidence: the kind of document, as in its number (QĐ, KH, BC)
    Change round2;
    const char* round2Comment;
    bool onlyWithoutEvidence; // the comment says the item has no evidence at all
};

const Finding kFindings[] = {
    {"1.1.1", Change::Lower,
     "Chưa có quyết định ban hành kế hoạch CCHC năm 2025 kèm theo; đề nghị bổ sung quyết định ban hành kế hoạch "
     "(số, ký hiệu, ngày ban hành).",
     RequestKind::Evidence, "Quyết định ban hành Kế hoạch cải cách hành chính năm 2025", "QĐ", Change::Accept,
     "Đơn vị đã bổ sung quyết định ban hành kế hoạch; chấp nhận điểm tự chấm.", false},
    {"1.1.3", Change::Accept,
     "Đề nghị giải trình cách tính tỷ lệ hoàn thành kế hoạch (số nhiệm vụ được giao, số nhiệm vụ đã hoàn thành).",
     RequestKind::Explanation,
     "Kế hoạch giao 48 nhiệm vụ; đã hoàn thành 45 nhiệm vụ, 03 nhiệm vụ chuyển sang năm 2026 theo chỉ đạo của UBND "
     "Thành phố (biểu tổng hợp kèm Báo cáo kết quả CCHC năm 2025).",
     nullptr, Change::Accept, "Giải trình phù hợp với biểu tổng hợp; thống nhất điểm tự chấm.", false},
    {"1.2.1", Change::Lower, "Báo cáo CCHC quý III gửi ngày 24/9/2025, chậm so với thời hạn; trừ điểm theo hướng dẫn.",
     RequestKind::None, nullptr, nullptr, Change::Accept, nullptr, false},
    {"1.3.1", Change::Lower, "Chưa có văn bản kiểm chứng. Đề nghị bổ sung kế hoạch kiểm tra công tác CCHC năm 2025.",
     RequestKind::Evidence, "Kế hoạch kiểm tra công tác cải cách hành chính năm 2025", "KH", Change::Accept,
     "Đã bổ sung kế hoạch kiểm tra; chấp nhận điểm tự chấm.", true},
    {"1.4.3", Change::Lower,
     "Hình thức tuyên truyền chủ yếu qua Cổng thông tin điện tử; chưa có tài liệu về hội nghị, cuộc thi tìm hiểu.",
     RequestKind::None, nullptr, nullptr, Change::Accept, nullptr, false},
    {"2.2.1", Change::Lower,
     "Chưa có văn bản kiểm chứng. Đề nghị bổ sung kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật năm "
     "2025.",
     RequestKind::Evidence, "Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2025", "KH", Change::Accept,
     "Đã bổ sung kế hoạch rà soát; chấp nhận điểm tự chấm.", true},
    {"3.3.1", Change::Lower,
     "Theo Hệ thống thông tin giải quyết TTHC của Thành phố, tỷ lệ hồ sơ giải quyết đúng hạn thấp hơn số liệu đơn "
     "vị báo cáo; chấm theo số liệu hệ thống.",
     RequestKind::None, nullptr, nullptr, Change::Accept, nullptr, false},
    {"3.3.3", Change::Accept,
     "Đề nghị giải trình số liệu số hóa hồ sơ; số liệu trên Kho quản lý dữ liệu điện tử của tổ chức, cá nhân chưa "
     "khớp với báo cáo.",
     RequestKind::Explanation,
     "Số liệu tính trên 2.316 hồ sơ tiếp nhận trực tiếp; hồ sơ nộp trực tuyến đã được số hóa ngay khi nộp nên không "
     "tính lại.",
     nullptr, Change::Lower,
     "Giải trình chưa thuyết phục: hồ sơ nộp trực tuyến vẫn thuộc phạm vi tính; chấm lại theo số liệu của Kho dữ "
     "liệu.",
     false},
    {"4.2.1", Change::Accept,
     "Thống nhất với điểm tự chấm; số biên chế sử dụng khớp quyết định giao biên chế năm 2025.", RequestKind::None,
     nullptr, nullptr, Change::Accept, nullptr, false},
    {"5.3.1", Change::Lower, "Chưa có báo cáo kết quả đào tạo, bồi dưỡng năm 2025; đề nghị bổ sung.",
     RequestKind::Evidence, "Báo cáo kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2025", "BC",
     Change::Accept, "Đã bổ sung báo cáo kết quả đào tạo, bồi dưỡng; chấp nhận điểm tự chấm.", true},
    {"5.4.1", Change::Lower,
     "Theo theo dõi của Sở Nội vụ, trong năm đơn vị có công chức bị kỷ luật (hình thức khiển trách) chưa được tính.",
     RequestKind::None, nullptr, nullptr, Change::Accept, nullptr, false},
    {"6.1.1", Change::Lower,
     "Tỷ lệ giải ngân chưa khớp số liệu của Kho bạc Nhà nước Hà Nội đến ngày 31/01/2026; chấm theo số liệu Kho bạc.",
     RequestKind::None, nullptr, nullptr, Change::Accept, nullptr, false},
    {"7.2.1", Change::Lower,
     "Số liệu trên Hệ thống quản lý văn bản và điều hành thấp hơn số liệu đơn vị báo cáo; đề nghị giải trình tỷ lệ "
     "văn bản đi được ký số.",
     RequestKind::Explanation,
     "Tỷ lệ tính trên 3.412 văn bản đi; 126 văn bản mật phát hành bản giấy theo quy định về bảo vệ bí mật nhà nước "
     "nên không tính vào mẫu số.",
     nullptr, Change::Accept, "Giải trình phù hợp quy định về bảo vệ bí mật nhà nước; chấp nhận điểm tự chấm.", false},
    {"7.3.3", Change::Lower,
     "Chưa có minh chứng kết nối, chia sẻ dữ liệu với Nền tảng tích hợp, chia sẻ dữ liệu của Thành phố; đề nghị bổ "
     "sung.",
     RequestKind::Evidence,
     "Báo cáo kết quả kết nối, chia sẻ dữ liệu với Nền tảng tích hợp, chia sẻ dữ liệu của Thành phố", "BC",
     Change::Accept, "Đã bổ sung báo cáo kết nối, chia sẻ dữ liệu; chấp nhận điểm tự chấm.", true},
    {"7.4.4", Change::Accept,
     "Thống nhất; đã đối chiếu quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.",
     RequestKind::None, nullptr, nullptr, Change::Accept, nullptr, false},
    {"8.4.1", Change::Accept, "Đề nghị giải trình kết quả các nhiệm vụ trọng tâm chưa hoàn thành đúng tiến độ.",
     RequestKind::Explanation,
     "02/14 nhiệm vụ trọng tâm hoàn thành chậm do điều chỉnh quy hoạch theo Nghị quyết của HĐND Thành phố; UBND "
     "Thành phố đã đồng ý gia hạn tại Văn bản số 3125/UBND-KT ngày 12/11/2025.",
     nullptr, Change::Accept, "Giải trình có căn cứ (Văn bản số 3125/UBND-KT); thống nhất điểm tự chấm.", false},
    {"T.1", Change::Lower, "Sáng kiến chưa có quyết định công nhận của cấp có thẩm quyền; chưa đủ căn cứ cộng điểm.",
     RequestKind::None, nullptr, nullptr, Change::Accept, nullptr, false},
};

const char* const kUnscoredComment = "Đơn vị chưa tự chấm, không có tài liệu kiểm chứng; chấm 0 điểm.";

// Explanations units write on their own, before any feedback.
const struct
{
    const char* item;
    const char* text;
} kSelfExplanations[] = {
    {"1.4.3", "Đã tổ chức 02 hội nghị tuyên truyền và chuyên mục CCHC trên Cổng thông tin điện tử của Sở."},
    {"3.3.1", "Số liệu trích từ Hệ thống thông tin giải quyết TTHC của Thành phố đến ngày 15/12/2025."},
    {"5.3.2", "Tỷ lệ tính trên tổng số công chức của Sở tại thời điểm 30/11/2025."},
    {"7.3.1", "Số liệu trích xuất từ Cổng dịch vụ công Thành phố, không bao gồm hồ sơ liên thông."},
    {"8.1.2", "Kết quả theo Báo cáo tổng kết nhiệm vụ chuyên môn năm 2025 trình UBND Thành phố."},
};

const char* const kDifficulties[] = {
    "Nhân lực làm công tác cải cách hành chính còn kiêm nhiệm, thường xuyên thay đổi.",
    "Hạ tầng số hóa hồ sơ chưa đồng bộ giữa các phòng chuyên môn và đơn vị trực thuộc.",
    "Một số chỉ tiêu phụ thuộc số liệu của các hệ thống dùng chung, khó chủ động cập nhật.",
};
const char* const kProposals[] = {
    "Đề nghị Sở Nội vụ tổ chức tập huấn về cách chấm các tiêu chí thành phần mới.",
    "Đề nghị Thành phố sớm kết nối Hệ thống quản lý văn bản với Kho dữ liệu dùng chung.",
};

// A unit's inputs drawn around its "quality" (share of points it tends to earn).
class DemoScorer
{
public:
    DemoScorer(QRandomGenerator& rng, double quality) : m_rng(rng), m_quality(quality) {}

    bool chance(double p) { return m_rng.generateDouble() < p; }
    double around(double centre, double spread)
    {
        return qBound(0.0, centre + (m_rng.generateDouble() * 2 - 1) * spread, 1.0);
    }

    ItemInput inputFor(const CriteriaNode& leaf)
    {
        const Rule& rule = *leaf.rule;
        if (leaf.mayBeNotApplicable && chance(0.15))
            return ItemInput::notApplicable(QString::fromUtf8(kNotApplicableReasons[m_rng.bounded(3)]));
        switch (rule.kind) {
        case RuleKind::Options: {
            if (chance(m_quality))
                return ItemInput::ofOption(0);
            return ItemInput::ofOption(1 + int(m_rng.bounded(int(rule.options.size() - 1))));
        }
        case RuleKind::Tiers:
        case RuleKind::Proportional: {
            const qint64 den = 5 + m_rng.bounded(300);
            const double share = chance(m_quality) ? around(0.97, 0.03) : around(m_quality - 0.2, 0.2);
            const qint64 num = qMin<qint64>(den, qint64(den * share + 0.5));
            return ItemInput::ofRatio(Points::whole(num), Points::whole(den));
        }
        case RuleKind::Deduction: {
            qint64 count = 0;
            while (count < 6 && chance(1.0 - m_quality))
                ++count;
            return ItemInput::ofCount(count);
        }
        case RuleKind::Judgement: {
            const qint64 steps = leaf.max.thousandths() / rule.step.thousandths();
            const qint64 taken = qint64(steps * around(m_quality, 0.15) + 0.5);
            return ItemInput::ofValue(rule.step * taken);
        }
        case RuleKind::Survey: // the survey's points come from the survey's answers (see surveyRespondents())
            return {};
        }
        return {};
    }

private:
    QRandomGenerator& m_rng;
    double m_quality;
};

// A whole year's inputs for one unit: every leaf but the survey's (the survey gives their points),
// now and then a bonus or a penalty.
ItemInputs scoreUnit(const CriteriaSet& set, DemoScorer& scorer, QRandomGenerator& rng)
{
    ItemInputs inputs;
    for (const CriteriaNode* leaf : set.leaves()) {
        if (!leaf->isSurvey())
            inputs.insert(leaf->code, scorer.inputFor(*leaf));
    }
    if (!set.bonus.items.isEmpty() && scorer.chance(0.35)) {
        const CriteriaNode& item = set.bonus.items.at(rng.bounded(int(set.bonus.items.size())));
        inputs.insert(item.code, scorer.inputFor(item));
    }
    if (!set.penalty.items.isEmpty() && scorer.chance(0.2)) {
        const CriteriaNode& item = set.penalty.items.at(rng.bounded(int(set.penalty.items.size())));
        ItemInput in = scorer.inputFor(item);
        if (in.kind == ItemInput::Kind::Option)
            in.option = 0; // the first option of a penalty item is the violation
        inputs.insert(item.code, in);
    }
    return inputs;
}

// The 2024 results of the units named (name or code, and group): appraised points of 70 and
// survey points of 30, now and then a bonus.
QByteArray history2024(const QList<std::pair<QString, UnitGroup>>& units, QRandomGenerator& rng)
{
    QByteArray csv = "unit;group;appraised;survey;bonus;penalty\n";
    for (const auto& [unit, group] : units) {
        const qint64 appraised = 52000 + rng.bounded(17000);
        const qint64 survey = 20000 + rng.bounded(10000);
        csv += (unit + QStringLiteral(";%1;%2;%3;%4;0\n")
                           .arg(UnitGroups::code(group),
                                Points::fromThousandths(appraised / 10 * 10).toString(NumberLocale::Vietnamese),
                                Points::fromThousandths(survey / 10 * 10).toString(NumberLocale::Vietnamese),
                                rng.bounded(4) == 0 ? QStringLiteral("0,5") : QStringLiteral("0")))
                   .toUtf8();
    }
    return csv;
}

QStringList names(const char* list)
{
    return QString::fromUtf8(list).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

// One respondent of the survey: the group they belong to and their answer to each question of
// the unit's set's instrument (a letter, or null when the question was not on their form).
struct Respondent
{
    int group = 0;
    QList<QChar> answers;
};

// The survey's respondents for one unit of `quality`: two or three of different groups, each
// answering about half of the questions (now and then with "no answer"), and every question
// answered by someone, as the set's survey items all need points.
QList<Respondent> surveyRespondents(const SurveyInstrument& in, double quality, QRandomGenerator& rng)
{
    const auto letter = [&](bool blankAllowed) {
        if (blankAllowed && !in.noAnswer.isEmpty() && rng.bounded(25) == 0)
            return in.noAnswer.first().at(0);
        const double x = quality + (rng.generateDouble() * 2 - 1) * 0.3;
        const int i = x >= 0.8 ? 0 : x >= 0.5 ? 1 : x >= 0.25 ? 2 : 3;
        return in.answers.at(qMin(i, int(in.answers.size()) - 1)).letter.at(0);
    };
    const int groups = int(in.groups.size());
    const int count = qMin(groups, 2 + int(rng.bounded(2)));
    const int first = int(rng.bounded(groups));
    QList<Respondent> out;
    for (int r = 0; r < count; ++r) {
        Respondent resp;
        resp.group = (first + r) % groups;
        for (qsizetype q = 0; q < in.questions.size(); ++q)
            resp.answers.append(rng.bounded(100) < 55 ? letter(true) : QChar());
        out.append(resp);
    }
    for (qsizetype q = 0; q < in.questions.size(); ++q) {
        bool answered = false;
        for (const Respondent& r : out)
            answered = answered || (!r.answers.at(q).isNull() && !in.noAnswer.contains(QString(r.answers.at(q))));
        if (!answered)
            out[q % count].answers[q] = letter(false);
    }
    return out;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The survey institute's table as it comes: one row per answer, the unit by its name, the group by
// its title; every respondent's form numbered.
class SurveyTableWriter
{
public:
    SurveyTableWriter() { m_csv = "\xEF\xBB\xBFPhiếu;Nhóm đối tượng;Đơn vị;Mã câu hỏi;Trả lời\n"; }

    void add(const Unit& unit, const SurveyInstrument& in, const QList<Respondent>& respondents)
    {
        const QString name = csvField(unit.name);
        for (const Respondent& r : respondents) {
            const QString form = QStringLiteral("%1").arg(++m_respondents, 5, 10, QLatin1Char('0'));
            const QString group = csvField(in.groups.at(r.group).title);
            for (qsizetype q = 0; q < r.answers.size(); ++q) {
                if (r.answers.at(q).isNull())
                    continue;
                m_csv += QStringList{form, group, name, in.questions.at(q).code, QString(r.answers.at(q))}
                             .join(QLatin1Char(';'))
                             .toUtf8();
                m_csv += '\n';
                ++m_answers;
            }
        }
    }

    const QByteArray& bytes() const { return m_csv; }
    int answers() const { return m_answers; }
    int respondents() const { return m_respondents; }

private:
    QByteArray m_csv;
    int m_answers = 0;
    int m_respondents = 0;
};

// A small real PDF standing for an official document of `issuer`.
Status writeDocumentPdf(const QString& path, const QString& issuer, const QString& title, const QString& number)
{
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    QPainter p;
    if (!p.begin(&pdf))
        return Status::failure(QStringLiteral("cannot write %1").arg(path));
    QFont font(QStringLiteral("Liberation Serif"));
    font.setPointSize(14);
    p.setFont(font);
    p.drawText(QRect(0, 0, pdf.width(), pdf.height() / 4), Qt::AlignCenter | Qt::TextWordWrap,
               QStringLiteral("UBND THÀNH PHỐ HÀ NỘI\n%1\nSố: %2\n\n%3").arg(issuer.toUpper(), number, title));
    p.end();
    return {};
}

// Writes a document into `scratch` and attaches it to the unit's items with its details.
Result<qint64> attachDocument(UnitAssessment& unit, const QString& scratch, const QString& number, const QDate& date,
                              const QString& summary, const QStringList& items)
{
    // Named as offices name their scans: the summary, then the number without its slashes.
    QString name = summary;
    if (!number.isEmpty())
        name += QStringLiteral(" (%1)").arg(QString(number).replace(QLatin1Char('/'), QLatin1Char('-')));
    name += QStringLiteral(".pdf");
    const QString source = QDir(scratch).absoluteFilePath(name);
    if (Status s = writeDocumentPdf(source, unit.unit().name, summary, number); !s)
        return Result<qint64>::failure(s.error());
    EvidenceDocument doc;
    doc.displayName = name;
    doc.number = number;
    doc.issuedOn = date;
    doc.summary = summary;
    doc.items = items;
    auto id = unit.attach(source, doc);
    QFile::remove(source);
    return id;
}

// The demo unit's self-assessment in progress (Sở Tài chính): most items scored, some evidence
// with its details, explanations and report texts. Deterministic.
Status fillUnitInProgress(UnitAssessment& unit, const QString& scratch)
{
    unit.setActor(QStringLiteral("demo"));
    QRandomGenerator rng(5666);
    DemoScorer scorer(rng, 0.86);
    ChangeBatch batch = unit.beginBatch();
    for (const CriteriaNode* leaf : unit.set().leaves()) {
        if (leaf->isSurvey() || rng.bounded(10) == 0) // a few items still to score
            continue;
        if (Status s = unit.setInput(leaf->code, scorer.inputFor(*leaf)); !s)
            return s;
    }
    struct Doc
    {
        const char* number;
        QDate date;
        const char* summary;
        QStringList items;
    };
    const Doc docs[] = {
        {"15/KH-STC",
         QDate(2025, 1, 8),
         "Kế hoạch cải cách hành chính năm 2025",
         {QStringLiteral("1.1.1"), QStringLiteral("1.1.2"), QStringLiteral("1.1.4")}},
        {"412/BC-STC",
         QDate(2025, 12, 10),
         "Báo cáo kết quả công tác cải cách hành chính năm 2025",
         {QStringLiteral("1.1.3"), QStringLiteral("1.2.1"), QStringLiteral("1.2.2")}},
        {"", QDate(), "Kế hoạch kiểm tra công tác cải cách hành chính", {QStringLiteral("1.3.1")}},
    };
    for (const Doc& d : docs) {
        if (auto id = attachDocument(unit, scratch, QString::fromUtf8(d.number), d.date, QString::fromUtf8(d.summary),
                                     d.items);
            !id)
            return Status::failure(id.error());
    }
    unit.setExplanation(QStringLiteral("1.4.3"),
                        QStringLiteral("Đã tổ chức 02 hội nghị tuyên truyền và chuyên mục trên "
                                       "Cổng thông tin điện tử của Sở; tài liệu đang được số hóa."));
    unit.setReportText(ReportSection::Difficulties,
                       QStringLiteral("Nhân lực làm công tác cải cách hành chính còn kiêm nhiệm.\nHạ tầng số hóa hồ sơ "
                                      "chưa đồng bộ giữa các phòng chuyên môn."));
    unit.setReportText(ReportSection::Proposals,
                       QStringLiteral("Đề nghị Sở Nội vụ tổ chức tập huấn về cách chấm các tiêu chí thành phần mới."));
    return batch.commit();
}

// A submitting Sở's self-assessment, complete enough to send: every item the unit scores but
// one or two, a few explanations, its plan and report as evidence, the report's texts.
Status fillSelfAssessment(UnitAssessment& unit, const Department& d, QRandomGenerator& rng, const QString& scratch)
{
    unit.setActor(QStringLiteral("demo"));
    DemoScorer scorer(rng, 0.72 + rng.generateDouble() * 0.24);
    ChangeBatch batch = unit.beginBatch();
    const CriteriaSet& set = unit.set();
    ItemInputs inputs = scoreUnit(set, scorer, rng);
    for (const CriteriaNode* leaf : set.leaves()) {
        if (scorer.chance(0.02)) // left unscored
            inputs.remove(leaf->code);
    }
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it) {
        if (Status s = unit.setInput(it.key(), it.value()); !s)
            return Status::failure(QStringLiteral("%1 %2: %3").arg(unit.unit().code, it.key(), s.error()));
    }
    for (const auto& e : kSelfExplanations) {
        const QString code = QString::fromUtf8(e.item);
        if (inputs.contains(code) && inputs.value(code).kind != ItemInput::Kind::NotApplicable && scorer.chance(0.5))
            unit.setExplanation(code, QString::fromUtf8(e.text));
    }
    const QString symbol = QString::fromUtf8(d.symbol);
    const qint64 plan = 5 + rng.bounded(30);
    if (auto id = attachDocument(unit, scratch, QStringLiteral("%1/KH-%2").arg(plan).arg(symbol),
                                 QDate(kYear, 1, 3 + int(rng.bounded(25))),
                                 QStringLiteral("Kế hoạch cải cách hành chính năm %1").arg(kYear),
                                 {QStringLiteral("1.1.1"), QStringLiteral("1.1.2"), QStringLiteral("1.1.4")});
        !id)
        return Status::failure(id.error());
    if (auto id = attachDocument(unit, scratch, QStringLiteral("%1/BC-%2").arg(300 + rng.bounded(400)).arg(symbol),
                                 QDate(kYear, 12, 1 + int(rng.bounded(15))),
                                 QStringLiteral("Báo cáo kết quả công tác cải cách hành chính năm %1").arg(kYear),
                                 {QStringLiteral("1.1.3"), QStringLiteral("1.2.1"), QStringLiteral("1.2.2")});
        !id)
        return Status::failure(id.error());
    if (scorer.chance(0.5)) {
        if (auto id = attachDocument(unit, scratch, QStringLiteral("%1/KH-%2").arg(plan + 3).arg(symbol),
                                     QDate(kYear, 2, 2 + int(rng.bounded(20))),
                                     QStringLiteral("Kế hoạch tuyên truyền cải cách hành chính năm %1").arg(kYear),
                                     {QStringLiteral("1.4.1"), QStringLiteral("1.4.2")});
            !id)
            return Status::failure(id.error());
    }
    unit.setReportText(ReportSection::Difficulties, QString::fromUtf8(kDifficulties[rng.bounded(3)]));
    unit.setReportText(ReportSection::Proposals, QString::fromUtf8(kProposals[rng.bounded(2)]));
    return batch.commit();
}

// A lower score than `from` under the item's rule, as a working group cuts one: the next option
// down, a smaller numerator, one more shortcoming, a step less. None when nothing is lower.
std::optional<ItemInput> lowered(const CriteriaSet& set, const CriteriaNode& node, const ItemInput& from)
{
    const ItemScore before = Scorer::score(set, node, from);
    if (before.state != ItemScore::State::Scored || !node.rule)
        return std::nullopt;
    auto lower = [&](const ItemInput& in) {
        const ItemScore s = Scorer::score(set, node, in);
        return s.state == ItemScore::State::Scored && s.points < before.points;
    };
    ItemInput in = from;
    switch (from.kind) {
    case ItemInput::Kind::Option:
        for (int i = from.option + 1; i < int(node.rule->options.size()); ++i) {
            in.option = i;
            if (lower(in))
                return in;
        }
        break;
    case ItemInput::Kind::Ratio: {
        const Points step = Points::whole(qMax<qint64>(1, from.denominator.thousandths() / Points::Scale / 25));
        for (in.numerator = from.numerator - step; in.numerator >= Points(); in.numerator -= step) {
            if (lower(in))
                return in;
        }
        break;
    }
    case ItemInput::Kind::Count:
        for (in.count = from.count + 1; in.count <= from.count + 4; ++in.count) {
            if (lower(in))
                return in;
        }
        break;
    case ItemInput::Kind::Value:
        if (node.rule->step > Points()) {
            for (in.value = from.value - node.rule->step; in.value >= Points(); in.value -= node.rule->step) {
                if (lower(in))
                    return in;
            }
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

// One Sở that submits: its own data file, key and packages, and what the working group found.
struct Submitter
{
    const Department* department = nullptr;
    Unit unit;
    AppraisalStage target = AppraisalStage::Received;
    std::shared_ptr<UnitAssessment> file;
    SigningKey key;
    QList<const Finding*> findings;
    QString feedback; // the round-1 feedback package
    int packages = 0;
};

// The year's appraisal at the demo centre, driven through the services as people would.
class AppraisalRun
{
public:
    AppraisalRun(Centre& centre, QString scratch, QRandomGenerator& rng)
        : m_centre(centre), m_scratch(std::move(scratch)), m_rng(rng)
    {}

    Status openYear(const CriteriaSetPtr& soSet, const CriteriaSetPtr& xaSet)
    {
        Appraisal& a = m_centre.appraisal();
        for (const DemoAppraiser& p : kAppraisers) {
            if (Status s = a.addAppraiser({QString::fromUtf8(p.name),
                                           QString::fromUtf8(p.areas).split(QLatin1Char(','), Qt::SkipEmptyParts)});
                !s)
                return s;
        }
        if (Status s = a.setYearSet(kYear, UnitGroup::So, soSet->sha256, QString()); !s)
            return s;
        if (Status s = a.setYearSet(kYear, UnitGroup::Xa, xaSet->sha256, QString()); !s)
            return s;
        // Round 1 is under way, the units answer within three weeks, round 2 follows.
        const QDate today = Clock::now().toLocalTime().date();
        const QPair<DeadlineStage, int> deadlines[] = {
            {DeadlineStage::Round1, 7}, {DeadlineStage::Explanation, 21}, {DeadlineStage::Round2, 35}};
        for (const auto& [stage, days] : deadlines) {
            if (Status s = a.setDeadline(kYear, stage, today.addDays(days), QString()); !s)
                return s;
        }
        auto created = m_centre.createSigningKey(QString::fromUtf8(kPassphrase));
        if (!created)
            return Status::failure(created.error());
        m_centrePem = created->publicPem;
        auto unlocked = m_centre.unlockSigningKey(QString::fromUtf8(kPassphrase));
        if (!unlocked)
            return Status::failure(unlocked.error());
        m_centreKey = std::move(unlocked).value();
        return {};
    }

    // The unit's file, key and first package; the centre enrols the key and imports the package.
    Status submit(Submitter& s, const QString& unitPath, bool demoUnit)
    {
        auto created = UnitAssessment::create(unitPath, {s.unit.code, s.unit.name, s.unit.group}, kYear,
                                              CriteriaCatalog::shippedFor(kYear, s.unit.group));
        if (!created)
            return Status::failure(created.error());
        s.file = created.value();
        UnitAssessment& unit = *s.file;
        if (Status st = demoUnit ? fillUnitInProgress(unit, m_scratch)
                                 : fillSelfAssessment(unit, *s.department, m_rng, m_scratch);
            !st)
            return st;
        auto own = unit.createSigningKey(QString::fromUtf8(kPassphrase));
        if (!own)
            return Status::failure(own.error());
        auto key = unit.unlockSigningKey(QString::fromUtf8(kPassphrase));
        if (!key)
            return Status::failure(key.error());
        s.key = std::move(key).value();
        const auto unitPublic = Centre::readPublicKey(own->publicPem);
        if (!unitPublic)
            return Status::failure(unitPublic.error());
        if (Status st = m_centre.enrolKey(s.unit.code, unitPublic.value()); !st)
            return st;
        const auto centrePublic = SigningKey::fromPublicPem(m_centrePem);
        if (!centrePublic)
            return Status::failure(centrePublic.error());
        if (Status st = unit.enrolCentreKey(centrePublic.value()); !st)
            return st;
        return send(s);
    }

    // What the working group finds in round 1: a few cuts, requests for explanations and
    // evidence, a plain agreement; chosen among the findings that fit what the unit entered.
    void chooseFindings(Submitter& s)
    {
        const UnitAssessment& unit = *s.file;
        QList<int> order;
        for (int i = 0; i < int(std::size(kFindings)); ++i)
            order.append(i);
        for (int i = int(order.size()) - 1; i > 0; --i)
            order.swapItemsAt(i, int(m_rng.bounded(i + 1)));
        const int requests = 2 + int(m_rng.bounded(2));
        const int others = 2 + int(m_rng.bounded(2));
        int r = 0;
        int o = 0;
        for (int i : order) {
            const Finding& f = kFindings[i];
            const QString code = QString::fromUtf8(f.item);
            const CriteriaNode* node = unit.set().find(code);
            if (!node)
                continue;
            const ItemInput self = unit.stored(code).input;
            if (Scorer::score(unit.set(), *node, self).state != ItemScore::State::Scored)
                continue;
            if ((f.round1 == Change::Lower || f.round2 == Change::Lower) && !lowered(unit.set(), *node, self))
                continue;
            if (f.onlyWithoutEvidence && unit.hasEvidence(code))
                continue;
            int& taken = f.request != RequestKind::None ? r : o;
            if (taken >= (f.request != RequestKind::None ? requests : others))
                continue;
            ++taken;
            s.findings.append(&f);
        }
    }

    // Round 1 as far as the unit's stage goes; from feedback sent on, its feedback is exported.
    Status roundOne(Submitter& s)
    {
        if (s.target == AppraisalStage::Received)
            return {};
        Appraisal& a = m_centre.appraisal();
        const UnitAssessment& unit = *s.file;
        const bool partial = s.target == AppraisalStage::Round1;
        for (const Finding* f : s.findings) {
            const CriteriaNode* node = unit.set().find(QString::fromUtf8(f->item));
            const QString who = appraiserFor(node);
            // Round 1 under way: only the first two members have been through their areas.
            if (partial && who != QString::fromUtf8(kAppraisers[1].name) &&
                who != QString::fromUtf8(kAppraisers[2].name))
                continue;
            AppraisalEdit edit;
            edit.comment = QString::fromUtf8(f->comment);
            edit.request = f->request;
            if (f->round1 == Change::Lower)
                edit.input = lowered(unit.set(), *node, unit.stored(node->code).input);
            if (Status st = a.appraise(kYear, s.unit.code, node->code, edit, who); !st)
                return Status::failure(QStringLiteral("%1 %2: %3").arg(s.unit.code, node->code, st.error()));
        }
        if (partial) {
            const auto done = a.acceptRest(kYear, s.unit.code, QString::fromUtf8(kAppraisers[1].name));
            return done ? Status() : Status::failure(done.error());
        }
        // Items the unit left unscored: at 0, said once or twice; the rest as the unit scored them.
        int said = 0;
        for (const CriteriaNode* leaf : unit.set().leaves()) {
            if (leaf->isSurvey() || unit.stored(leaf->code).input.kind != ItemInput::Kind::None || said == 2)
                continue;
            AppraisalEdit edit;
            edit.input = ItemInput();
            edit.comment = QString::fromUtf8(kUnscoredComment);
            if (Status st = a.appraise(kYear, s.unit.code, leaf->code, edit, appraiserFor(leaf)); !st)
                return st;
            ++said;
        }
        if (const auto done = a.acceptRest(kYear, s.unit.code, lead()); !done)
            return Status::failure(done.error());
        s.feedback =
            QDir(m_scratch).absoluteFilePath(QStringLiteral("feedback-%1-%2-round1.zip").arg(s.unit.code).arg(kYear));
        const auto written = a.exportFeedback(kYear, s.unit.code, m_centreKey, s.feedback, lead());
        return written ? Status() : Status::failure(written.error());
    }

    // The unit imports its feedback, explains and documents what was asked and sends its response.
    Status respond(Submitter& s)
    {
        if (s.target != AppraisalStage::ResponseReceived && s.target != AppraisalStage::Round2 &&
            s.target != AppraisalStage::Appraised)
            return {};
        UnitAssessment& unit = *s.file;
        const ImportOutcome imported = unit.importFeedback(s.feedback);
        if (imported.kind != ImportOutcome::Kind::Accepted)
            return Status::failure(QStringLiteral("%1: %2").arg(s.unit.code, imported.text()));
        const QString symbol = QString::fromUtf8(s.department->symbol);
        for (const Finding* f : s.findings) {
            const QString code = QString::fromUtf8(f->item);
            if (f->request == RequestKind::Explanation) {
                if (Status st = unit.setExplanation(code, QString::fromUtf8(f->answer)); !st)
                    return st;
            } else if (f->request == RequestKind::Evidence) {
                const QString number =
                    QStringLiteral("%1/%2-%3").arg(10 + m_rng.bounded(180)).arg(QString::fromUtf8(f->docKind), symbol);
                if (auto id = attachDocument(unit, m_scratch, number,
                                             QDate(kYear, 1 + int(m_rng.bounded(3)), 5 + int(m_rng.bounded(20))),
                                             QString::fromUtf8(f->answer), {code});
                    !id)
                    return Status::failure(id.error());
            }
        }
        return send(s);
    }

    // Round 2 on the answers: some of them while it is under way, all of them and closed after.
    Status roundTwo(Submitter& s)
    {
        if (s.target != AppraisalStage::Round2 && s.target != AppraisalStage::Appraised)
            return {};
        Appraisal& a = m_centre.appraisal();
        const UnitAssessment& unit = *s.file;
        int answered = 0;
        for (const Finding* f : s.findings) {
            if (f->request == RequestKind::None)
                continue;
            if (s.target == AppraisalStage::Round2 && answered == 1)
                break;
            const CriteriaNode* node = unit.set().find(QString::fromUtf8(f->item));
            AppraisalEdit edit;
            edit.comment = QString::fromUtf8(f->round2Comment);
            if (f->round2 == Change::Lower)
                edit.input = lowered(unit.set(), *node, unit.stored(node->code).input);
            if (Status st = a.appraise(kYear, s.unit.code, node->code, edit, appraiserFor(node)); !st)
                return Status::failure(QStringLiteral("%1 %2: %3").arg(s.unit.code, node->code, st.error()));
            ++answered;
        }
        if (s.target == AppraisalStage::Round2)
            return {};
        if (const auto done = a.acceptRest(kYear, s.unit.code, lead()); !done)
            return Status::failure(done.error());
        return a.closeRound(kYear, s.unit.code, 2, lead());
    }

    // The self-assessment closed two weeks ago: set once every first version is in.
    Status closeSelfAssessment()
    {
        return m_centre.appraisal().setDeadline(kYear, DeadlineStage::Self,
                                                Clock::now().toLocalTime().date().addDays(-14), QString());
    }

    const QByteArray& centrePublicPem() const { return m_centrePem; }

private:
    // The unit exports its next package, signed with its key; the centre imports it.
    Status send(Submitter& s)
    {
        ++s.packages;
        const QString package = QDir(m_scratch).absoluteFilePath(
            QStringLiteral("%1-%2-v%3.zip").arg(s.unit.code).arg(kYear).arg(s.packages));
        const auto exported = s.file->exportPackage(s.key, package);
        if (!exported)
            return Status::failure(QStringLiteral("%1: %2").arg(s.unit.code, exported.error()));
        const ImportOutcome outcome = m_centre.importPackage(package);
        QFile::remove(package);
        if (outcome.kind != ImportOutcome::Kind::Accepted)
            return Status::failure(QStringLiteral("%1: %2").arg(s.unit.code, outcome.text()));
        return {};
    }

    Centre& m_centre;
    QString m_scratch;
    QRandomGenerator& m_rng;
    SigningKey m_centreKey;
    QByteArray m_centrePem;
};

// What a build in progress leaves beside the target; removed unless the build completed.
struct Leftovers
{
    QStringList files;
    QStringList folders;
    bool completed = false;
    ~Leftovers()
    {
        if (completed)
            return;
        for (const QString& f : files)
            QFile::remove(f);
        for (const QString& d : folders)
            QDir(d).removeRecursively();
    }
};

QStringList withSidecars(const QString& dataFile)
{
    return {dataFile, dataFile + QStringLiteral("-wal"), dataFile + QStringLiteral("-shm")};
}

// A closed SQLite file has folded its write-ahead log back in; what is left of the log and
// shared memory beside the file built, or beside the one it replaces, goes.
void removeSidecars(const QString& building, const QString& target)
{
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(building + suffix);
        QFile::remove(target + suffix);
    }
}

// Puts a file built beside its target in its place, replacing what was there.
bool moveFile(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Puts a data file built beside its target in its place with its evidence folder.
bool moveDataFile(const QString& building, const QString& target)
{
    removeSidecars(building, target);
    const QString from = FileGuard::besideFolder(building, QStringLiteral(".evidence"));
    const QString to = FileGuard::besideFolder(target, QStringLiteral(".evidence"));
    QDir(to).removeRecursively();
    if (QFileInfo::exists(from) && !QDir().rename(from, to))
        return false;
    return moveFile(building, target);
}

Status writeSmallFile(const QString& target, const QByteArray& bytes)
{
    auto file = PendingFile::create(target);
    if (!file)
        return Status::failure(file.error());
    if (file.value()->device()->write(bytes) != bytes.size())
        return Status::failure(file.value()->writeFailure());
    return file.value()->commit();
}

// The demo unit files build() wrote with their centre in this process (see buildUnit()).
QSet<QString>& pairedUnitFiles()
{
    static QSet<QString> files;
    return files;
}

const char* const kUnitFileName = "so-tai-chinh-2025.parindex";
// The survey institute's table the demo imports, left beside it to import again.
const char* const kSurveyFileName = "dieu-tra-xa-hoi-hoc-2025.csv";

} // namespace

Result<QString> DemoBuilder::buildUnit(const QString& folder, bool replace)
{
    using R = Result<QString>;
    const QString target = QDir(folder).absoluteFilePath(QLatin1String(kUnitFileName));
    if (pairedUnitFiles().contains(target) && QFileInfo::exists(target))
        return target;
    if (QFile::exists(target) && !replace)
        return R::failure(tr("%1 already exists (use --force to replace it)").arg(target));
    // A demo open in ParIndex is never replaced under it.
    auto targetLock = FileLock::acquire(target);
    if (!targetLock)
        return R::failure(targetLock.error());
    const QString building = QDir(folder).absoluteFilePath(QStringLiteral(".unit-building.parindex"));
    const QString buildingEvidence = FileGuard::besideFolder(building, QStringLiteral(".evidence"));
    Leftovers leftovers{withSidecars(building), {buildingEvidence}};
    for (const QString& f : withSidecars(building))
        QFile::remove(f);
    QDir(buildingEvidence).removeRecursively();
    QTemporaryDir scratch(QDir(folder).absoluteFilePath(QStringLiteral(".demo-scratch-XXXXXX")));
    if (!scratch.isValid())
        return R::failure(tr("cannot create the folder %1").arg(scratch.path()));
    {
        auto created = UnitAssessment::create(
            building, {QStringLiteral("SO-TAI-CHINH"), QStringLiteral("Sở Tài chính"), UnitGroup::So}, kYear,
            CriteriaCatalog::shippedFor(kYear, UnitGroup::So));
        if (!created)
            return R::failure(created.error());
        if (Status s = fillUnitInProgress(*created.value(), scratch.path()); !s)
            return R::failure(s.error());
    } // closing the file folds its write-ahead log into it
    if (!moveDataFile(building, target))
        return R::failure(tr("cannot move the demo into place at %1").arg(target));
    leftovers.completed = true;
    return target;
}

int DemoBuilder::defaultUnits()
{
    return int(std::size(kDepartments) + std::size(kCommunes));
}

int DemoBuilder::maxUnits()
{
    return 500;
}

Result<DemoSummary> DemoBuilder::build(const QString& folder, int unitCount, bool replace)
{
    using R = Result<DemoSummary>;
    if (!QDir().mkpath(folder))
        return R::failure(tr("cannot create the folder %1").arg(folder));
    const QDir dir(folder);
    const QString target = dir.absoluteFilePath(QStringLiteral("centre.parindex"));
    const QString unitTarget = dir.absoluteFilePath(QLatin1String(kUnitFileName));
    for (const QString& existing : {target, unitTarget}) {
        if (QFile::exists(existing) && !replace)
            return R::failure(tr("%1 already exists (use --force to replace it)").arg(existing));
    }
    // A demo open in ParIndex is never replaced under it.
    auto targetLock = FileLock::acquire(target);
    if (!targetLock)
        return R::failure(targetLock.error());
    auto unitLock = FileLock::acquire(unitTarget);
    if (!unitLock)
        return R::failure(unitLock.error());
    const CriteriaSetPtr soSet = CriteriaCatalog::shippedFor(kYear, UnitGroup::So);
    const CriteriaSetPtr xaSet = CriteriaCatalog::shippedFor(kYear, UnitGroup::Xa);
    if (!soSet || !xaSet)
        return R::failure(tr("the shipped 2025 criteria sets are missing"));

    // Two fifths Sở, up to the 23 there are, and from 30 units on at least the twelve that submit
    // and one not ranked; the rest communes, real names first, then numbered ones.
    unitCount = qBound(2, unitCount, maxUnits());
    const int departments = qMin(int(std::size(kDepartments)), qMax(unitCount >= 30 ? 13 : 1, unitCount * 2 / 5));
    const int communes = unitCount - departments;
    // The first Sở submit a signed self-assessment; the others are entered directly.
    const int submitting = qMin(int(std::size(kPlan)), departments);
    const auto communeName = [](int i) {
        return i < int(std::size(kCommunes)) ? QString::fromUtf8(kCommunes[i]) : QStringLiteral("Xã số %1").arg(i + 1);
    };

    const QString building = dir.absoluteFilePath(QStringLiteral(".centre-building.parindex"));
    const QString unitBuilding = dir.absoluteFilePath(QStringLiteral(".unit-building.parindex"));
    Leftovers leftovers{withSidecars(building) + withSidecars(unitBuilding),
                        {FileGuard::besideFolder(building, QStringLiteral(".evidence")),
                         FileGuard::besideFolder(building, QStringLiteral(".staging")),
                         FileGuard::besideFolder(unitBuilding, QStringLiteral(".evidence"))}};
    for (const QString& f : leftovers.files)
        QFile::remove(f);
    for (const QString& d : leftovers.folders)
        QDir(d).removeRecursively();
    // The other units' files and every package on its way, removed when done.
    QTemporaryDir scratch(dir.absoluteFilePath(QStringLiteral(".demo-scratch-XXXXXX")));
    if (!scratch.isValid())
        return R::failure(tr("cannot create the folder %1").arg(scratch.path()));

    DemoSummary summary;
    QByteArray centrePem;
    QString feedback;
    QByteArray surveyTable;
    {
        auto created = Centre::create(building);
        if (!created)
            return R::failure(created.error());
        Centre& centre = *created.value();
        centre.setActor(QStringLiteral("demo"));
        // Scores and history; the appraisal and the survey draw from their own generators, so that
        // the appraisal is the same whatever the number of units.
        QRandomGenerator rng(20251117);
        QRandomGenerator appraisalRng(20251118);
        QRandomGenerator surveyRng(20251202);

        ChangeBatch batch = centre.beginBatch();
        QList<ItemInputs> communeInputs;
        QList<Unit> communeUnits;
        QList<Unit> departmentUnits;
        QHash<QString, double> quality; // of the units entered directly, by code
        std::vector<Submitter> submitters;
        auto addAndScore = [&](const QString& name, UnitGroup group, const CriteriaSetPtr& set, int index) -> Status {
            const char* code = group == UnitGroup::So ? kDepartments[index].code : nullptr;
            auto unit = centre.addUnit({QString::fromUtf8(code), name, group, ranked(name.toUtf8().constData())});
            if (!unit)
                return Status::failure(unit.error());
            ++summary.units;
            if (group == UnitGroup::So) {
                departmentUnits.append(unit.value());
                if (index < submitting) {
                    Submitter s;
                    s.department = &kDepartments[index];
                    s.unit = unit.value();
                    s.target = kPlan[index];
                    submitters.push_back(std::move(s));
                    return {};
                }
            }
            const double q = 0.62 + rng.generateDouble() * 0.36;
            quality.insert(unit->code, q);
            DemoScorer scorer(rng, q);
            // The survey items are left to the survey, imported below.
            const ItemInputs inputs = scoreUnit(*set, scorer, rng);
            if (group == UnitGroup::Xa) {
                communeUnits.append(unit.value());
                communeInputs.append(inputs);
            }
            summary.scoredItems += int(inputs.size());
            return centre.recordScores(unit->code, kYear, set, inputs);
        };
        for (int i = 0; i < departments; ++i) {
            if (Status s = addAndScore(QString::fromUtf8(kDepartments[i].name), UnitGroup::So, soSet, i); !s)
                return R::failure(s.error());
        }
        for (int i = 0; i < communes; ++i) {
            if (Status s = addAndScore(communeName(i), UnitGroup::Xa, xaSet, i); !s)
                return R::failure(s.error());
        }
        // Two communes with identical results show how equal indices share a rank: the fourth
        // gets the second's inputs, and items it scored that the second did not are cleared (the
        // survey gives them the same answers too).
        if (communeUnits.size() >= 4) {
            ItemInputs same = communeInputs.at(1);
            for (auto it = communeInputs.at(3).cbegin(); it != communeInputs.at(3).cend(); ++it) {
                if (!same.contains(it.key()))
                    same.insert(it.key(), ItemInput::none());
            }
            if (Status s = centre.recordScores(communeUnits.at(3).code, kYear, xaSet, same); !s)
                return R::failure(s.error());
        }

        // 2024 under the old groups: the Sở as they were (some merged or renamed since), the 30
        // districts and some wards merged since. The units gone are registered by the import;
        // the 2025 units formed from them are mapped to them.
        QList<std::pair<QString, UnitGroup>> history;
        QList<std::pair<QStringList, QString>> mappings; // old units -> new unit
        for (int i = 0; i < departments; ++i) {
            const Department& d = kDepartments[i];
            const QString code = departmentUnits.at(i).code;
            if (!d.formedFrom) {
                history.append({code, UnitGroup::So});
                continue;
            }
            QStringList old = names(d.formedFrom);
            for (QString& name : old) {
                if (name == QString::fromUtf8(d.name))
                    name = code;
                history.append({name, UnitGroup::So});
            }
            if (!old.isEmpty())
                mappings.append({old, code});
        }
        for (const char* district : kDistricts)
            history.append({QString::fromUtf8(district), UnitGroup::Huyen});
        for (const auto& m : kWardMergers) {
            const QString ward = QString::fromUtf8(m.ward);
            const auto present =
                std::find_if(communeUnits.cbegin(), communeUnits.cend(), [&](const Unit& u) { return u.name == ward; });
            if (present == communeUnits.cend())
                continue;
            const QStringList old = names(m.formedFrom);
            for (const QString& name : old)
                history.append({name, UnitGroup::Xa});
            mappings.append({old, present->code});
        }
        const TableImportReport imported = centre.importHistoricResults(2024, history2024(history, rng));
        if (!imported.ok())
            return R::failure(imported.problems.join(QLatin1Char('\n')));
        summary.historicUnits = imported.imported;
        summary.unitsGone = imported.unitsCreated;
        for (const auto& [old, code] : mappings) {
            if (Status s = centre.mapUnits(kYear, old, code); !s)
                return R::failure(s.error());
            ++summary.mappedUnits;
        }
        if (Status s = batch.commit(); !s)
            return R::failure(s.error());

        // The 2025 appraisal: the year opened, the units' packages in, the rounds as far as each
        // unit's stage goes.
        AppraisalRun run(centre, scratch.path(), appraisalRng);
        if (Status s = run.openYear(soSet, xaSet); !s)
            return R::failure(s.error());
        for (Submitter& s : submitters) {
            const bool demoUnit = s.department == &kDepartments[0];
            const QString path = demoUnit
                                     ? unitBuilding
                                     : QDir(scratch.path()).absoluteFilePath(s.unit.code + QStringLiteral(".parindex"));
            if (Status st = run.submit(s, path, demoUnit); !st)
                return R::failure(st.error());
            const ItemInputs inputs = s.file->inputs();
            for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
                summary.scoredItems += it->kind != ItemInput::Kind::None ? 1 : 0;
        }
        if (Status s = run.closeSelfAssessment(); !s)
            return R::failure(s.error());
        for (Submitter& s : submitters) {
            run.chooseFindings(s);
            for (auto step : {&AppraisalRun::roundOne, &AppraisalRun::respond, &AppraisalRun::roundTwo}) {
                if (Status st = (run.*step)(s); !st)
                    return R::failure(st.error());
            }
            summary.submissions += s.packages;
        }
        // Every unit where it was meant to be: a change in the rules shows here, not in the window.
        const auto progress = centre.appraisal().progress(kYear);
        if (!progress)
            return R::failure(progress.error());
        for (const Submitter& s : submitters) {
            for (const UnitProgress& p : progress.value()) {
                if (p.unit.code == s.unit.code && p.stage != s.target)
                    return R::failure(
                        QStringLiteral("demo: %1 reached the stage %2, not %3")
                            .arg(s.unit.code, AppraisalTerms::code(p.stage), AppraisalTerms::code(s.target)));
            }
            if (s.department == &kDepartments[0])
                feedback = s.feedback;
        }
        centrePem = run.centrePublicPem();

        // The survey institute's answers for every unit of 2025, imported as a user would.
        SurveyTableWriter table;
        QList<Respondent> tied;
        const auto surveyFor = [&](const Unit& unit, const CriteriaSetPtr& set) {
            const double q = quality.value(unit.code, 0.72 + surveyRng.generateDouble() * 0.24);
            return surveyRespondents(set->survey, qBound(0.0, q + (surveyRng.generateDouble() - 0.5) * 0.2, 1.0),
                                     surveyRng);
        };
        for (const Unit& u : departmentUnits)
            table.add(u, soSet->survey, surveyFor(u, soSet));
        for (qsizetype i = 0; i < communeUnits.size(); ++i) {
            QList<Respondent> respondents = surveyFor(communeUnits.at(i), xaSet);
            if (i == 1)
                tied = respondents;
            else if (i == 3)
                respondents = tied;
            table.add(communeUnits.at(i), xaSet->survey, respondents);
        }
        surveyTable = table.bytes();
        const SurveyImportReport survey =
            centre.survey().importTable(kYear, surveyTable, QLatin1String(kSurveyFileName));
        if (!survey.ok())
            return R::failure(
                tr("the demo's survey was refused:\n%1").arg(survey.read.problems.join(QLatin1Char('\n'))));
        summary.surveyAnswers = table.answers();
        summary.respondents = table.respondents();
    } // closing the files folds their write-ahead logs into them

    // Everything in place: the centre, the demo unit and its feedback, the keys' files, the survey.
    summary.centreFile = target;
    summary.unitFile = unitTarget;
    summary.feedbackFile = dir.absoluteFilePath(QStringLiteral("feedback-SO-TAI-CHINH-%1-round1.zip").arg(kYear));
    summary.centreKeyFile = dir.absoluteFilePath(QStringLiteral("centre.pub"));
    summary.passphraseFile = dir.absoluteFilePath(QStringLiteral("mat-khau-demo.txt"));
    summary.surveyFile = dir.absoluteFilePath(QLatin1String(kSurveyFileName));
    if (Status s = writeSmallFile(summary.centreKeyFile, centrePem); !s)
        return R::failure(s.error());
    if (Status s = writeSmallFile(summary.passphraseFile, QByteArray(kPassphrase) + '\n'); !s)
        return R::failure(s.error());
    if (Status s = writeSmallFile(summary.surveyFile, surveyTable); !s)
        return R::failure(s.error());
    if (!moveDataFile(building, target) || !moveDataFile(unitBuilding, unitTarget) ||
        !moveFile(feedback, summary.feedbackFile))
        return R::failure(tr("cannot move the demo into place at %1").arg(target));
    pairedUnitFiles().insert(unitTarget);
    leftovers.completed = true;
    return summary;
}

} // namespace parindex
