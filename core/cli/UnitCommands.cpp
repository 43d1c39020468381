#include "Commands.h"
#include "criteria/CriteriaCatalog.h"
#include "criteria/CriteriaLoader.h"
#include "unit/SubmissionCheck.h"
#include "unit/UnitAssessment.h"

#include <QFileInfo>

namespace parindex::cli {

namespace {

QCommandLineOption unitFileOption()
{
    return QCommandLineOption(QStringLiteral("file"), QCoreApplication::translate("Cli", "The unit's data file."), QStringLiteral("FILE"));
}

QCommandLineOption itemOption()
{
    return QCommandLineOption(QStringLiteral("item"), QCoreApplication::translate("Cli", "The item's code, e.g. 1.1.2."), QStringLiteral("CODE"));
}

// Opens the unit file named by --file, or reports why not. Returns null on failure.
std::shared_ptr<UnitAssessment> openUnit(const QCommandLineParser& parser, Context& ctx)
{
    if (!parser.isSet(QStringLiteral("file"))) {
        fail(ctx, QCoreApplication::translate("Cli", "--file is required"), Usage);
        return nullptr;
    }
    auto opened = UnitAssessment::open(parser.value(QStringLiteral("file")));
    if (!opened) {
        fail(ctx, opened.error());
        return nullptr;
    }
    return opened.value();
}

// A shipped set by id, or a set file; a set file that fails validation is refused with its problems.
CriteriaSetPtr chooseSet(const QString& idOrPath, Context& ctx)
{
    if (CriteriaSetPtr shipped = CriteriaCatalog::shippedById(idOrPath))
        return shipped;
    if (!QFileInfo::exists(idOrPath)) {
        fail(ctx, QCoreApplication::translate("Cli", "no shipped criteria set has the id '%1' and there is no such file").arg(idOrPath));
        return nullptr;
    }
    const auto loaded = CriteriaLoader::loadFile(idOrPath);
    if (!loaded.ok()) {
        for (const QString& p : loaded.problems)
            ctx.err << idOrPath << ": " << p << '\n';
        fail(ctx, QCoreApplication::translate("Cli", "the criteria set %1 is invalid (%n problem(s))", nullptr, int(loaded.problems.size())).arg(idOrPath));
        return nullptr;
    }
    return loaded.set;
}

} // namespace

int newUnitCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(unitFileOption());
    parser.addOption({QStringLiteral("code"), QCoreApplication::translate("Cli", "The unit's code, e.g. SO-TC."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "The unit's name, e.g. \"Sở Tài chính\"."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("group"), QCoreApplication::translate("Cli", "so, xa or huyen (or the group's name)."), QStringLiteral("G")});
    parser.addOption({QStringLiteral("year"), QCoreApplication::translate("Cli", "The year assessed."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("set"), QCoreApplication::translate("Cli", "A shipped set's id or a criteria set file."), QStringLiteral("SET")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Create a unit's data file for one year's self-assessment.")); code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "code", "name", "group", "year", "set"}); code >= 0)
        return code;
    const auto group = UnitGroups::parse(parser.value(QStringLiteral("group")));
    if (!group)
        return fail(ctx, QCoreApplication::translate("Cli", "unknown group '%1' (expected so, xa or huyen)").arg(parser.value(QStringLiteral("group"))), Usage);
    bool ok = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return fail(ctx, QCoreApplication::translate("Cli", "--year needs a year from 2000 to 2100"), Usage);
    const CriteriaSetPtr set = chooseSet(parser.value(QStringLiteral("set")), ctx);
    if (!set)
        return Failed;
    const UnitIdentity unit{parser.value(QStringLiteral("code")), parser.value(QStringLiteral("name")), *group};
    auto created = UnitAssessment::create(parser.value(QStringLiteral("file")), unit, year, set);
    if (!created)
        return fail(ctx, created.error());
    ctx.out << QCoreApplication::translate("Cli", "created %1 for %2, %3, criteria set %4 (%5 items)")
                   .arg(created.value()->file().path(), created.value()->unit().name)
                   .arg(year)
                   .arg(set->id)
                   .arg(set->leaves().size())
            << '\n';
    return Ok;
}

int scoreCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(unitFileOption());
    parser.addOption(itemOption());
    parser.addOption({QStringLiteral("option"), QCoreApplication::translate("Cli", "Choose the N-th level (1 for the first)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("value"), QCoreApplication::translate("Cli", "Points, for items scored by judgement (0,5 or 0.5)."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("ratio"), QCoreApplication::translate("Cli", "Numerator/denominator, e.g. 45/50."), QStringLiteral("A/B")});
    parser.addOption({QStringLiteral("count"), QCoreApplication::translate("Cli", "Number of shortcomings, for deduction items."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("not-applicable"), QCoreApplication::translate("Cli", "Mark the item not applicable, with the reason."),
                      QStringLiteral("REASON")});
    parser.addOption({QStringLiteral("clear"), QCoreApplication::translate("Cli", "Remove the item's score.")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Score one item of a unit's self-assessment.")); code >= 0)
        return code;
    int given = 0;
    for (const char* o : {"option", "value", "ratio", "count", "not-applicable", "clear"})
        given += parser.isSet(QLatin1String(o)) ? 1 : 0;
    if (!parser.isSet(QStringLiteral("item")) || given != 1)
        return fail(ctx, QCoreApplication::translate("Cli", "usage: score --file U --item CODE (--option N | --value V | --ratio A/B | --count N | "
                           "--not-applicable REASON | --clear)"),
                    Usage);
    ItemInput input;
    if (parser.isSet(QStringLiteral("option"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("option")).toInt(&ok);
        if (!ok || n < 1)
            return fail(ctx, QCoreApplication::translate("Cli", "--option needs a level number, 1 for the first"), Usage);
        input = ItemInput::ofOption(n - 1);
    } else if (parser.isSet(QStringLiteral("value"))) {
        const auto v = Points::parse(parser.value(QStringLiteral("value")));
        if (!v)
            return fail(ctx, QCoreApplication::translate("Cli", "--value needs a number such as 0,75 or 0.75"), Usage);
        input = ItemInput::ofValue(*v);
    } else if (parser.isSet(QStringLiteral("ratio"))) {
        const QStringList parts = parser.value(QStringLiteral("ratio")).split(u'/');
        const auto num = parts.size() == 2 ? Points::parse(parts.at(0)) : std::nullopt;
        const auto den = parts.size() == 2 ? Points::parse(parts.at(1)) : std::nullopt;
        if (!num || !den)
            return fail(ctx, QCoreApplication::translate("Cli", "--ratio needs numerator/denominator, e.g. 45/50"), Usage);
        input = ItemInput::ofRatio(*num, *den);
    } else if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        const qint64 n = parser.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || n < 0)
            return fail(ctx, QCoreApplication::translate("Cli", "--count needs a whole number from 0"), Usage);
        input = ItemInput::ofCount(n);
    } else if (parser.isSet(QStringLiteral("not-applicable"))) {
        input = ItemInput::notApplicable(parser.value(QStringLiteral("not-applicable")));
    }
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const QString code = parser.value(QStringLiteral("item"));
    if (Status s = unit->setInput(code, input); !s)
        return fail(ctx, s.error());
    const NodeResult* r = unit->evaluation().node(code);
    const Evaluation& e = unit->evaluation();
    ctx.out << QCoreApplication::translate("Cli", "%1: %2 of %3 points; total %4 of %5, index %6%")
                   .arg(code,
                        r && r->item.state == ItemScore::State::NotApplicable ? QCoreApplication::translate("Cli", "not applicable")
                                                                               : r->achieved.toString(NumberLocale::Vietnamese),
                        unit->set().find(code)->max.toString(NumberLocale::Vietnamese),
                        e.total.toFixed(2, NumberLocale::Vietnamese), e.possible.toString(NumberLocale::Vietnamese),
                        e.index().percent(unit->set().indexDecimals).toFixed(unit->set().indexDecimals, NumberLocale::Vietnamese))
            << '\n';
    return Ok;
}

int explainCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(unitFileOption());
    parser.addOption(itemOption());
    parser.addOption({QStringLiteral("text"), QCoreApplication::translate("Cli", "The explanation (giải trình); empty to remove it."), QStringLiteral("T")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Write how an item was scored where evidence is missing (giải trình).")); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("item")) || !parser.isSet(QStringLiteral("text")))
        return fail(ctx, QCoreApplication::translate("Cli", "usage: explain --file U --item CODE --text T"), Usage);
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    if (Status s = unit->setExplanation(parser.value(QStringLiteral("item")), parser.value(QStringLiteral("text"))); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "explanation of %1 saved").arg(parser.value(QStringLiteral("item"))) << '\n';
    return Ok;
}

int attachCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(unitFileOption());
    parser.addOption({QStringLiteral("item"), QCoreApplication::translate("Cli", "The items the document supports, e.g. 1.1.1,1.1.2."), QStringLiteral("CODES")});
    parser.addOption({QStringLiteral("doc"), QCoreApplication::translate("Cli", "The document file."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("number"), QCoreApplication::translate("Cli", "Số/ký hiệu, e.g. 12/KH-STC."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("date"), QCoreApplication::translate("Cli", "Ngày ban hành, DD/MM/YYYY."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("summary"), QCoreApplication::translate("Cli", "Trích yếu."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "Display name (default: the file's name)."), QStringLiteral("NAME")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Attach an evidence document (tài liệu kiểm chứng) to one or more items.")); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("item")) || !parser.isSet(QStringLiteral("doc")))
        return fail(ctx, QCoreApplication::translate("Cli", "usage: attach --file U --item CODE[,CODE...] --doc PATH [--number S --date DD/MM/YYYY --summary T]"),
                    Usage);
    EvidenceDocument doc;
    doc.items = parser.value(QStringLiteral("item")).split(u',', Qt::SkipEmptyParts);
    for (QString& c : doc.items)
        c = c.trimmed();
    doc.number = parser.value(QStringLiteral("number"));
    doc.summary = parser.value(QStringLiteral("summary"));
    doc.displayName = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("date"))) {
        doc.issuedOn = QDate::fromString(parser.value(QStringLiteral("date")), QStringLiteral("d/M/yyyy"));
        if (!doc.issuedOn.isValid())
            return fail(ctx, QCoreApplication::translate("Cli", "--date needs a date such as 17/11/2025"), Usage);
    }
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    auto id = unit->attach(parser.value(QStringLiteral("doc")), doc);
    if (!id)
        return fail(ctx, id.error());
    ctx.out << QCoreApplication::translate("Cli", "attached %1 to %2").arg(QFileInfo(parser.value(QStringLiteral("doc"))).fileName(), doc.items.join(u", "))
            << '\n';
    return Ok;
}

int checkCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(unitFileOption());
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "List every problem to put right before submitting; exit 1 when there are any.")); code >= 0)
        return code;
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const QList<CheckProblem> problems = SubmissionCheck::run(*unit);
    for (const CheckProblem& p : problems)
        ctx.out << p.message << '\n';
    if (problems.isEmpty()) {
        ctx.out << QCoreApplication::translate("Cli", "no problems: ready to submit") << '\n';
        return Ok;
    }
    ctx.out << QCoreApplication::translate("Cli", "%n problem(s)", nullptr, int(problems.size())) << '\n';
    return Failed;
}

} // namespace parindex::cli

#include "reports/SelfAssessmentReport.h"

namespace parindex::cli {

int reportCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KIND"), QCoreApplication::translate("Cli", "self: the unit's self-assessment report."));
    parser.addOption(unitFileOption());
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("F.pdf")});
    parser.addOption({QStringLiteral("language"), QCoreApplication::translate("Cli", "The report's language: vi (default) or en."),
                      QStringLiteral("L"), QStringLiteral("vi")});
    if (int code = parse(parser, ctx, QCoreApplication::translate("Cli", "Write a report as PDF.")); code >= 0)
        return code;
    const QStringList kind = parser.positionalArguments().mid(1);
    if (kind != QStringList{QStringLiteral("self")} || !parser.isSet(QStringLiteral("out")))
        return fail(ctx, QCoreApplication::translate("Cli", "usage: report self --file U --out F.pdf"), Usage);
    auto unit = openUnit(parser, ctx);
    if (!unit)
        return Failed;
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return fail(ctx, QCoreApplication::translate("Cli", "--language is vi or en"), Usage);
    if (Status s = SelfAssessmentReport(*unit, {}, language).writePdf(parser.value(QStringLiteral("out"))); !s)
        return fail(ctx, s.error());
    ctx.out << QCoreApplication::translate("Cli", "report written to %1").arg(parser.value(QStringLiteral("out"))) << '\n';
    return Ok;
}

} // namespace parindex::cli
