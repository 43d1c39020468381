// Built only by the test "layers: … cannot include core/store", which expects this to fail:
// linked like ui/ or the CLI, the store's headers are out of reach.
#include "core/store/DataFile.h"

int storeGuard()
{
    return parindex::DataFile::ApplicationId;
}
