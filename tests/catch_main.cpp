// The Catch2 runner for every test executable. Kept in its own translation
// unit because it is slow to compile.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testenvironment.h"

int main(int argc, char *argv[])
{
    prepareTestEnvironment();
    auto app = createTestApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
