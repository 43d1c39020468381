// The same targets for libFuzzer (clang -fsanitize=fuzzer; configure with
// -DPARINDEX_LIBFUZZER=ON): PARINDEX_FUZZ_TARGET names the target (default: package).
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace parindex::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "parindex-libfuzzer";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir work;
    static std::unique_ptr<Target> target =
        makeTarget(qEnvironmentVariableIsSet("PARINDEX_FUZZ_TARGET") ? qEnvironmentVariable("PARINDEX_FUZZ_TARGET")
                                                                     : QStringLiteral("package"),
                   work.path());
    if (!target)
        std::abort();
    const QString broken = target->run(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!broken.isEmpty())
        std::abort(); // an invariant broken: libFuzzer keeps the input
    return 0;
}
