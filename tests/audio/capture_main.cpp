// The runner for tests that capture from a real (virtual) microphone. The
// private PulseAudio daemon must be up before Qt Multimedia looks for
// devices, so it starts here, before the application object; listing tests
// (CTest discovery at build time) starts nothing.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "testenvironment.h"
#include "virtualmicrophone.h"

#include <cstdio>

namespace {
VirtualMicrophone *g_microphone = nullptr;
// What CTest treats as "skipped" (SKIP_RETURN_CODE in tests/CMakeLists.txt).
constexpr int kSkipped = 77;
} // namespace

VirtualMicrophone &testMicrophone()
{
    return *g_microphone;
}

int main(int argc, char *argv[])
{
    Catch::Session session;
    if (const int code = session.applyCommandLine(argc, argv); code != 0)
        return code;
    const Catch::ConfigData &config = session.configData();
    const bool listing = config.listTests || config.listTestNamesOnly || config.listTags || config.listReporters || config.showHelp;
    VirtualMicrophone microphone;
    if (!listing) {
        QString why;
        if (!microphone.start(why)) {
            std::printf("SKIPPED: no virtual microphone could be set up: %s\n", qPrintable(why));
            return kSkipped;
        }
        std::printf("virtual microphone: pulseaudio pid %d, fifo %s\n", int(microphone.daemonPid()), qPrintable(microphone.fifoPath()));
    }
    g_microphone = &microphone;
    prepareTestEnvironment();
    auto app = createTestApplication(argc, argv);
    const int result = session.run();
    app.reset();
    microphone.stop(); // by its PID, before the temporary folder goes
    return result;
}
