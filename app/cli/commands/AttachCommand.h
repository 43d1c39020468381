#pragma once

#include "app/cli/Command.h"

namespace parindex::cli {

// parindex-cli attach: attaches an evidence document to items.
class AttachCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("attach"); }
    const char* summary() const override;
    int run(Context& ctx) override;
};

} // namespace parindex::cli
