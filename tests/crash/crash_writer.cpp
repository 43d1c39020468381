// Test helper for the crash test: applies random valid edits to a unit file forever, printing
// "try CODE INPUT" before and "ack CODE INPUT" after each saved edit, and "evidence SHA" after
// each attached document, until it is killed.
#include "core/unit/UnitAssessment.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace parindex;

namespace {

ItemInput randomInput(const CriteriaNode& leaf, QRandomGenerator& rng)
{
    const Rule& rule = *leaf.rule;
    if (leaf.mayBeNotApplicable && rng.bounded(6) == 0)
        return ItemInput::notApplicable(QStringLiteral("không phát sinh"));
    switch (rule.kind) {
    case RuleKind::Options:
        return ItemInput::ofOption(int(rng.bounded(int(rule.options.size()))));
    case RuleKind::Tiers:
    case RuleKind::Proportional: {
        const int den = 1 + int(rng.bounded(200));
        return ItemInput::ofRatio(Points::whole(rng.bounded(den + 1)), Points::whole(den));
    }
    case RuleKind::Deduction:
        return ItemInput::ofCount(rng.bounded(6));
    case RuleKind::Judgement:
        return ItemInput::ofValue(rule.step * rng.bounded(int(leaf.max.thousandths() / rule.step.thousandths()) + 1));
    case RuleKind::Survey:
        return ItemInput::ofSurvey(Points());
    }
    return {};
}

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    auto opened = UnitAssessment::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    UnitAssessment& a = *opened.value();
    QRandomGenerator rng(quint32(QByteArray(argv[2]).toUInt()));
    const QString scratch = QString::fromLocal8Bit(argv[3]);
    QList<const CriteriaNode*> leaves;
    for (const CriteriaNode* leaf : a.set().leaves()) {
        if (!leaf->isSurvey())
            leaves.append(leaf);
    }
    say("ready");
    for (quint64 n = 0;; ++n) {
        if (n % 7 == 3) {
            // A new document each time, so every attach writes a file and then a row.
            QFile f(scratch);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return 1;
            QByteArray bytes(int(64 * 1024 + rng.bounded(256 * 1024)), Qt::Uninitialized);
            rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            f.write(bytes);
            f.close();
            EvidenceDocument doc;
            doc.items = {leaves.at(int(rng.bounded(int(leaves.size()))))->code};
            doc.number = QStringLiteral("%1/KH").arg(n);
            const auto id = a.attach(scratch, doc);
            if (!id)
                return 1;
            say("evidence " + QByteArray::number(id.value()));
            continue;
        }
        const CriteriaNode* leaf = leaves.at(int(rng.bounded(int(leaves.size()))));
        const ItemInput input = randomInput(*leaf, rng);
        const QByteArray line = leaf->code.toUtf8() + ' ' + input.encode().toUtf8();
        say("try " + line);
        if (Status s = a.setInput(leaf->code, input); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        say("ack " + line);
    }
}
