#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli keygen: creates the unit's signing key.
class KeygenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("keygen"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
