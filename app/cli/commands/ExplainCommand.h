#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli explain: writes an item's explanation (giải trình).
class ExplainCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("explain"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
