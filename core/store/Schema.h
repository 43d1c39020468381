#pragma once

#include <QList>
#include <QString>

namespace parindex {

// The database schema as an ordered list of migrations. Version N is reached by applying
// migration N to a file at version N-1, in one transaction. Never edit a released migration:
// add a new one.
struct Migration
{
    int version;
    QList<const char*> statements;
};

const QList<Migration>& migrations();

} // namespace parindex
