#include "app/cli/commands/UnitsCommand.h"

#include "core/centre/Centre.h"
#include "core/common/Text.h"

#include <QFile>

namespace parindex::cli {

namespace {

const QStringList kSubcommands = {QStringLiteral("add"),    QStringLiteral("edit"),  QStringLiteral("remove"),
                                  QStringLiteral("import"), QStringLiteral("enrol"), QStringLiteral("revoke"),
                                  QStringLiteral("list"),   QStringLiteral("map")};

std::optional<SigningKey> readKey(const QString& path, Context& ctx)
{
    const auto pem = readInput(path, 64 * 1024, ctx);
    if (!pem)
        return std::nullopt;
    auto key = Centre::readPublicKey(*pem);
    if (!key) {
        fail(ctx, path + QStringLiteral(": ") + key.error());
        return std::nullopt;
    }
    return std::move(key.value());
}

int list(Centre& centre, Context& ctx)
{
    const auto units = centre.units();
    if (!units)
        return fail(ctx, units.error());
    for (const Unit& u : units.value()) {
        ctx.out << safeForDisplay(u.code) << '\t' << UnitGroups::code(u.group) << '\t' << safeForDisplay(u.name)
                << (u.ranked ? QString() : QStringLiteral("\t(not ranked)")) << '\n';
        const auto keys = centre.keys(u.code);
        if (!keys)
            return fail(ctx, keys.error());
        for (const EnrolledKey& k : keys.value())
            ctx.out << "  " << k.keyId << (k.active() ? QString() : QStringLiteral(" revoked")) << '\n';
    }
    return Ok;
}

} // namespace

const char* UnitsCommand::summary() const
{
    return QT_TRANSLATE_NOOP("Cli", "Register units at the centre, enrol and revoke their keys");
}

int UnitsCommand::run(Context& ctx)
{
    const QString sub = ctx.arguments.value(1);
    if (!kSubcommands.contains(sub)) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            ctx.out << QCoreApplication::translate(
                "Cli",
                "Usage: parindex-cli units add    --file C.parindex --name N --group G [--code C] [--not-ranked]\n"
                "       parindex-cli units edit   --file C.parindex --code C [--new-code C2] [--name N] [--group G]\n"
                "                                 [--ranked yes|no]\n"
                "       parindex-cli units remove --file C.parindex --code C\n"
                "       parindex-cli units import --file C.parindex LIST.csv\n"
                "       parindex-cli units enrol  --file C.parindex --code C --key K.pub [--replace]\n"
                "       parindex-cli units revoke --file C.parindex --code C [--key K.pub]\n"
                "       parindex-cli units list   --file C.parindex\n"
                "       parindex-cli units map    --file C.parindex --year Y --from OLD[,OLD...] --to NEW\n\n"
                "A list to import has a header row and the columns name (Tên đơn vị), group (Nhóm) and,\n"
                "optionally, code (Mã đơn vị) and ranked (Xếp hạng: có/không); all units or none are added.\n"
                "A unit can be removed only while the file holds nothing for it.\n"
                "A unit signs with one key at a time: enrolling a new key while one is in force needs\n"
                "--replace, which revokes the old key.\n"
                "map records that NEW, a unit of year Y, was formed from OLD units of Y-1 (e.g. communes\n"
                "merged in 2025): its comparison with last year goes through them.\n");
            return Ok;
        }
        return fail(
            ctx, QCoreApplication::translate("Cli", "expected add, edit, remove, import, enrol, revoke, list or map"),
            Usage);
    }
    Context inner{ctx.arguments.mid(1), ctx.out, ctx.err};
    inner.arguments[0] = QStringLiteral("units ") + sub;
    QCommandLineParser parser;
    parser.addOption(fileOption(QT_TRANSLATE_NOOP("Cli", "The centre's data file.")));
    parser.addOption(
        {QStringLiteral("code"), QCoreApplication::translate("Cli", "The unit's code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("new-code"), QCoreApplication::translate("Cli", "A new code for the unit."),
                      QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("name"), QCoreApplication::translate("Cli", "The unit's name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("group"), QCoreApplication::translate("Cli", "so, xa or huyen."), QStringLiteral("G")});
    parser.addOption(
        {QStringLiteral("not-ranked"), QCoreApplication::translate("Cli", "Assessed but not ranked with the others.")});
    parser.addOption(
        {QStringLiteral("ranked"), QCoreApplication::translate("Cli", "yes or no."), QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("key"), QCoreApplication::translate("Cli", "A public key file (PEM)."),
                      QStringLiteral("K.pub")});
    parser.addOption({QStringLiteral("replace"),
                      QCoreApplication::translate("Cli", "For enrol: replace the key in force (it is revoked).")});
    parser.addOption(yearOption());
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("Cli", "For map: last year's units, by code."),
                      QStringLiteral("OLD,...")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("Cli", "For map: the unit they formed."),
                      QStringLiteral("NEW")});
    parser.addPositionalArgument(QStringLiteral("LIST"),
                                 QCoreApplication::translate("Cli", "For import: the list of units (CSV)."));
    if (int code = parse(parser, inner, QCoreApplication::translate("Cli", "Register units and their signing keys."));
        code >= 0)
        return code;
    std::optional<UnitGroup> group;
    if (parser.isSet(QStringLiteral("group"))) {
        group = UnitGroups::parse(parser.value(QStringLiteral("group")));
        if (!group)
            return fail(inner,
                        QCoreApplication::translate("Cli", "unknown group '%1' (expected so, xa or huyen)")
                            .arg(parser.value(QStringLiteral("group"))),
                        Usage);
    }
    std::optional<SigningKey> key;
    if (parser.isSet(QStringLiteral("key"))) {
        key = readKey(parser.value(QStringLiteral("key")), inner);
        if (!key)
            return Failed;
    }
    QByteArray table;
    if (sub == QLatin1String("import")) {
        const QStringList positional = parser.positionalArguments().mid(1);
        if (positional.size() != 1)
            return fail(inner, QCoreApplication::translate("Cli", "usage: units import --file C.parindex LIST.csv"),
                        Usage);
        const auto bytes = readInput(positional.first(), 16 * 1024 * 1024, inner);
        if (!bytes)
            return Failed;
        table = *bytes;
    }
    auto centre = openCentre(parser, inner);
    if (!centre)
        return Failed;

    if (sub == QLatin1String("list"))
        return list(*centre, inner);
    if (sub == QLatin1String("map")) {
        if (int code = requireOptions(parser, inner, {"year", "from", "to"}); code >= 0)
            return code;
        const auto year = yearFrom(parser, inner);
        if (!year)
            return Usage;
        QStringList from;
        for (const QString& code : parser.value(QStringLiteral("from")).split(QLatin1Char(',')))
            if (!code.trimmed().isEmpty())
                from.append(code.trimmed());
        const QString to = parser.value(QStringLiteral("to"));
        if (Status s = centre->mapUnits(*year, from, to); !s)
            return fail(inner, s.error());
        inner.out << QCoreApplication::translate("Cli", "%1 of %2 is compared with last year through: %3")
                         .arg(to)
                         .arg(*year)
                         .arg(from.join(QStringLiteral(", ")))
                  << '\n';
        return Ok;
    }
    if (sub == QLatin1String("import")) {
        const TableImportReport report = centre->importUnits(table);
        if (!report.ok()) {
            const QString listFile = parser.positionalArguments().value(1);
            for (const QString& p : report.problems)
                inner.err << listFile << ": " << p << '\n';
            return fail(inner, QCoreApplication::translate("Cli", "nothing imported: %n problem(s) in %1", nullptr,
                                                           int(report.problems.size()))
                                   .arg(listFile));
        }
        inner.out << QCoreApplication::translate("Cli", "%n unit(s) registered", nullptr, report.imported) << '\n';
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        if (!group || !parser.isSet(QStringLiteral("name")))
            return fail(inner,
                        QCoreApplication::translate("Cli", "units add needs --name and --group (so, xa or huyen)"),
                        Usage);
        const auto added = centre->addUnit({parser.value(QStringLiteral("code")), parser.value(QStringLiteral("name")),
                                            *group, !parser.isSet(QStringLiteral("not-ranked"))});
        if (!added)
            return fail(inner, added.error());
        inner.out << QCoreApplication::translate("Cli", "unit %1 registered: %2").arg(added->code, added->name) << '\n';
        return Ok;
    }
    if (!parser.isSet(QStringLiteral("code")))
        return fail(inner, QCoreApplication::translate("Cli", "--code is required"), Usage);
    const auto unit = centre->unit(parser.value(QStringLiteral("code")));
    if (!unit)
        return fail(inner, unit.error());
    if (sub == QLatin1String("edit")) {
        UnitDraft draft{unit->code, unit->name, unit->group, unit->ranked};
        if (parser.isSet(QStringLiteral("new-code")))
            draft.code = parser.value(QStringLiteral("new-code"));
        if (parser.isSet(QStringLiteral("name")))
            draft.name = parser.value(QStringLiteral("name"));
        if (group)
            draft.group = *group;
        if (parser.isSet(QStringLiteral("ranked"))) {
            const QString r = parser.value(QStringLiteral("ranked"));
            if (r != QLatin1String("yes") && r != QLatin1String("no"))
                return fail(inner, QCoreApplication::translate("Cli", "--ranked is yes or no"), Usage);
            draft.ranked = r == QLatin1String("yes");
        }
        const auto updated = centre->updateUnit(unit->code, draft);
        if (!updated)
            return fail(inner, updated.error());
        inner.out << QCoreApplication::translate("Cli", "unit %1 changed: %2, %3%4")
                         .arg(updated->code, updated->name, UnitGroups::code(updated->group),
                              updated->ranked ? QString() : QCoreApplication::translate("Cli", ", not ranked"))
                  << '\n';
        return Ok;
    }
    if (sub == QLatin1String("remove")) {
        if (Status s = centre->removeUnit(unit->code); !s)
            return fail(inner, s.error());
        inner.out << QCoreApplication::translate("Cli", "unit %1 removed").arg(unit->code) << '\n';
        return Ok;
    }
    if (sub == QLatin1String("enrol")) {
        if (!key)
            return fail(inner, QCoreApplication::translate("Cli", "--key is required"), Usage);
        if (Status s = centre->enrolKey(unit->code, *key, parser.isSet(QStringLiteral("replace"))); !s)
            return fail(inner, s.error());
        inner.out << QCoreApplication::translate(
                         "Cli", "key %1 enrolled for %2; compare it with the fingerprint in the unit's letter")
                         .arg(key->keyId(), unit->name)
                  << '\n';
        return Ok;
    }
    const auto revoked = centre->revokeKeys(unit->code, key ? key->keyId() : QString());
    if (!revoked)
        return fail(inner, revoked.error());
    if (revoked.value() == 0)
        return fail(inner, QCoreApplication::translate("Cli", "no key of %1 was in force").arg(unit->name));
    inner.out << QCoreApplication::translate("Cli", "%n key(s) of %1 revoked", nullptr, revoked.value()).arg(unit->name)
              << '\n';
    return Ok;
}

} // namespace parindex::cli
