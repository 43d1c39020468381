#include "core/package/PackageFormat.h"

#include "core/package/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace parindex::package {

using detail::parseObject;
using detail::Reader;
using detail::stringArray;

QString manifestEntry()
{
    return QStringLiteral("manifest.json");
}

QString signatureEntry()
{
    return QStringLiteral("manifest.sig");
}

QString dataEntry()
{
    return QStringLiteral("data/assessment.json");
}

QString blobEntry(const QString& sha256)
{
    return QStringLiteral("blobs/") + sha256;
}

bool isBlobEntry(const QString& name)
{
    return name.startsWith(QLatin1String("blobs/"));
}

QString blobHash(const QString& entryName)
{
    return entryName.mid(6);
}

bool isSha256Hex(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

bool isAllowedEntryName(const QString& name)
{
    return name == manifestEntry() || name == signatureEntry() || name == dataEntry() ||
           (isBlobEntry(name) && isSha256Hex(blobHash(name)));
}

QByteArray signedMessage(const QByteArray& manifest)
{
    QByteArray m(SubmissionContext);
    m.append('\0');
    m.append(manifest);
    return m;
}

QByteArray Manifest::toJson() const
{
    QJsonArray files;
    for (const ManifestEvidence& e : evidence) {
        files.append(QJsonObject{{QStringLiteral("path"), blobEntry(e.sha256)},
                                 {QStringLiteral("sha256"), e.sha256},
                                 {QStringLiteral("size"), QString::number(e.size)},
                                 {QStringLiteral("media_type"), e.mediaType},
                                 {QStringLiteral("display_name"), e.displayName},
                                 {QStringLiteral("items"), stringArray(e.items)}});
    }
    const QJsonObject o{
        {QStringLiteral("format"), QString::fromLatin1(SubmissionFormat)},
        {QStringLiteral("format_version"), SubmissionFormatVersion},
        {QStringLiteral("package_id"), packageId},
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("code"), unitCode}, {QStringLiteral("name"), unitName}}},
        {QStringLiteral("year"), year},
        {QStringLiteral("round"), round},
        {QStringLiteral("criteria_set"), QJsonObject{{QStringLiteral("id"), setId},
                                                     {QStringLiteral("version"), setVersion},
                                                     {QStringLiteral("sha256"), setSha256}}},
        {QStringLiteral("sequence"), QString::number(sequence)},
        {QStringLiteral("previous_manifest_sha256"),
         previousManifestSha256.isEmpty() ? QJsonValue() : QJsonValue(previousManifestSha256)},
        {QStringLiteral("answers_feedback"),
         answersFeedback > 0 ? QJsonValue(QJsonObject{{QStringLiteral("sequence"), QString::number(answersFeedback)},
                                                      {QStringLiteral("manifest_sha256"), answersFeedbackSha256}})
                             : QJsonValue()},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("path"), dataEntry()},
                                             {QStringLiteral("sha256"), dataSha256},
                                             {QStringLiteral("size"), QString::number(dataSize)}}},
        {QStringLiteral("evidence"), files},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("self_total"), selfTotal.toString()},
                                               {QStringLiteral("self_possible"), selfPossible.toString()},
                                               {QStringLiteral("bonus"), bonus.toString()},
                                               {QStringLiteral("penalty"), penalty.toString()}}},
        {QStringLiteral("signer"),
         QJsonObject{{QStringLiteral("algorithm"), signerAlgorithm}, {QStringLiteral("key_id"), signerKeyId}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Manifest> Manifest::parse(const QByteArray& json)
{
    using R = Result<Manifest>;
    const auto root = parseObject(json);
    if (!root)
        return R::failure(root.error());
    QString problem;
    Reader r(root.value(), QString(), &problem);
    Manifest m;
    if (r.string("format") != QLatin1String(SubmissionFormat))
        r.fail(QStringLiteral("format"), Reader::tr("not a submission package"));
    if (r.integer("format_version", 1, 1000) != SubmissionFormatVersion)
        r.fail(QStringLiteral("format_version"),
               Reader::tr("this version of ParIndex reads format version %1").arg(SubmissionFormatVersion));
    m.packageId = r.string("package_id");
    Reader unit(r.object("unit"), r.path(QStringLiteral("unit")), &problem);
    m.unitCode = unit.string("code");
    m.unitName = unit.string("name");
    m.year = r.integer("year", 2000, 2100);
    m.round = r.string("round");
    Reader set(r.object("criteria_set"), r.path(QStringLiteral("criteria_set")), &problem);
    m.setId = set.string("id");
    m.setVersion = set.integer("version", 1, 1000000);
    m.setSha256 = set.sha256("sha256");
    m.sequence = r.countString("sequence", 1);
    const QJsonValue previous = root->value(QLatin1String("previous_manifest_sha256"));
    if (previous.isString() && isSha256Hex(previous.toString()))
        m.previousManifestSha256 = previous.toString();
    else if (!previous.isNull())
        r.fail(QStringLiteral("previous_manifest_sha256"), Reader::tr("a SHA-256 or null is expected"));
    const QJsonValue answers = root->value(QLatin1String("answers_feedback"));
    if (answers.isObject()) {
        Reader a(answers.toObject(), r.path(QStringLiteral("answers_feedback")), &problem);
        m.answersFeedback = a.countString("sequence", 1);
        m.answersFeedbackSha256 = a.sha256("manifest_sha256");
    } else if (!answers.isNull() && !answers.isUndefined()) {
        r.fail(QStringLiteral("answers_feedback"), Reader::tr("an object or null is expected"));
    }
    m.created = QDateTime::fromString(r.string("created"), Qt::ISODate);
    m.appVersion = r.string("app_version", false);
    Reader data(r.object("data"), r.path(QStringLiteral("data")), &problem);
    if (data.string("path") != dataEntry())
        data.fail(QStringLiteral("path"), Reader::tr("must be %1").arg(dataEntry()));
    m.dataSha256 = data.sha256("sha256");
    m.dataSize = data.countString("size", 0);
    const QJsonArray files = r.array("evidence");
    for (qsizetype i = 0; i < files.size() && !r.failed(); ++i) {
        Reader f(files.at(i).toObject(), r.path(QStringLiteral("evidence[%1]").arg(i)), &problem);
        if (!files.at(i).isObject())
            f.fail(QString(), Reader::tr("an object is expected"));
        ManifestEvidence e;
        e.sha256 = f.sha256("sha256");
        if (!f.failed() && f.string("path") != blobEntry(e.sha256))
            f.fail(QStringLiteral("path"), Reader::tr("must be %1").arg(blobEntry(e.sha256)));
        e.size = f.countString("size", 0);
        e.mediaType = f.string("media_type", false);
        e.displayName = f.string("display_name");
        e.items = f.strings("items");
        for (const ManifestEvidence& earlier : std::as_const(m.evidence)) {
            if (earlier.sha256 == e.sha256)
                f.fail(QStringLiteral("sha256"), Reader::tr("the same file is listed twice"));
        }
        m.evidence.append(e);
    }
    Reader totals(r.object("totals"), r.path(QStringLiteral("totals")), &problem);
    m.selfTotal = totals.points("self_total");
    m.selfPossible = totals.points("self_possible");
    m.bonus = totals.points("bonus");
    m.penalty = totals.points("penalty");
    Reader signer(r.object("signer"), r.path(QStringLiteral("signer")), &problem);
    m.signerAlgorithm = signer.string("algorithm");
    m.signerKeyId = signer.string("key_id");
    if (!problem.isEmpty())
        return R::failure(problem);
    return m;
}

QByteArray SubmissionData::toJson() const
{
    QJsonArray scoreList;
    for (const SubmittedScore& s : scores) {
        QJsonObject o{{QStringLiteral("item"), s.item}, {QStringLiteral("input"), s.input.encode()}};
        if (!s.input.reason.isEmpty())
            o.insert(QStringLiteral("reason"), s.input.reason);
        if (!s.explanation.isEmpty())
            o.insert(QStringLiteral("explanation"), s.explanation);
        if (s.points)
            o.insert(QStringLiteral("points"), s.points->toString());
        scoreList.append(o);
    }
    QJsonArray docs;
    for (const SubmittedDocument& d : documents) {
        docs.append(QJsonObject{
            {QStringLiteral("sha256"), d.sha256},
            {QStringLiteral("display_name"), d.displayName},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("issued_on"), d.issuedOn.isValid() ? d.issuedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("items"), stringArray(d.items)}});
    }
    const QJsonObject root{
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("code"), unitCode},
                                             {QStringLiteral("name"), unitName},
                                             {QStringLiteral("group"), UnitGroups::code(group)}}},
        {QStringLiteral("year"), year},
        {QStringLiteral("criteria_set"),
         QJsonObject{{QStringLiteral("id"), setId}, {QStringLiteral("sha256"), setSha256}}},
        {QStringLiteral("scores"), scoreList},
        {QStringLiteral("evidence"), docs},
        {QStringLiteral("report"),
         QJsonObject{{QStringLiteral("difficulties"), difficulties}, {QStringLiteral("proposals"), proposals}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<SubmissionData> SubmissionData::parse(const QByteArray& json)
{
    using R = Result<SubmissionData>;
    const auto root = parseObject(json);
    if (!root)
        return R::failure(root.error());
    QString problem;
    Reader r(root.value(), QString(), &problem);
    SubmissionData d;
    Reader unit(r.object("unit"), r.path(QStringLiteral("unit")), &problem);
    d.unitCode = unit.string("code");
    d.unitName = unit.string("name");
    const auto group = UnitGroups::parse(unit.string("group"));
    if (!unit.failed() && !group)
        unit.fail(QStringLiteral("group"), Reader::tr("unknown group"));
    d.group = group.value_or(UnitGroup::So);
    d.year = r.integer("year", 2000, 2100);
    Reader set(r.object("criteria_set"), r.path(QStringLiteral("criteria_set")), &problem);
    d.setId = set.string("id");
    d.setSha256 = set.sha256("sha256");
    const QJsonArray scoreList = r.array("scores");
    for (qsizetype i = 0; i < scoreList.size() && !r.failed(); ++i) {
        Reader s(scoreList.at(i).toObject(), r.path(QStringLiteral("scores[%1]").arg(i)), &problem);
        if (!scoreList.at(i).isObject())
            s.fail(QString(), Reader::tr("an object is expected"));
        SubmittedScore score;
        score.item = s.string("item");
        const QString input = s.string("input", false);
        if (!input.isEmpty()) {
            const auto decoded = ItemInput::decode(input);
            if (!decoded)
                s.fail(QStringLiteral("input"), Reader::tr("\"%1\" is not a score").arg(input));
            score.input = decoded.value_or(ItemInput());
        }
        score.input.reason = s.string("reason", false);
        score.explanation = s.string("explanation", false);
        if (scoreList.at(i).toObject().contains(QLatin1String("points")))
            score.points = s.points("points");
        d.scores.append(score);
    }
    const QJsonArray docs = r.array("evidence");
    for (qsizetype i = 0; i < docs.size() && !r.failed(); ++i) {
        Reader e(docs.at(i).toObject(), r.path(QStringLiteral("evidence[%1]").arg(i)), &problem);
        if (!docs.at(i).isObject())
            e.fail(QString(), Reader::tr("an object is expected"));
        SubmittedDocument doc;
        doc.sha256 = e.sha256("sha256");
        doc.displayName = e.string("display_name");
        doc.number = e.string("number", false);
        const QString issued = e.string("issued_on", false);
        doc.issuedOn = QDate::fromString(issued, Qt::ISODate);
        if (!issued.isEmpty() && !doc.issuedOn.isValid())
            e.fail(QStringLiteral("issued_on"), Reader::tr("a date (YYYY-MM-DD) is expected"));
        doc.summary = e.string("summary", false);
        doc.items = e.strings("items");
        d.documents.append(doc);
    }
    Reader report(r.object("report"), r.path(QStringLiteral("report")), &problem);
    d.difficulties = report.string("difficulties", false);
    d.proposals = report.string("proposals", false);
    if (!problem.isEmpty())
        return R::failure(problem);
    return d;
}

} // namespace parindex::package
