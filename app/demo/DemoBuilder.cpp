#include "app/demo/DemoBuilder.h"

#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/files/FileLock.h"
#include "core/unit/UnitAssessment.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <cstdio>

namespace parindex {

namespace {

const char* const kDepartments[] = {
    "Sở Tài chính",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Xây dựng",
    "Sở Nông nghiệp và Môi trường",
    "Sở Công Thương",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Văn hóa và Thể thao",
    "Sở Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Dân tộc và Tôn giáo",
    "Sở Quy hoạch - Kiến trúc",
    "Văn phòng UBND Thành phố",
    "Thanh tra Thành phố",
    "Ban Quản lý các khu công nghiệp và chế xuất",
    "Sở Ngoại vụ",
    "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng",
    "Sở An toàn thực phẩm",
    "Sở Giao thông vận tải",
};
// Not ranked with the others (assessed for information only).
const char* const kNotRanked = "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng";

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
    "Xã Sơn Tây",
    "Xã Phúc Thọ",
    "Xã Đan Phượng",
    "Xã Hoài Đức",
    "Xã Thạch Thất",
    "Xã Chương Mỹ",
};

const char* const kNotApplicableReasons[] = {
    "Trong năm không phát sinh nhiệm vụ này",
    "Đơn vị không được giao nhiệm vụ theo quy định",
    "Không phát sinh hồ sơ, thủ tục trong kỳ đánh giá",
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
        case RuleKind::Survey: {
            const qint64 hundredths = qint64(leaf.max.thousandths() / 10 * around(m_quality - 0.05, 0.1) + 0.5);
            return ItemInput::ofSurvey(Points::fromThousandths(hundredths * 10));
        }
        }
        return {};
    }

private:
    QRandomGenerator& m_rng;
    double m_quality;
};

// A whole year's inputs for one unit: every leaf, now and then a bonus or a penalty.
ItemInputs scoreUnit(const CriteriaSet& set, DemoScorer& scorer, QRandomGenerator& rng)
{
    ItemInputs inputs;
    for (const CriteriaNode* leaf : set.leaves())
        inputs.insert(leaf->code, scorer.inputFor(*leaf));
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

QByteArray history2024(const QList<Unit>& departments, QRandomGenerator& rng)
{
    QByteArray csv = "unit;group;appraised;survey;bonus;penalty\n";
    for (const Unit& u : departments) {
        const qint64 appraised = 52000 + rng.bounded(17000);
        const qint64 survey = 20000 + rng.bounded(10000);
        csv += (u.code + QStringLiteral(";so;%1;%2;%3;0\n")
                             .arg(Points::fromThousandths(appraised / 10 * 10).toString(NumberLocale::Vietnamese),
                                  Points::fromThousandths(survey / 10 * 10).toString(NumberLocale::Vietnamese),
                                  rng.bounded(4) == 0 ? QStringLiteral("0,5") : QStringLiteral("0")))
                   .toUtf8();
    }
    return csv;
}

// A small real PDF standing for an official document.
Status writeDocumentPdf(const QString& path, const QString& title, const QString& number)
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
               QStringLiteral("UBND THÀNH PHỐ HÀ NỘI\nSỞ TÀI CHÍNH\nSố: %1\n\n%2").arg(number, title));
    p.end();
    return {};
}

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

// A closed SQLite file has folded its write-ahead log back in; what is left of the log and
// shared memory beside the file built, or beside the one it replaces, goes.
void removeSidecars(const QString& building, const QString& target)
{
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(building + suffix);
        QFile::remove(target + suffix);
    }
}

} // namespace

Result<QString> DemoBuilder::buildUnit(const QString& folder, bool replace)
{
    using R = Result<QString>;
    const QString target = QDir(folder).absoluteFilePath(QStringLiteral("so-tai-chinh-2025.parindex"));
    if (QFile::exists(target) && !replace)
        return R::failure(tr("%1 already exists (use --force to replace it)").arg(target));
    // A demo open in ParIndex is never replaced under it.
    auto targetLock = FileLock::acquire(target);
    if (!targetLock)
        return R::failure(targetLock.error());
    const QString building = QDir(folder).absoluteFilePath(QStringLiteral(".unit-building.parindex"));
    Leftovers leftovers{{building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm")},
                        {QDir(folder).absoluteFilePath(QStringLiteral(".unit-building.evidence"))}};
    for (const QString& f : {building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm")})
        QFile::remove(f);
    QDir(QDir(folder).absoluteFilePath(QStringLiteral(".unit-building.evidence"))).removeRecursively();
    {
        auto created = UnitAssessment::create(
            building, {QStringLiteral("SO-TAI-CHINH"), QStringLiteral("Sở Tài chính"), UnitGroup::So}, 2025,
            CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        if (!created)
            return R::failure(created.error());
        UnitAssessment& unit = *created.value();
        unit.setActor(QStringLiteral("demo"));
        QRandomGenerator rng(5666);
        DemoScorer scorer(rng, 0.86);
        ChangeBatch batch = unit.beginBatch();
        for (const CriteriaNode* leaf : unit.set().leaves()) {
            if (leaf->isSurvey() || rng.bounded(10) == 0) // a few items still to score
                continue;
            if (Status s = unit.setInput(leaf->code, scorer.inputFor(*leaf)); !s)
                return R::failure(s.error());
        }
        struct Doc
        {
            const char* file;
            const char* number;
            QDate date;
            const char* summary;
            QStringList items;
        };
        const Doc docs[] = {
            {"ke-hoach-cchc-2025.pdf",
             "15/KH-STC",
             QDate(2025, 1, 8),
             "Kế hoạch cải cách hành chính năm 2025",
             {QStringLiteral("1.1.1"), QStringLiteral("1.1.2"), QStringLiteral("1.1.4")}},
            {"bao-cao-cchc-nam-2025.pdf",
             "412/BC-STC",
             QDate(2025, 12, 10),
             "Báo cáo kết quả công tác cải cách hành chính năm 2025",
             {QStringLiteral("1.1.3"), QStringLiteral("1.2.1"), QStringLiteral("1.2.2")}},
            {"ke-hoach-kiem-tra-cchc.pdf",
             "",
             QDate(),
             "Kế hoạch kiểm tra công tác cải cách hành chính",
             {QStringLiteral("1.3.1")}},
        };
        for (const Doc& d : docs) {
            const QString source = QDir(folder).absoluteFilePath(QStringLiteral(".demo-") + QLatin1String(d.file));
            if (Status s = writeDocumentPdf(source, QString::fromUtf8(d.summary), QString::fromUtf8(d.number)); !s)
                return R::failure(s.error());
            EvidenceDocument doc;
            doc.displayName = QLatin1String(d.file);
            doc.number = QString::fromUtf8(d.number);
            doc.issuedOn = d.date;
            doc.summary = QString::fromUtf8(d.summary);
            doc.items = d.items;
            auto id = unit.attach(source, doc);
            QFile::remove(source);
            if (!id)
                return R::failure(id.error());
        }
        unit.setExplanation(QStringLiteral("1.4.3"),
                            QStringLiteral("Đã tổ chức 02 hội nghị tuyên truyền và chuyên mục trên "
                                           "Cổng thông tin điện tử của Sở; tài liệu đang được số hóa."));
        unit.setReportText(
            ReportSection::Difficulties,
            QStringLiteral("Nhân lực làm công tác cải cách hành chính còn kiêm nhiệm.\nHạ tầng số hóa hồ sơ "
                           "chưa đồng bộ giữa các phòng chuyên môn."));
        unit.setReportText(
            ReportSection::Proposals,
            QStringLiteral("Đề nghị Sở Nội vụ tổ chức tập huấn về cách chấm các tiêu chí thành phần mới."));
        if (Status s = batch.commit(); !s)
            return R::failure(s.error());
    } // closing the file folds its write-ahead log into it
    removeSidecars(building, target);
    const QString targetEvidence = QDir(folder).absoluteFilePath(QStringLiteral("so-tai-chinh-2025.evidence"));
    QDir(targetEvidence).removeRecursively();
    if (!QDir().rename(QDir(folder).absoluteFilePath(QStringLiteral(".unit-building.evidence")), targetEvidence) ||
        ::rename(QFile::encodeName(building).constData(), QFile::encodeName(target).constData()) != 0)
        return R::failure(tr("cannot move the demo into place at %1").arg(target));
    leftovers.completed = true;
    return target;
}

Result<DemoSummary> DemoBuilder::build(const QString& folder, int unitCount, bool replace)
{
    using R = Result<DemoSummary>;
    if (!QDir().mkpath(folder))
        return R::failure(tr("cannot create the folder %1").arg(folder));
    const QString target = QDir(folder).absoluteFilePath(QStringLiteral("centre.parindex"));
    if (QFile::exists(target) && !replace)
        return R::failure(tr("%1 already exists (use --force to replace it)").arg(target));
    // A demo open in ParIndex is never replaced under it.
    auto targetLock = FileLock::acquire(target);
    if (!targetLock)
        return R::failure(targetLock.error());
    const CriteriaSetPtr soSet = CriteriaCatalog::shippedFor(2025, UnitGroup::So);
    const CriteriaSetPtr xaSet = CriteriaCatalog::shippedFor(2025, UnitGroup::Xa);
    if (!soSet || !xaSet)
        return R::failure(tr("the shipped 2025 criteria sets are missing"));

    const int maxDepartments = int(std::size(kDepartments));
    const int maxCommunes = int(std::size(kCommunes));
    unitCount = qBound(2, unitCount, maxDepartments + maxCommunes);
    const int departments = qMin(maxDepartments, qMax(1, unitCount * 2 / 5));
    const int communes = qMin(maxCommunes, unitCount - departments);

    const QString building = QDir(folder).absoluteFilePath(QStringLiteral(".centre.parindex.building"));
    Leftovers leftovers{{building, building + QStringLiteral("-wal"), building + QStringLiteral("-shm")}, {}};
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(building + suffix);

    DemoSummary summary;
    {
        auto created = Centre::create(building);
        if (!created)
            return R::failure(created.error());
        Centre& centre = *created.value();
        centre.setActor(QStringLiteral("demo"));
        QRandomGenerator rng(20251117);

        ChangeBatch batch = centre.beginBatch();
        QList<Unit> departmentUnits;
        QList<ItemInputs> communeInputs;
        QList<Unit> communeUnits;
        auto addAndScore = [&](const char* name, UnitGroup group, const CriteriaSetPtr& set) -> Status {
            const QString n = QString::fromUtf8(name);
            auto unit = centre.addUnit({QString(), n, group, qstrcmp(name, kNotRanked) != 0});
            if (!unit)
                return Status::failure(unit.error());
            DemoScorer scorer(rng, 0.62 + rng.generateDouble() * 0.36);
            const ItemInputs inputs = scoreUnit(*set, scorer, rng);
            if (group == UnitGroup::So) {
                departmentUnits.append(unit.value());
            } else {
                communeUnits.append(unit.value());
                communeInputs.append(inputs);
            }
            ++summary.units;
            summary.scoredItems += int(set->leaves().size());
            return centre.recordScores(unit->code, 2025, set, inputs);
        };
        for (int i = 0; i < departments; ++i) {
            if (Status s = addAndScore(kDepartments[i], UnitGroup::So, soSet); !s)
                return R::failure(s.error());
        }
        for (int i = 0; i < communes; ++i) {
            if (Status s = addAndScore(kCommunes[i], UnitGroup::Xa, xaSet); !s)
                return R::failure(s.error());
        }
        // Two communes with identical results show how equal indices share a rank: the fourth
        // gets the second's inputs, and items it scored that the second did not are cleared.
        if (communeUnits.size() >= 4) {
            ItemInputs same = communeInputs.at(1);
            for (auto it = communeInputs.at(3).cbegin(); it != communeInputs.at(3).cend(); ++it) {
                if (!same.contains(it.key()))
                    same.insert(it.key(), ItemInput::none());
            }
            if (Status s = centre.recordScores(communeUnits.at(3).code, 2025, xaSet, same); !s)
                return R::failure(s.error());
        }
        const TableImportReport history = centre.importHistoricResults(2024, history2024(departmentUnits, rng));
        if (!history.ok())
            return R::failure(history.problems.join(QLatin1Char('\n')));
        if (Status s = batch.commit(); !s)
            return R::failure(s.error());
    } // closing the file folds its write-ahead log into it
    removeSidecars(building, target);
    if (::rename(QFile::encodeName(building).constData(), QFile::encodeName(target).constData()) != 0)
        return R::failure(tr("cannot move the demo into place at %1").arg(target));
    leftovers.completed = true;
    summary.centreFile = target;
    return summary;
}

} // namespace parindex
