#include "support/TestSupport.h"
TEST_CASE("placeholder gui") { CHECK(true); }
