#include "FuzzTargets.h"

#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/criteria/CriteriaLoader.h"
#include "core/crypto/Sha256.h"
#include "core/importing/Csv.h"
#include "core/importing/HistoricImport.h"
#include "core/importing/UnitList.h"
#include "core/importing/Xlsx.h"
#include "core/package/FeedbackPackage.h"
#include "core/package/PackageFormat.h"
#include "core/package/SubmissionReader.h"
#include "core/unit/UnitAssessment.h"
#include "tests/support/XlsxBuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace parindex::fuzz {

namespace {

using Entries = QList<QPair<QString, QByteArray>>;

QByteArray zipOf(const Entries& entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const auto& [name, bytes] : entries) {
            QuaZipFile f(&zip);
            const bool compress = !name.startsWith(QLatin1String("blobs/"));
            if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, compress ? Z_DEFLATED : 0,
                        compress ? Z_DEFAULT_COMPRESSION : 0))
                return {};
            f.write(bytes);
            f.close();
        }
        zip.close();
    }
    return buffer.data();
}

Entries entriesOf(const QByteArray& zipBytes)
{
    Entries out;
    QBuffer buffer;
    buffer.setData(zipBytes);
    buffer.open(QIODevice::ReadOnly);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        out.append({zip.getCurrentFileName(), f.readAll()});
    }
    return out;
}

// A change at the level of JSON values: a member removed, or a value replaced by one that
// breaks a rule (wrong type, out of range, unknown code, huge, empty).
QByteArray mutateJson(const QByteArray& json, Mutator& m)
{
    QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return m.mutate(json, {});
    static const QList<QJsonValue> values = {QJsonValue(),
                                             QJsonValue(true),
                                             QJsonValue(0),
                                             QJsonValue(-1),
                                             QJsonValue(1e300),
                                             QJsonValue(QString()),
                                             QJsonValue(QStringLiteral("0")),
                                             QJsonValue(QStringLiteral("-1")),
                                             QJsonValue(QStringLiteral("999999999999")),
                                             QJsonValue(QStringLiteral("0.5")),
                                             QJsonValue(QStringLiteral("1.1.1")),
                                             QJsonValue(QStringLiteral("9.9.9")),
                                             QJsonValue(QStringLiteral("option:7")),
                                             QJsonValue(QStringLiteral("ratio:5/0")),
                                             QJsonValue(QStringLiteral("count:-3")),
                                             QJsonValue(QStringLiteral("SO-TP")),
                                             QJsonValue(QStringLiteral("2019")),
                                             QJsonValue(QStringLiteral("appraisal")),
                                             QJsonValue(QString(70000, QLatin1Char('x'))),
                                             QJsonValue(QStringLiteral("\u202Eabc")),
                                             QJsonValue(QJsonArray()),
                                             QJsonValue(QJsonObject())};
    // Walk to a random value and change it, up to a few levels deep.
    std::function<QJsonValue(QJsonValue, int)> change = [&](QJsonValue v, int depth) -> QJsonValue {
        const bool stop = depth > 4 || m.below(3) == 0;
        if (v.isObject() && !v.toObject().isEmpty()) {
            QJsonObject o = v.toObject();
            const QString key = o.keys().at(m.below(int(o.size())));
            if (stop && m.below(3) == 0) {
                o.remove(key);
                return o;
            }
            o[key] = change(o.value(key), depth + 1);
            return o;
        }
        if (v.isArray() && !v.toArray().isEmpty()) {
            QJsonArray a = v.toArray();
            const int i = m.below(int(a.size()));
            switch (stop ? m.below(3) : 3) {
            case 0:
                a.removeAt(i);
                return a;
            case 1:
                a.append(a.at(i)); // the same element twice
                return a;
            default:
                a[i] = change(a.at(i), depth + 1);
                return a;
            }
        }
        return values.at(m.below(int(values.size())));
    };
    const QJsonValue changed = change(doc.object(), 0);
    return QJsonDocument(changed.toObject()).toJson(m.below(2) ? QJsonDocument::Compact : QJsonDocument::Indented);
}

// One entry of a package changed (its content, sometimes its name) under the stale signature.
QByteArray withOneEntryChanged(Entries parts, Mutator& m)
{
    auto& [name, bytes] = parts[m.below(int(parts.size()))];
    bytes = m.below(2) ? m.mutate(bytes, {}) : mutateJson(bytes, m);
    if (m.below(4) == 0)
        name = QString::fromUtf8(m.mutate(name.toUtf8(), {}));
    return zipOf(parts);
}

// The manifest as a careful forger would make it follow changed data: its hash and size.
QByteArray manifestFollowing(const QByteArray& manifest, const QByteArray& data)
{
    QJsonObject o = QJsonDocument::fromJson(manifest).object();
    QJsonObject d = o.value(QStringLiteral("data")).toObject();
    d[QStringLiteral("sha256")] = Sha256::hexHash(data);
    d[QStringLiteral("size")] = QString::number(data.size());
    o[QStringLiteral("data")] = d;
    return QJsonDocument(o).toJson();
}

// ---- package ------------------------------------------------------------------------------

class PackageTarget : public Target
{
public:
    explicit PackageTarget(const QString& workDir) : m_dir(workDir)
    {
        auto centre = Centre::create(m_dir + QStringLiteral("/C.parindex"));
        auto unit = UnitAssessment::create(m_dir + QStringLiteral("/U.parindex"),
                                           {QStringLiteral("SO-TC"), QStringLiteral("Sở Tài chính"), UnitGroup::So},
                                           2025, CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        if (!centre || !unit)
            qFatal("cannot set up the package target: %s", qPrintable(centre ? unit.error() : centre.error()));
        m_centre = centre.value();
        m_key = SigningKey::generate().value();
        m_centre->addUnit({QStringLiteral("SO-TC"), QStringLiteral("Sở Tài chính"), UnitGroup::So, true});
        m_centre->enrolKey(QStringLiteral("SO-TC"), Centre::readPublicKey(m_key.publicPem()).value());
        unit.value()->setInput(QStringLiteral("1.1.1"), ItemInput::ofOption(0));
        unit.value()->setInput(QStringLiteral("1.1.3"), ItemInput::ofRatio(Points::whole(46), Points::whole(50)));
        unit.value()->setExplanation(QStringLiteral("1.1.3"), QStringLiteral("Báo cáo số 45/BC-STC"));
        const QString doc = m_dir + QStringLiteral("/ke-hoach.pdf");
        QFile f(doc);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 kế hoạch CCHC năm 2025");
        f.close();
        EvidenceDocument meta;
        meta.items = {QStringLiteral("1.1.1")};
        unit.value()->attach(doc, meta);
        const QString seed = m_dir + QStringLiteral("/seed.zip");
        if (!unit.value()->exportPackage(m_key, seed))
            qFatal("cannot export the seed package");
        QFile s(seed);
        s.open(QIODevice::ReadOnly);
        m_seed = s.readAll();
        m_parts = entriesOf(m_seed);
        auto reader = m_centre->reader();
        if (!reader)
            qFatal("no reader: %s", qPrintable(reader.error()));
        m_reader = std::make_unique<SubmissionReader>(std::move(reader.value()));
        m_input = m_dir + QStringLiteral("/input.zip");
    }

    QString name() const override { return QStringLiteral("package"); }
    QList<QByteArray> seeds() const override { return {m_seed}; }
    QList<QByteArray> dictionary() const override
    {
        return {"PK\x03\x04",           "PK\x01\x02", "PK\x05\x06", "manifest.json", "manifest.sig",
                "data/assessment.json", "blobs/",     "../",        "\"sequence\"",  "\"sha256\""};
    }

    QByteArray next(const QByteArray& seed, Mutator& m, const QList<QByteArray>& corpus) override
    {
        const int mode = m.below(10);
        if (mode < 3 || m_parts.size() < 3)
            return m.mutate(seed, corpus); // the zip's bytes
        if (mode < 5)
            return withOneEntryChanged(m_parts, m);
        Entries parts = m_parts;
        // Signed again with the unit's real key: what a valid signature vouches for is checked.
        QByteArray manifest = parts[0].second;
        QByteArray data = parts[2].second;
        switch (m.below(3)) {
        case 0:
            manifest = m.below(3) ? mutateJson(manifest, m) : m.mutate(manifest, {});
            break;
        case 1: {
            data = m.below(3) ? mutateJson(data, m) : m.mutate(data, {});
            if (m.below(4) != 0)
                manifest = manifestFollowing(manifest, data);
            break;
        }
        default:
            if (parts.size() > 3)
                parts[3 + m.below(int(parts.size()) - 3)].second =
                    m.mutate(parts[3 + m.below(int(parts.size()) - 3)].second, {});
            break;
        }
        parts[0].second = manifest;
        parts[1].second = m_key.sign(package::signedMessage(manifest)).value();
        parts[2].second = data;
        if (m.below(8) == 0)
            parts.append(parts[m.below(int(parts.size()))]); // an entry twice
        if (m.below(8) == 0)
            std::swap(parts[0], parts[m.below(int(parts.size()))]);
        return zipOf(parts);
    }

    QString run(const QByteArray& input) override
    {
        QFile f(m_input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(input) != input.size())
            return QStringLiteral("cannot write the input file");
        f.close();
        const PackageVerdict verdict = m_reader->verify(m_input);
        const ImportOutcome& o = verdict.outcome;
        ++outcomes[o.kind == ImportOutcome::Kind::Rejected ? QStringLiteral("rejected: ") + o.rule : o.text()];
        if (o.kind == ImportOutcome::Kind::Rejected) {
            if (o.rule.isEmpty())
                return QStringLiteral("a rejection without its rule");
            if (verdict.staged)
                return QStringLiteral("a rejection left staged files");
            return {};
        }
        // Accepted: what is staged is what the manifest names, byte for byte.
        if (!package::SubmissionData::parse(verdict.submission.data))
            return QStringLiteral("accepted data that does not parse");
        for (const auto& [sha, size] : verdict.submission.evidence) {
            QFile blob(verdict.staged->pathFor(sha));
            if (!blob.open(QIODevice::ReadOnly) || Sha256::hexHash(blob.readAll()) != sha)
                return QStringLiteral("a staged evidence file that does not match its hash");
        }
        if (o.unitCode != QLatin1String("SO-TC"))
            return QStringLiteral("accepted for another unit than the signer's");
        return {};
    }

private:
    QString m_dir;
    std::shared_ptr<Centre> m_centre;
    SigningKey m_key;
    QByteArray m_seed;
    Entries m_parts;
    std::unique_ptr<SubmissionReader> m_reader;
    QString m_input;
};

// ---- feedback ------------------------------------------------------------------------------

// The centre's feedback package as a unit reads it: raw bytes, entries changed under a stale
// signature, and manifests and data changed then signed again with the centre's real key.
class FeedbackTarget : public Target
{
public:
    explicit FeedbackTarget(const QString& workDir) : m_dir(workDir)
    {
        auto centre = Centre::create(m_dir + QStringLiteral("/FC.parindex"));
        auto unit = UnitAssessment::create(m_dir + QStringLiteral("/FU.parindex"),
                                           {QStringLiteral("SO-TC"), QStringLiteral("Sở Tài chính"), UnitGroup::So},
                                           2025, CriteriaCatalog::shippedFor(2025, UnitGroup::So));
        if (!centre || !unit)
            qFatal("cannot set up the feedback target: %s", qPrintable(centre ? unit.error() : centre.error()));
        const QString passphrase = QStringLiteral("mật khẩu đủ dài");
        if (!centre.value()->createSigningKey(passphrase))
            qFatal("cannot create the centre's key");
        m_key = centre.value()->unlockSigningKey(passphrase).value();
        const auto unitKey = SigningKey::generate().value();
        centre.value()->addUnit({QStringLiteral("SO-TC"), QStringLiteral("Sở Tài chính"), UnitGroup::So, true});
        centre.value()->enrolKey(QStringLiteral("SO-TC"), Centre::readPublicKey(unitKey.publicPem()).value());
        unit.value()->setInput(QStringLiteral("1.1.1"), ItemInput::ofOption(0));
        unit.value()->setInput(QStringLiteral("1.1.3"), ItemInput::ofRatio(Points::whole(46), Points::whole(50)));
        const QString submission = m_dir + QStringLiteral("/submission.zip");
        if (!unit.value()->exportPackage(unitKey, submission) ||
            centre.value()->importPackage(submission).kind != ImportOutcome::Kind::Accepted)
            qFatal("cannot submit the seed's assessment");
        Appraisal& appraisal = centre.value()->appraisal();
        const QString by = QStringLiteral("Trần Thị Bình");
        appraisal.addAppraiser({by, {}});
        AppraisalEdit edit;
        edit.input = ItemInput::ofOption(1);
        edit.comment = QStringLiteral("Đề nghị bổ sung quyết định ban hành kế hoạch");
        edit.request = RequestKind::Evidence;
        appraisal.appraise(2025, QStringLiteral("SO-TC"), QStringLiteral("1.1.1"), edit, by);
        appraisal.acceptRest(2025, QStringLiteral("SO-TC"), by);
        const QString seed = m_dir + QStringLiteral("/feedback.zip");
        if (!appraisal.exportFeedback(2025, QStringLiteral("SO-TC"), m_key, seed, by))
            qFatal("cannot export the seed feedback");
        QFile f(seed);
        f.open(QIODevice::ReadOnly);
        m_seed = f.readAll();
        m_parts = entriesOf(m_seed);
        m_input = m_dir + QStringLiteral("/input-feedback.zip");
    }

    QString name() const override { return QStringLiteral("feedback"); }
    QList<QByteArray> seeds() const override { return {m_seed}; }
    QList<QByteArray> dictionary() const override
    {
        return {"PK\x03\x04", "PK\x01\x02",  "manifest.json", "manifest.sig", "data/feedback.json",
                "\"round1\"", "\"request\"", "option:",       "ratio:",       "\"appraised_version\""};
    }

    QByteArray next(const QByteArray& seed, Mutator& m, const QList<QByteArray>& corpus) override
    {
        const int mode = m.below(10);
        if (mode < 3 || m_parts.size() != 3)
            return m.mutate(seed, corpus);
        if (mode < 5)
            return withOneEntryChanged(m_parts, m);
        Entries parts = m_parts;
        // Signed again with the centre's real key: what a valid signature vouches for is checked.
        QByteArray manifest = parts[0].second;
        QByteArray data = parts[2].second;
        if (m.below(2)) {
            manifest = m.below(3) ? mutateJson(manifest, m) : m.mutate(manifest, {});
        } else {
            data = m.below(3) ? mutateJson(data, m) : m.mutate(data, {});
            manifest = manifestFollowing(manifest, data);
        }
        parts[0].second = manifest;
        parts[1].second = m_key.sign(package::signedFeedbackMessage(manifest)).value();
        parts[2].second = data;
        if (m.below(8) == 0)
            parts.append(parts[m.below(int(parts.size()))]);
        return zipOf(parts);
    }

    QString run(const QByteArray& input) override
    {
        QFile f(m_input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(input) != input.size())
            return QStringLiteral("cannot write the input file");
        f.close();
        const FeedbackVerdict verdict = FeedbackPackage::read(m_input, m_key);
        const ImportOutcome& o = verdict.outcome;
        ++outcomes[o.kind == ImportOutcome::Kind::Rejected ? QStringLiteral("rejected: ") + o.rule : o.text()];
        if (o.kind == ImportOutcome::Kind::Rejected)
            return o.rule.isEmpty() ? QStringLiteral("a rejection without its rule") : QString();
        // Accepted: the bytes it vouches for parse, and say what the manifest says.
        const auto data = package::FeedbackData::parse(verdict.dataBytes);
        if (!data || !package::FeedbackManifest::parse(verdict.manifestBytes))
            return QStringLiteral("accepted bytes that do not parse");
        if (data->unitCode != verdict.manifest.unitCode || data->year != verdict.manifest.year)
            return QStringLiteral("accepted data for another unit or year than the manifest's");
        if (Sha256::hexHash(verdict.dataBytes) != verdict.manifest.dataSha256)
            return QStringLiteral("accepted data whose hash the manifest does not name");
        return {};
    }

private:
    QString m_dir;
    SigningKey m_key;
    QByteArray m_seed;
    Entries m_parts;
    QString m_input;
};

// ---- criteria set -------------------------------------------------------------------------

class CriteriaSetTarget : public Target
{
public:
    QString name() const override { return QStringLiteral("criteria-set"); }
    QList<QByteArray> seeds() const override
    {
        QList<QByteArray> out;
        const QDir dir(QStringLiteral(PARINDEX_SOURCE_DIR "/criteria_templates"));
        for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (f.contains(QLatin1String("schema")))
                continue;
            QFile file(dir.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                out.append(file.readAll());
        }
        return out;
    }
    QList<QByteArray> dictionary() const override
    {
        return {"\"areas\"", "\"children\"", "\"rule\"", "\"max\"",    "\"kind\"",     "\"options\"",
                "\"tiers\"", "\"step\"",     "\"code\"", "\"survey\"", "\"deduction\""};
    }
    QByteArray next(const QByteArray& seed, Mutator& m, const QList<QByteArray>& corpus) override
    {
        return m.below(2) ? mutateJson(seed, m) : m.mutate(seed, corpus);
    }
    QString run(const QByteArray& input) override
    {
        const CriteriaLoadResult r = CriteriaLoader::loadBytes(input);
        ++outcomes[r.ok() ? QStringLiteral("valid") : QStringLiteral("refused")];
        if (r.ok() == !r.problems.isEmpty())
            return QStringLiteral("a result that is both a set and problems, or neither");
        if (r.ok()) {
            if (r.set->leaves().isEmpty())
                return QStringLiteral("a valid set without items");
            Points sum;
            for (const CriteriaNode* leaf : r.set->leaves()) {
                if (leaf->max.isNegative())
                    return QStringLiteral("a valid set with a negative maximum");
                sum = sum + leaf->max;
            }
            Q_UNUSED(sum)
        }
        return {};
    }
};

// ---- CSV tables ---------------------------------------------------------------------------

class CsvTarget : public Target
{
public:
    QString name() const override { return QStringLiteral("csv"); }
    QList<QByteArray> seeds() const override
    {
        return {"\xEF\xBB\xBF\xC4\x90\xC6\xA1n v\xE1\xBB\x8B;Nh\xC3\xB3m;\xC4\x90i\xE1\xBB\x83m th\xE1\xBA\xA9m "
                "\xC4\x91\xE1\xBB\x8Bnh;\xC4\x90i\xE1\xBB\x83m \xC4\x91i\xE1\xBB\x81u tra;\xC4\x90i\xE1\xBB\x83m "
                "th\xC6\xB0\xE1\xBB\x9Fng\nS\xE1\xBB\x9F T\xC3\xA0i ch\xC3\xADnh;so;62,75;28,5;1\n",
                "unit,group,appraised,survey,bonus,penalty,max\n\"So, "
                "\"\"A\"\"\",so,50.5,30,0,0.5,100\r\nB,xa,40,20,,,90\r\n",
                "STT;M\xC3\xA3 \xC4\x91\xC6\xA1n v\xE1\xBB\x8B;T\xC3\xAAn \xC4\x91\xC6\xA1n v\xE1\xBB\x8B;Nh\xC3\xB3m;"
                "X\xE1\xBA\xBFp h\xE1\xBA\xA1ng\n1;;S\xE1\xBB\x9F T\xC6\xB0 ph\xC3\xA1p;so;c\xC3\xB3\n2;BQL;Ban QL;so;"
                "kh\xC3\xB4ng\n",
                "name,group,code,ranked\nA,so,,yes\nB,huyen,B-1,no\n"};
    }
    QList<QByteArray> dictionary() const override { return {",", ";", "\"", "\"\"", "\r", "\n", "so", "xa", "huyen"}; }
    QString run(const QByteArray& input) override
    {
        const CsvTable table = readCsv(input);
        QStringList historicProblems;
        const QList<HistoricRow> rows = HistoricImport::parse(input, 2024, historicProblems);
        QStringList listProblems;
        const QList<UnitListRow> units = UnitList::parse(input, listProblems);
        ++outcomes[historicProblems.isEmpty() ? QStringLiteral("results table") : QStringLiteral("not results")];
        ++outcomes[listProblems.isEmpty() ? QStringLiteral("unit list") : QStringLiteral("not a unit list")];
        if (!table.error.isEmpty() && (historicProblems.isEmpty() || listProblems.isEmpty()))
            return QStringLiteral("an unreadable table was accepted");
        if (historicProblems.isEmpty()) {
            if (rows.isEmpty())
                return QStringLiteral("accepted results without rows");
            for (const HistoricRow& r : rows) {
                const HistoricFigures& f = r.figures;
                if (r.unit.isEmpty() || f.appraised.isNegative() || f.survey.isNegative() || f.bonus.isNegative() ||
                    f.penalty.isNegative() || f.max <= Points() || f.appraised + f.survey > f.max)
                    return QStringLiteral("accepted results that break the table's rules");
            }
        }
        if (listProblems.isEmpty()) {
            for (const UnitListRow& u : units) {
                if (u.unit.name.trimmed().isEmpty() || !u.readable)
                    return QStringLiteral("an accepted unit list with an unreadable row");
            }
        }
        return {};
    }
};

// ---- XLSX workbooks ------------------------------------------------------------------------

class XlsxTarget : public Target
{
public:
    QString name() const override { return QStringLiteral("xlsx"); }
    QList<QByteArray> seeds() const override
    {
        using ::test::XlsxSheet;
        const QList<QStringList> rows = {
            {QStringLiteral("Mã đơn vị"), QStringLiteral("Tên đơn vị"), QStringLiteral("Nhóm"), QStringLiteral("Điểm")},
            {QStringLiteral("SO-TC"), QStringLiteral("Sở Tài chính"), QStringLiteral("so"), QStringLiteral("62.75")},
            {QString(), QStringLiteral("Phường Cửa Nam"), QStringLiteral("xa"), QStringLiteral("65.43000000000001")}};
        ::test::XlsxOptions inlineStrings;
        inlineStrings.sharedStrings = false;
        const XlsxSheet first{QStringLiteral("Dữ liệu"), rows, {}, QStringLiteral("xl/worksheets/sheet2.xml")};
        const XlsxSheet second{
            QStringLiteral("Ghi chú"), {{QStringLiteral("ghi chú")}}, {}, QStringLiteral("xl/worksheets/sheet1.xml")};
        const QByteArray cells =
            "<row r=\"1\" spans=\"1:6\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c>"
            "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
            "<row r=\"3\"><c t=\"inlineStr\"><is><r><t>Phường </t></r><r><t>Cửa Nam</t></r></is></c>"
            "<c t=\"str\"><f>A3</f><v>x_x000D_y</v></c><c r=\"F3\"><v>1E-3</v></c></row>"
            "<row><c r=\"XFD4\"><v>-0</v></c></row>";
        const QByteArray strings = "<si><r><rPr><b/></rPr><t>Sở </t></r><r><t xml:space=\"preserve\">Tư pháp</t></r>"
                                   "</si><si><t>漢字</t><rPh sb=\"0\" eb=\"1\"><t>かんじ</t></rPh></si>";
        return {::test::makeXlsx(rows), ::test::makeXlsx(rows, inlineStrings),
                ::test::zipXlsxParts(::test::xlsxParts({first, second})),
                ::test::makeXlsxRaw(::test::xlsx::sheetXml(cells), ::test::xlsx::sharedStringsXml(strings))};
    }
    QList<QByteArray> dictionary() const override
    {
        return {"<row>",      "</row>",         "<row r=\"",         "<c r=\"", "\" t=\"s\"",   " t=\"inlineStr\"",
                " t=\"b\"",   " t=\"e\"",       " t=\"str\"",        "<v>",     "</v>",         "<is><t>",
                "</t></is>",  "<r><t>",         "<rPh><t>",          "<si>",    "</si>",        "XFD1048576",
                "1048577",    "XFE1",           "_x000D_",           "&amp;",   "<!DOCTYPE a>", "r:id=\"rId1\"",
                "/worksheet", "/sharedStrings", "65.43000000000001", "1E-3",    "-0",           "99"};
    }
    // An attribute's value or an element's text replaced by one that breaks a rule: the XML stays
    // well-formed, so the change reaches the reader's own checks.
    static QByteArray mutateXml(const QByteArray& xml, Mutator& m)
    {
        static const QList<QByteArray> values = {
            "",
            "0",
            "1",
            "2",
            "99",
            "-1",
            "x",
            "s",
            "n",
            "b",
            "e",
            "str",
            "inlineStr",
            "d",
            "A0",
            "A01",
            "XFD1",
            "XFE1",
            "XFD1048576",
            "A1048577",
            "1048576",
            "1048577",
            "99999999999",
            "$A$1",
            "rId1",
            "rId2",
            "rId9",
            "-0",
            "1E-3",
            "1e999",
            "nan",
            "65.43000000000001",
            "0.1",
            "_x000D_",
            "_x005F_x0041_",
            "&amp;",
            "&#x202E;",
            "../../x.xml",
            "/xl/worksheets/sheet1.xml",
            "worksheets/sheet2.xml",
            "sharedStrings.xml",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet",
            "preserve",
            QByteArray(40000, 'x')};
        QList<QPair<qsizetype, qsizetype>> spans; // [begin, end) of values and texts
        for (qsizetype i = 0; i < xml.size(); ++i) {
            const char c = xml.at(i);
            const char close = c == '"' ? '"' : c == '>' ? '<' : 0;
            if (!close)
                continue;
            const qsizetype end = xml.indexOf(close, i + 1);
            if (end < 0)
                break;
            if (close == '"' || end > i + 1)
                spans.append({i + 1, end});
            if (close == '"')
                i = end;
        }
        if (spans.isEmpty())
            return xml;
        const auto [begin, end] = spans.at(m.below(int(spans.size())));
        QByteArray out = xml;
        if (m.below(8) == 0) // an element repeated: two cells, two rows, two sheets
        {
            const qsizetype open = out.lastIndexOf('<', begin);
            const qsizetype stop = out.indexOf('>', end);
            if (open >= 0 && stop > open)
                return out.insert(stop + 1, out.mid(open, stop + 1 - open));
        }
        return out.replace(begin, end - begin, values.at(m.below(int(values.size()))));
    }

    // Mostly a change to the XML of one part (the sheet and the shared strings above all), zipped
    // again; sometimes to the zip's own bytes, or a part dropped.
    QByteArray next(const QByteArray& seed, Mutator& m, const QList<QByteArray>& corpus) override
    {
        if (m.below(4) == 0)
            return m.mutate(seed, corpus);
        ::test::XlsxParts parts = ::test::unzipXlsxParts(seed);
        if (parts.isEmpty())
            return m.mutate(seed, corpus);
        int index = m.below(int(parts.size()));
        if (m.below(3) != 0) {
            for (int i = 0; i < parts.size(); ++i) {
                if (parts.at(i).first.contains(QLatin1String("worksheets/")) ||
                    parts.at(i).first.contains(QLatin1String("sharedStrings")))
                    index = m.below(2) ? i : index;
            }
        }
        if (m.below(20) == 0)
            parts.removeAt(index);
        else if (m.below(2) == 0)
            parts[index].second = mutateXml(parts.at(index).second, m);
        else
            parts[index].second = m.mutate(parts.at(index).second, {});
        return ::test::zipXlsxParts(parts, m.below(4) != 0);
    }
    QString run(const QByteArray& input) override
    {
        const CsvTable t = readXlsx(input);
        if (!t.sheet || !t.delimiter.isNull())
            return QStringLiteral("a workbook's table not marked as a sheet");
        if (!t.error.isEmpty()) {
            // The kind of error, without its numbers, cells and quoted text.
            static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\""));
            static const QRegularExpression cell(QStringLiteral("\\b[A-Z]{1,3}[0-9]+\\b"));
            static const QRegularExpression number(QStringLiteral("[0-9]+"));
            QString kind = t.error.section(QLatin1String(" (line"), 0, 0);
            kind.replace(quoted, QStringLiteral("\"…\""))
                .replace(cell, QStringLiteral("A1"))
                .replace(number, QStringLiteral("#"));
            ++outcomes[QStringLiteral("refused: ") + kind];
            return t.records.isEmpty() ? QString() : QStringLiteral("an error with records");
        }
        ++outcomes[QStringLiteral("read")];
        const qsizetype width = t.records.isEmpty() ? 0 : t.records.first().fields.size();
        if (width > 16384 || (!t.records.isEmpty() && width == 0))
            return QStringLiteral("a table wider than the sheet's last column, or of no width");
        int previous = 0;
        bool lastColumnUsed = t.records.isEmpty();
        for (const CsvRecord& r : t.records) {
            if (r.line <= previous || r.line > 1048576)
                return QStringLiteral("rows out of order or beyond the last row");
            previous = r.line;
            if (r.fields.size() != width)
                return QStringLiteral("rows of different widths");
            bool empty = true;
            for (const QString& f : r.fields) {
                if (f.isNull() || f != f.normalized(QString::NormalizationForm_C).trimmed())
                    return QStringLiteral("a field that is null, not NFC or not trimmed");
                empty = empty && f.isEmpty();
            }
            if (empty)
                return QStringLiteral("a wholly empty row");
            lastColumnUsed = lastColumnUsed || !r.fields.last().isEmpty();
        }
        if (!lastColumnUsed)
            return QStringLiteral("a table wider than its rightmost non-empty cell");
        return {};
    }
};

} // namespace

QStringList targetNames()
{
    return {QStringLiteral("package"), QStringLiteral("feedback"), QStringLiteral("criteria-set"),
            QStringLiteral("csv"), QStringLiteral("xlsx")};
}

std::unique_ptr<Target> makeTarget(const QString& name, const QString& workDir)
{
    if (name == QLatin1String("package"))
        return std::make_unique<PackageTarget>(workDir);
    if (name == QLatin1String("feedback"))
        return std::make_unique<FeedbackTarget>(workDir);
    if (name == QLatin1String("criteria-set"))
        return std::make_unique<CriteriaSetTarget>();
    if (name == QLatin1String("csv"))
        return std::make_unique<CsvTarget>();
    if (name == QLatin1String("xlsx"))
        return std::make_unique<XlsxTarget>();
    return nullptr;
}

} // namespace parindex::fuzz
