#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli centre-key: enrols Sở Nội vụ's public key in a unit's file.
class CentreKeyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("centre-key"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
