#pragma once

#include "pcmconverter.h"
#include "wavfilewriter.h"

#include <QAudioDevice>
#include <QObject>
#include <memory>

class QAudioSource;
class QIODevice;

namespace mi {

// Records one spoken answer from a microphone into a WAV file: 16 kHz mono
// signed 16-bit, what the transcribers read. Captures in that format when the
// device offers it, else in the device's preferred format, converted on the
// way. Reports a level about 20 times a second of audio for a meter, hands
// every converted chunk to pcmCaptured (where a live-caption recogniser can
// listen), and stops by itself at the maximum length.
class AnswerRecorder : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Recording, Paused };
    Q_ENUM(State)
    enum class Error { None, NoInputDevice, CannotOpenFile, DeviceFailed, CannotWriteFile };
    Q_ENUM(Error)
    static constexpr int kSampleRate = 16000;
    static constexpr int kLevelWindowMs = 50;

    explicit AnswerRecorder(QObject *parent = nullptr);
    ~AnswerRecorder() override;

    static QList<QAudioDevice> inputDevices();
    static QAudioFormat wantedFormat(); // 16 kHz mono Int16
    // A null device (the default) means the system's default input at start().
    void setDevice(const QAudioDevice &device) { m_device = device; }
    QAudioDevice device() const { return m_device; }
    void setMaximumDurationMs(qint64 ms) { m_maximumMs = ms; }
    qint64 maximumDurationMs() const { return m_maximumMs; }

    // Starts capturing into `wavPath` (replaced if it exists). False when it
    // cannot: error() and errorString() say why; nothing is left running.
    bool start(const QString &wavPath);
    void pause();
    void resume();
    // Finishes the file and emits finished() when anything was captured.
    void stop();

    State state() const { return m_state; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // Audio captured so far (pauses excluded), measured in samples written.
    qint64 elapsedMs() const { return m_samples * 1000 / kSampleRate; }
    QString filePath() const { return m_writer.path(); }
    QAudioFormat captureFormat() const { return m_captureFormat; }

signals:
    void stateChanged(mi::AnswerRecorder::State state);
    // 0..1 of full scale over the last 50 ms of audio.
    void levelChanged(double rms, double peak);
    void pcmCaptured(const QByteArray &pcm16kMono);
    void maximumDurationReached();
    void finished(const QString &wavPath, qint64 durationMs);
    void errorOccurred(mi::AnswerRecorder::Error error, const QString &message);

private:
    void readAvailable();
    void take(QByteArray pcm);
    void sourceStateChanged();
    void setState(State state);
    void setError(Error error, const QString &message);
    void release();

    QAudioDevice m_device;
    qint64 m_maximumMs = 10 * 60 * 1000;
    State m_state = State::Idle;
    Error m_error = Error::None;
    QString m_errorString;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr; // owned by m_source
    QAudioFormat m_captureFormat;
    std::unique_ptr<PcmConverter> m_converter;
    WavFileWriter m_writer;
    qint64 m_samples = 0;
    double m_levelSquares = 0;
    int m_levelPeak = 0;
    int m_levelCount = 0;
};

} // namespace mi
