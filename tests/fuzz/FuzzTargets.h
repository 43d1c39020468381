#pragma once

#include "Mutator.h"

#include <QHash>
#include <QString>
#include <memory>

namespace parindex::fuzz {

// One hostile-input reader under fuzzing: its seeds, how a new input is made from a seed, and
// one run. run() returns the invariant an input broke (empty when none): a crash is caught by
// the driver, a broken invariant is a failure too.
class Target
{
public:
    virtual ~Target() = default;
    virtual QString name() const = 0;
    virtual QList<QByteArray> seeds() const = 0;
    virtual QList<QByteArray> dictionary() const { return {}; }
    virtual QByteArray next(const QByteArray& seed, Mutator& m, const QList<QByteArray>& corpus)
    {
        return m.mutate(seed, corpus);
    }
    virtual QString run(const QByteArray& input) = 0;

    // How the inputs ended ("accepted", "rejected: signature", …), for the summary.
    QHash<QString, int> outcomes;
};

QStringList targetNames();
// A target set up in `workDir` (a centre, a unit and a signed package for "package").
std::unique_ptr<Target> makeTarget(const QString& name, const QString& workDir);

} // namespace parindex::fuzz
