#include "answerrecorder.h"

#include <QAudioSource>
#include <QFile>
#include <QMediaDevices>
#include <cmath>
#include <cstdlib>

namespace mi {

AnswerRecorder::AnswerRecorder(QObject *parent)
    : QObject(parent)
{
}

AnswerRecorder::~AnswerRecorder()
{
    release();
}

QList<QAudioDevice> AnswerRecorder::inputDevices()
{
    return QMediaDevices::audioInputs();
}

QAudioFormat AnswerRecorder::wantedFormat()
{
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

bool AnswerRecorder::start(const QString &wavPath)
{
    if (m_state != State::Idle)
        stop();
    m_error = Error::None;
    m_errorString.clear();
    // Without a sound server Qt lists no devices at all: say so, not "failed".
    const QAudioDevice device = m_device.isNull() ? QMediaDevices::defaultAudioInput() : m_device;
    if (device.isNull()) {
        setError(Error::NoInputDevice, tr("No microphone was found."));
        return false;
    }
    m_captureFormat = device.isFormatSupported(wantedFormat()) ? wantedFormat() : device.preferredFormat();
    if (!PcmConverter::canConvert(m_captureFormat)) {
        setError(Error::DeviceFailed, tr("The microphone \"%1\" offers no audio format that can be recorded.").arg(device.description()));
        return false;
    }
    if (Result<void> opened = m_writer.open(wavPath, kSampleRate); !opened) {
        setError(Error::CannotOpenFile, tr("Cannot save the recording: %1").arg(opened.error().message));
        return false;
    }
    m_converter = std::make_unique<PcmConverter>(m_captureFormat, kSampleRate);
    m_samples = 0;
    m_levelSquares = 0;
    m_levelPeak = 0;
    m_levelCount = 0;
    m_source = std::make_unique<QAudioSource>(device, m_captureFormat);
    connect(m_source.get(), &QAudioSource::stateChanged, this, &AnswerRecorder::sourceStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        const QString path = m_writer.path();
        release();
        (void)m_writer.finish();
        QFile::remove(path);
        setError(Error::DeviceFailed, tr("The microphone \"%1\" could not be opened.").arg(device.description()));
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &AnswerRecorder::readAvailable);
    setState(State::Recording);
    return true;
}

void AnswerRecorder::pause()
{
    if (m_state != State::Recording)
        return;
    readAvailable(); // keep what was said up to the click
    m_source->suspend();
    setState(State::Paused);
}

void AnswerRecorder::resume()
{
    if (m_state != State::Paused)
        return;
    if (m_io)
        m_io->readAll(); // whatever the device buffered while paused is not part of the answer
    m_source->resume();
    setState(State::Recording);
}

void AnswerRecorder::stop()
{
    if (m_state == State::Idle)
        return;
    if (m_state == State::Recording)
        readAvailable();
    release();
    const QString path = m_writer.path();
    const Result<void> written = m_writer.finish();
    setState(State::Idle);
    if (!written) {
        setError(Error::CannotWriteFile, tr("Cannot save the recording: %1").arg(written.error().message));
    } else if (m_samples == 0) {
        QFile::remove(path);
        if (m_error == Error::None)
            setError(Error::DeviceFailed, tr("The microphone delivered no sound."));
        return;
    }
    if (m_samples > 0)
        emit finished(path, elapsedMs());
}

void AnswerRecorder::readAvailable()
{
    if (!m_io || m_state == State::Idle)
        return;
    const QByteArray data = m_io->readAll();
    if (m_state == State::Recording && !data.isEmpty())
        take(m_converter->convert(data));
}

void AnswerRecorder::take(QByteArray pcm)
{
    const qint64 maxSamples = m_maximumMs * kSampleRate / 1000;
    const qint64 room = std::max<qint64>(0, maxSamples - m_samples);
    if (pcm.size() / 2 > room)
        pcm.truncate(qsizetype(room * 2));
    if (!pcm.isEmpty()) {
        if (Result<void> written = m_writer.append(pcm); !written) {
            setError(Error::CannotWriteFile, tr("Cannot save the recording: %1").arg(written.error().message));
            stop();
            return;
        }
        m_samples += pcm.size() / 2;
        emit pcmCaptured(pcm);
        const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
        const int window = kSampleRate * kLevelWindowMs / 1000;
        for (qsizetype i = 0; i < pcm.size() / 2; ++i) {
            m_levelSquares += double(samples[i]) * samples[i];
            m_levelPeak = std::max(m_levelPeak, std::abs(int(samples[i])));
            if (++m_levelCount == window) {
                emit levelChanged(std::sqrt(m_levelSquares / window) / 32768.0, m_levelPeak / 32768.0);
                m_levelSquares = 0;
                m_levelPeak = 0;
                m_levelCount = 0;
            }
        }
    }
    if (m_state != State::Idle && m_samples >= maxSamples) {
        emit maximumDurationReached();
        stop();
    }
}

void AnswerRecorder::sourceStateChanged()
{
    if (!m_source || m_state == State::Idle || m_source->error() == QAudio::NoError)
        return;
    // A device unplugged or a sound server gone mid-answer: keep what was recorded.
    setError(Error::DeviceFailed, tr("The microphone stopped working (error %1).").arg(int(m_source->error())));
    stop();
}

void AnswerRecorder::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AnswerRecorder::setError(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    emit errorOccurred(error, message);
}

void AnswerRecorder::release()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
    m_io = nullptr;
    m_source.reset();
}

} // namespace mi
