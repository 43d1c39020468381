#include "support/TestSupport.h"
TEST_CASE("placeholder") { CHECK(true); }
