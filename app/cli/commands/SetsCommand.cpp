#include "app/cli/commands/SetsCommand.h"

#include "core/centre/Centre.h"
#include "core/criteria/CriteriaCatalog.h"
#include "core/criteria/CriteriaLoader.h"

namespace parindex::cli {

namespace {

int countItems(const CriteriaSet& set)
{
    return int(set.leaves().size());
}

int list(Context& ctx)
{
    QCommandLineParser parser;
    if (int code =
            parse(parser, ctx, QCoreApplication::translate("Cli", "List the criteria sets shipped with ParIndex."));
        code >= 0)
        return code;
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(QStringLiteral("id"), -24)
                   .arg(QStringLiteral("year"), 4)
                   .arg(QStringLiteral("group"), -5)
                   .arg(QStringLiteral("items"), 5)
                   .arg(QStringLiteral("scale"), 5)
                   .arg(QStringLiteral("sha256"));
    for (const auto& s : CriteriaCatalog::shipped()) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(s->id, -24)
                       .arg(s->year, 4)
                       .arg(UnitGroups::code(s->group), -5)
                       .arg(countItems(*s), 5)
                       .arg(s->scale.toString(), 5)
                       .arg(s->sha256);
    }
    for (const QString& p : CriteriaCatalog::shippedProblems())
        ctx.err << p << '\n';
    return CriteriaCatalog::shippedProblems().isEmpty() ? Ok : Failed;
}

int validate(Context& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Criteria set files (JSON)."),
                                 QStringLiteral("FILE..."));
    if (int code =
            parse(parser, ctx, QCoreApplication::translate("Cli", "Check criteria set files and print every problem."));
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return fail(ctx, QCoreApplication::translate("Cli", "name at least one criteria set file"), Usage);
    bool allValid = true;
    for (const QString& file : files) {
        const auto r = CriteriaLoader::loadFile(file);
        if (r.ok()) {
            ctx.out << QCoreApplication::translate("Cli", "%1: valid — %2 (%3, %4), %5 scored items, sha256 %6")
                           .arg(file, r.set->id)
                           .arg(r.set->year)
                           .arg(UnitGroups::code(r.set->group))
                           .arg(countItems(*r.set))
                           .arg(r.set->sha256)
                    << '\n';
            continue;
        }
        allValid = false;
        ctx.out << QCoreApplication::translate("Cli", "%1: invalid, %n problem(s)", nullptr, int(r.problems.size()))
                       .arg(file)
                << '\n';
        for (const QString& p : r.problems)
            ctx.out << "  " << p << '\n';
    }
    return allValid ? Ok : Failed;
}

int importSets(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Criteria set files (JSON)."),
                                 QStringLiteral("SET..."));
    if (int code = parse(parser, ctx,
                         QCoreApplication::translate("Cli", "Make criteria sets known to the centre, so that "
                                                            "packages scored on them can be imported."));
        code >= 0)
        return code;
    const QStringList files = parser.positionalArguments().mid(1);
    if (!parser.isSet(QStringLiteral("file")) || files.isEmpty())
        return fail(ctx, QCoreApplication::translate("Cli", "usage: sets import --file C.parindex SET..."), Usage);
    // All or nothing: every file is checked before any is stored.
    QList<CriteriaSetPtr> sets;
    for (const QString& file : files) {
        const auto r = CriteriaLoader::loadFile(file);
        if (!r.ok()) {
            for (const QString& p : r.problems)
                ctx.err << file << ": " << p << '\n';
            return fail(ctx, QCoreApplication::translate("Cli", "nothing imported: %1 is invalid").arg(file));
        }
        sets.append(r.set);
    }
    auto centre = openCentre(parser, ctx);
    if (!centre)
        return Failed;
    if (Status s = centre->importSets(sets); !s)
        return fail(ctx, s.error());
    for (const CriteriaSetPtr& set : sets)
        ctx.out << QCoreApplication::translate("Cli", "criteria set %1 (%2, %3) known to the centre, sha256 %4")
                       .arg(set->id)
                       .arg(set->year)
                       .arg(UnitGroups::code(set->group), set->sha256)
                << '\n';
    return Ok;
}

} // namespace

const char* SetsCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "List the shipped criteria sets or validate set files");
}

int SetsCommand::run(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (sub == QLatin1String("list") || sub == QLatin1String("validate") || sub == QLatin1String("import")) {
        Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
        inner.arguments[0] = QStringLiteral("sets ") + sub;
        return sub == QLatin1String("list")     ? list(inner)
               : sub == QLatin1String("import") ? importSets(inner)
                                                : validate(inner);
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out << QCoreApplication::translate("Cli",
                                               "Usage: parindex-cli sets list\n"
                                               "       parindex-cli sets validate FILE...\n"
                                               "       parindex-cli sets import --file C.parindex FILE...\n\n"
                                               "  list       the criteria sets shipped with ParIndex\n"
                                               "  validate   check set files; prints every problem, exit 1 if any "
                                               "set is invalid\n"
                                               "  import     make sets known to a centre (all or nothing)\n");
        return Ok;
    }
    return fail(ctx, QCoreApplication::translate("Cli", "expected 'list', 'validate' or 'import'"), Usage);
}

} // namespace parindex::cli
