#pragma once

#include <QByteArray>
#include <QString>
#include <sys/types.h>

// A real microphone for tests, without hardware: a private PulseAudio daemon
// (its own XDG_RUNTIME_DIR and HOME in a temporary folder) with a null sink
// and a pipe source fed from a FIFO, made the default input. Qt Multimedia
// talks to it as to any sound server, so capture goes through the same code
// as on a desktop.
//
// start() must run before Qt Multimedia is first used: it sets PULSE_SERVER,
// XDG_RUNTIME_DIR and HOME for this process. The daemon is stopped by its PID
// when the object goes.
class VirtualMicrophone
{
public:
    static constexpr int kSampleRate = 16000;

    VirtualMicrophone() = default;
    ~VirtualMicrophone();
    VirtualMicrophone(const VirtualMicrophone &) = delete;
    VirtualMicrophone &operator=(const VirtualMicrophone &) = delete;

    // False with `why` when PulseAudio is missing or does not come up.
    bool start(QString &why);
    void stop();
    pid_t daemonPid() const { return m_pid; }
    QString fifoPath() const;

    // Writes 16 kHz mono s16le samples into the microphone at the pace of
    // real time (a real microphone cannot deliver faster), from a thread of
    // its own; returns at once. feedFinished() tells when all was written.
    void feed(const QByteArray &pcm);
    bool feedFinished() const;
    // Stops feeding and empties the FIFO: PulseAudio reads it only while a
    // recording stream runs, so what nobody took would reach the next test.
    void silence();

private:
    bool runPactl(const QStringList &args, QString &why) const;

    QString m_dir;
    pid_t m_pid = -1;
    struct Feeder;
    Feeder *m_feeder = nullptr;
};

// The microphone the capture tests' runner started (tests/audio/capture_main.cpp).
VirtualMicrophone &testMicrophone();
