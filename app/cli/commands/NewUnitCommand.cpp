#include "app/cli/commands/NewUnitCommand.h"

#include "core/criteria/CriteriaCatalog.h"
#include "core/criteria/CriteriaLoader.h"
#include "core/unit/UnitAssessment.h"

#include <QFileInfo>

namespace parindex::cli {

namespace {

// A shipped set by id, or a set file; a set file that fails validation is refused with its problems.
CriteriaSetPtr chooseSet(const QString& idOrPath, Context& ctx)
{
    if (CriteriaSetPtr shipped = CriteriaCatalog::shippedById(idOrPath))
        return shipped;
    if (!QFileInfo::exists(idOrPath)) {
        fail(ctx,
             QCoreApplication::translate("Cli", "no shipped criteria set has the id '%1' and there is no such file")
                 .arg(idOrPath));
        return nullptr;
    }
    const auto loaded = CriteriaLoader::loadFile(idOrPath);
    if (!loaded.ok()) {
        for (const QString& p : loaded.problems)
            ctx.err << idOrPath << ": " << p << '\n';
        fail(ctx, QCoreApplication::translate("Cli", "the criteria set %1 is invalid (%n problem(s))", nullptr,
                                              int(loaded.problems.size()))
                      .arg(idOrPath));
        return nullptr;
    }
    return loaded.set;
}

} // namespace

const char* NewUnitCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Create a unit's data file for a year's self-assessment");
}

int NewUnitCommand::run(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The unit's data file.")));
    parser.addOption({QStringLiteral("code"), QCoreApplication::translate("Cli", "The unit's code, e.g. SO-TC."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("Cli", "The unit's name, e.g. \"Sở Tài chính\"."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("group"),
                      QCoreApplication::translate("Cli", "so, xa or huyen (or the group's name)."),
                      QStringLiteral("G")});
    parser.addOption(
        {QStringLiteral("year"), QCoreApplication::translate("Cli", "The year assessed."), QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("set"),
                      QCoreApplication::translate("Cli", "A shipped set's id or a criteria set file."),
                      QStringLiteral("SET")});
    if (int code =
            parse(parser, ctx,
                  QCoreApplication::translate("Cli", "Create a unit's data file for one year's self-assessment."));
        code >= 0)
        return code;
    if (int code = requireOptions(parser, ctx, {"file", "code", "name", "group", "year", "set"}); code >= 0)
        return code;
    const auto group = UnitGroups::parse(parser.value(QStringLiteral("group")));
    if (!group)
        return fail(ctx,
                    QCoreApplication::translate("Cli", "unknown group '%1' (expected so, xa or huyen)")
                        .arg(parser.value(QStringLiteral("group"))),
                    Usage);
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
                   .arg(created.value()->path(), created.value()->unit().name)
                   .arg(year)
                   .arg(set->id)
                   .arg(set->leaves().size())
            << '\n';
    return Ok;
}

} // namespace parindex::cli
