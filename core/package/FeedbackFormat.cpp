#include "core/package/FeedbackFormat.h"

#include "core/package/JsonFields.h"

namespace parindex::package {

using detail::parseObject;
using detail::Reader;

QString feedbackDataEntry()
{
    return QStringLiteral("data/feedback.json");
}

bool isAllowedFeedbackEntryName(const QString& name)
{
    return name == manifestEntry() || name == signatureEntry() || name == feedbackDataEntry();
}

QByteArray signedFeedbackMessage(const QByteArray& manifest)
{
    QByteArray m(FeedbackContext);
    m.append('\0');
    m.append(manifest);
    return m;
}

QByteArray FeedbackManifest::toJson() const
{
    const QJsonObject o{
        {QStringLiteral("format"), QString::fromLatin1(FeedbackFormat)},
        {QStringLiteral("format_version"), FeedbackFormatVersion},
        {QStringLiteral("package_id"), packageId},
        {QStringLiteral("centre"), centreName},
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("code"), unitCode}, {QStringLiteral("name"), unitName}}},
        {QStringLiteral("year"), year},
        {QStringLiteral("round"), round},
        {QStringLiteral("criteria_set"),
         QJsonObject{{QStringLiteral("id"), setId}, {QStringLiteral("sha256"), setSha256}}},
        {QStringLiteral("sequence"), QString::number(sequence)},
        {QStringLiteral("basis"), QJsonObject{{QStringLiteral("sequence"), QString::number(basisSequence)},
                                              {QStringLiteral("manifest_sha256"), basisManifestSha256}}},
        {QStringLiteral("response_deadline"),
         responseDeadline.isValid() ? QJsonValue(responseDeadline.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("path"), feedbackDataEntry()},
                                             {QStringLiteral("sha256"), dataSha256},
                                             {QStringLiteral("size"), QString::number(dataSize)}}},
        {QStringLiteral("signer"),
         QJsonObject{{QStringLiteral("algorithm"), signerAlgorithm}, {QStringLiteral("key_id"), signerKeyId}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<FeedbackManifest> FeedbackManifest::parse(const QByteArray& json)
{
    using R = Result<FeedbackManifest>;
    const auto root = parseObject(json);
    if (!root)
        return R::failure(root.error());
    QString problem;
    Reader r(root.value(), QString(), &problem);
    FeedbackManifest m;
    if (r.string("format") != QLatin1String(FeedbackFormat))
        r.fail(QStringLiteral("format"), Reader::tr("not a feedback package"));
    if (r.integer("format_version", 1, 1000) != FeedbackFormatVersion)
        r.fail(QStringLiteral("format_version"),
               Reader::tr("this version of ParIndex reads format version %1").arg(FeedbackFormatVersion));
    m.packageId = r.string("package_id");
    m.centreName = r.string("centre", false);
    Reader unit(r.object("unit"), r.path(QStringLiteral("unit")), &problem);
    m.unitCode = unit.string("code");
    m.unitName = unit.string("name");
    m.year = r.integer("year", 2000, 2100);
    m.round = r.integer("round", 1, 2);
    Reader set(r.object("criteria_set"), r.path(QStringLiteral("criteria_set")), &problem);
    m.setId = set.string("id");
    m.setSha256 = set.sha256("sha256");
    m.sequence = r.countString("sequence", 1);
    Reader basis(r.object("basis"), r.path(QStringLiteral("basis")), &problem);
    m.basisSequence = basis.countString("sequence", 1);
    m.basisManifestSha256 = basis.sha256("manifest_sha256");
    const QJsonValue deadline = root->value(QLatin1String("response_deadline"));
    if (deadline.isString()) {
        m.responseDeadline = QDate::fromString(deadline.toString(), Qt::ISODate);
        if (!m.responseDeadline.isValid())
            r.fail(QStringLiteral("response_deadline"), Reader::tr("a date (YYYY-MM-DD) is expected"));
    } else if (!deadline.isNull()) {
        r.fail(QStringLiteral("response_deadline"), Reader::tr("a date or null is expected"));
    }
    m.created = QDateTime::fromString(r.string("created"), Qt::ISODate);
    m.appVersion = r.string("app_version", false);
    Reader data(r.object("data"), r.path(QStringLiteral("data")), &problem);
    if (data.string("path") != feedbackDataEntry())
        data.fail(QStringLiteral("path"), Reader::tr("must be %1").arg(feedbackDataEntry()));
    m.dataSha256 = data.sha256("sha256");
    m.dataSize = data.countString("size", 0);
    Reader signer(r.object("signer"), r.path(QStringLiteral("signer")), &problem);
    m.signerAlgorithm = signer.string("algorithm");
    m.signerKeyId = signer.string("key_id");
    if (!problem.isEmpty())
        return R::failure(problem);
    return m;
}

const FeedbackItem* FeedbackData::item(const QString& code) const
{
    for (const FeedbackItem& i : items) {
        if (i.item == code)
            return &i;
    }
    return nullptr;
}

namespace {

QJsonObject roundObject(const std::optional<ItemInput>& input, const std::optional<Points>& points,
                        const QString& comment)
{
    QJsonObject o{{QStringLiteral("input"), input->encode()}};
    if (!input->reason.isEmpty())
        o.insert(QStringLiteral("reason"), input->reason);
    o.insert(QStringLiteral("points"), points ? QJsonValue(points->toString()) : QJsonValue());
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    return o;
}

void readRound(Reader& item, const QJsonObject& parent, const char* field, std::optional<ItemInput>& input,
               std::optional<Points>& points, QString& comment, QString* problem)
{
    const QJsonValue v = parent.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return;
    Reader r(v.toObject(), item.path(QLatin1String(field)), problem);
    if (!v.isObject()) {
        r.fail(QString(), Reader::tr("an object is expected"));
        return;
    }
    const QString text = r.string("input", false);
    const auto decoded = ItemInput::decode(text);
    if (!decoded && !r.failed())
        r.fail(QStringLiteral("input"), Reader::tr("\"%1\" is not a score").arg(text));
    input = decoded.value_or(ItemInput());
    input->reason = r.string("reason", false);
    const QJsonValue p = v.toObject().value(QLatin1String("points"));
    if (!p.isNull())
        points = r.points("points");
    comment = r.string("comment", false);
}

} // namespace

QByteArray FeedbackData::toJson() const
{
    QJsonArray list;
    for (const FeedbackItem& i : items) {
        QJsonObject o{{QStringLiteral("item"), i.item}};
        if (i.round1)
            o.insert(QStringLiteral("round1"), roundObject(i.round1, i.round1Points, i.round1Comment));
        if (i.round2)
            o.insert(QStringLiteral("round2"), roundObject(i.round2, i.round2Points, i.round2Comment));
        if (i.request != RequestKind::None)
            o.insert(QStringLiteral("request"), AppraisalTerms::code(i.request));
        list.append(o);
    }
    QJsonArray appraised;
    for (const SubmittedScore& sc : appraisedVersion) {
        QJsonObject o{{QStringLiteral("item"), sc.item}, {QStringLiteral("input"), sc.input.encode()}};
        if (!sc.input.reason.isEmpty())
            o.insert(QStringLiteral("reason"), sc.input.reason);
        if (!sc.explanation.isEmpty())
            o.insert(QStringLiteral("explanation"), sc.explanation);
        appraised.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("unit"), unitCode},
        {QStringLiteral("appraised_version"), appraised},
        {QStringLiteral("year"), year},
        {QStringLiteral("criteria_set_sha256"), setSha256},
        {QStringLiteral("round"), round},
        {QStringLiteral("items"), list},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("round1"), round1Total.toString()},
                                               {QStringLiteral("final"), finalTotal.toString()}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<FeedbackData> FeedbackData::parse(const QByteArray& json)
{
    using R = Result<FeedbackData>;
    const auto root = parseObject(json);
    if (!root)
        return R::failure(root.error());
    QString problem;
    Reader r(root.value(), QString(), &problem);
    FeedbackData d;
    d.unitCode = r.string("unit");
    d.year = r.integer("year", 2000, 2100);
    d.setSha256 = r.sha256("criteria_set_sha256");
    d.round = r.integer("round", 1, 2);
    const QJsonArray list = r.array("items");
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        Reader item(list.at(i).toObject(), r.path(QStringLiteral("items[%1]").arg(i)), &problem);
        if (!list.at(i).isObject()) {
            item.fail(QString(), Reader::tr("an object is expected"));
            break;
        }
        FeedbackItem f;
        f.item = item.string("item");
        readRound(item, list.at(i).toObject(), "round1", f.round1, f.round1Points, f.round1Comment, &problem);
        readRound(item, list.at(i).toObject(), "round2", f.round2, f.round2Points, f.round2Comment, &problem);
        const QString request = item.string("request", false);
        const auto kind = AppraisalTerms::requestFromCode(request);
        if (!kind && !item.failed())
            item.fail(QStringLiteral("request"), Reader::tr("\"%1\" is not a request").arg(request));
        f.request = kind.value_or(RequestKind::None);
        if (d.item(f.item) && !item.failed())
            item.fail(QStringLiteral("item"), Reader::tr("item %1 is listed twice").arg(f.item));
        d.items.append(f);
    }
    const QJsonArray appraised = r.array("appraised_version");
    for (qsizetype i = 0; i < appraised.size() && !r.failed(); ++i) {
        Reader sc(appraised.at(i).toObject(), r.path(QStringLiteral("appraised_version[%1]").arg(i)), &problem);
        if (!appraised.at(i).isObject()) {
            sc.fail(QString(), Reader::tr("an object is expected"));
            break;
        }
        SubmittedScore score;
        score.item = sc.string("item");
        const QString text = sc.string("input", false);
        const auto input = ItemInput::decode(text);
        if (!input && !sc.failed())
            sc.fail(QStringLiteral("input"), Reader::tr("\"%1\" is not a score").arg(text));
        score.input = input.value_or(ItemInput());
        score.input.reason = sc.string("reason", false);
        score.explanation = sc.string("explanation", false);
        for (const SubmittedScore& earlier : std::as_const(d.appraisedVersion)) {
            if (earlier.item == score.item && !sc.failed())
                sc.fail(QStringLiteral("item"), Reader::tr("item %1 is listed twice").arg(score.item));
        }
        d.appraisedVersion.append(score);
    }
    Reader totals(r.object("totals"), r.path(QStringLiteral("totals")), &problem);
    d.round1Total = totals.points("round1");
    d.finalTotal = totals.points("final");
    if (!problem.isEmpty())
        return R::failure(problem);
    return d;
}

} // namespace parindex::package
