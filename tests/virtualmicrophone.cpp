#include "virtualmicrophone.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

struct VirtualMicrophone::Feeder {
    std::thread thread;
    std::atomic<bool> done {false};
    std::atomic<bool> cancelled {false};
};

namespace {

// Runs a program with the current environment; its stdout and stderr go to
// `log`. Before Qt is up, so plain fork/exec rather than QProcess.
pid_t spawn(const QStringList &args, const QString &log)
{
    std::vector<QByteArray> storage;
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray logPath = log.toLocal8Bit();
    const pid_t pid = fork();
    if (pid == 0) {
        // If the test dies without cleaning up, the daemon goes with it.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        const int fd = open(logPath.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd >= 0) {
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
        }
        execvp(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

QString tail(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(600)).trimmed() : QString();
}

} // namespace

VirtualMicrophone::~VirtualMicrophone()
{
    stop();
}

QString VirtualMicrophone::fifoPath() const
{
    return m_dir + QStringLiteral("/runtime/vmic.fifo");
}

bool VirtualMicrophone::start(QString &why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty()) {
        why = QStringLiteral("pulseaudio or pactl is not installed (apt-get install pulseaudio pulseaudio-utils)");
        return false;
    }
    QByteArray pattern = QDir::temp().filePath(QStringLiteral("mockinterview-vmic-XXXXXX")).toLocal8Bit();
    if (!mkdtemp(pattern.data())) {
        why = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_dir = QString::fromLocal8Bit(pattern);
    const QString runtime = m_dir + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QDir().mkpath(m_dir + QStringLiteral("/home"));
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString socket = runtime + QStringLiteral("/pulse/native");
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    qputenv("HOME", (m_dir + QStringLiteral("/home")).toLocal8Bit());
    qputenv("PULSE_SERVER", (QStringLiteral("unix:") + socket).toLocal8Bit());

    const QString log = m_dir + QStringLiteral("/pulseaudio.log");
    m_pid = spawn({QStringLiteral("pulseaudio"), QStringLiteral("--daemonize=no"), QStringLiteral("-n"),
                      QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--load=module-native-protocol-unix"),
                      QStringLiteral("--load=module-null-sink sink_name=vsink"), QStringLiteral("--load=module-always-sink")},
        log);
    for (int waited = 0; m_pid > 0 && !QFile::exists(socket); waited += 50) {
        int status = 0;
        if (waited > 10000 || waitpid(m_pid, &status, WNOHANG) == m_pid) {
            if (waited <= 10000)
                m_pid = -1; // it exited on its own
            why = QStringLiteral("pulseaudio did not start: %1").arg(tail(log));
            stop();
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (!runPactl({QStringLiteral("load-module"), QStringLiteral("module-pipe-source"), QStringLiteral("source_name=vmic"),
                      QStringLiteral("file=") + fifoPath(), QStringLiteral("format=s16le"), QStringLiteral("rate=%1").arg(kSampleRate),
                      QStringLiteral("channels=1")},
            why)
        || !runPactl({QStringLiteral("set-default-source"), QStringLiteral("vmic")}, why)) {
        stop();
        return false;
    }
    return true;
}

bool VirtualMicrophone::runPactl(const QStringList &args, QString &why) const
{
    const QString log = m_dir + QStringLiteral("/pactl.log");
    const pid_t pid = spawn(QStringList {QStringLiteral("pactl")} + args, log);
    int status = 0;
    if (pid <= 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        why = QStringLiteral("pactl %1 failed: %2").arg(args.join(u' '), tail(log));
        return false;
    }
    return true;
}

void VirtualMicrophone::feed(const QByteArray &pcm)
{
    silence();
    m_feeder = new Feeder;
    const QByteArray path = fifoPath().toLocal8Bit();
    m_feeder->thread = std::thread([pcm, path, feeder = m_feeder] {
        // Non-blocking, so that a server which stopped reading cannot hold the test forever.
        const int fd = open(path.constData(), O_WRONLY | O_NONBLOCK);
        constexpr qsizetype chunk = kSampleRate * 2 / 20; // 50 ms
        auto next = std::chrono::steady_clock::now();
        for (qsizetype at = 0; fd >= 0 && at < pcm.size() && !feeder->cancelled;) {
            std::this_thread::sleep_until(next);
            const ssize_t written = write(fd, pcm.constData() + at, size_t(std::min(chunk, pcm.size() - at)));
            if (written < 0 && errno != EAGAIN)
                break;
            if (written > 0)
                at += written;
            next += std::chrono::milliseconds(written > 0 ? 50 * written / chunk : 10);
        }
        if (fd >= 0)
            close(fd);
        feeder->done = true;
    });
}

bool VirtualMicrophone::feedFinished() const
{
    return !m_feeder || m_feeder->done;
}

void VirtualMicrophone::silence()
{
    if (m_feeder) {
        m_feeder->cancelled = true;
        m_feeder->thread.join();
        delete m_feeder;
        m_feeder = nullptr;
    }
    if (m_dir.isEmpty())
        return;
    const int fd = open(fifoPath().toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK);
    char sink[4096];
    while (fd >= 0 && read(fd, sink, sizeof sink) > 0) { }
    if (fd >= 0)
        close(fd);
}

void VirtualMicrophone::stop()
{
    silence();
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        int status = 0;
        for (int waited = 0; waitpid(m_pid, &status, WNOHANG) == 0; waited += 50) {
            if (waited >= 5000) {
                kill(m_pid, SIGKILL);
                waitpid(m_pid, &status, 0);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        m_pid = -1;
    }
    if (!m_dir.isEmpty()) {
        QDir(m_dir).removeRecursively();
        m_dir.clear();
    }
}
