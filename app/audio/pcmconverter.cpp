#include "pcmconverter.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mi {

PcmConverter::PcmConverter(const QAudioFormat &input, int outputRate)
    : m_input(input)
    , m_outputRate(outputRate)
    , m_passThrough(input.sampleFormat() == QAudioFormat::Int16 && input.channelCount() == 1 && input.sampleRate() == outputRate)
{
}

bool PcmConverter::canConvert(const QAudioFormat &input)
{
    return input.isValid() && input.sampleFormat() != QAudioFormat::Unknown && input.channelCount() > 0 && input.sampleRate() > 0;
}

// Qt 6 audio data is always in the machine's byte order.
float PcmConverter::sampleAt(const char *frame, int channel) const
{
    const char *p = frame + channel * m_input.bytesPerSample();
    switch (m_input.sampleFormat()) {
    case QAudioFormat::UInt8:
        return (float(quint8(*p)) - 128.0f) / 128.0f;
    case QAudioFormat::Int16: {
        qint16 v;
        std::memcpy(&v, p, sizeof v);
        return float(v) / 32768.0f;
    }
    case QAudioFormat::Int32: {
        qint32 v;
        std::memcpy(&v, p, sizeof v);
        return float(double(v) / 2147483648.0);
    }
    case QAudioFormat::Float: {
        float v;
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    default:
        return 0.0f;
    }
}

void PcmConverter::push(float mono, QByteArray &out)
{
    const qint64 target = m_inputFrames * m_outputRate / m_input.sampleRate();
    while (m_outputSamples < target) {
        const double mean = m_count > 0 ? m_sum / m_count : 0.0;
        const qint16 s = qint16(std::clamp(std::lround(mean * 32767.0), -32768l, 32767l));
        out.append(reinterpret_cast<const char *>(&s), sizeof s);
        ++m_outputSamples;
        if (m_outputSamples < target)
            continue; // upsampling: the same value again
        m_sum = 0;
        m_count = 0;
    }
    m_sum += mono;
    ++m_count;
    ++m_inputFrames;
}

QByteArray PcmConverter::convert(const QByteArray &chunk)
{
    if (m_passThrough)
        return chunk;
    const int frameBytes = m_input.bytesPerFrame();
    if (frameBytes <= 0)
        return {};
    QByteArray data = m_partialFrame + chunk;
    const qsizetype frames = data.size() / frameBytes;
    QByteArray out;
    out.reserve(qsizetype(double(frames) * m_outputRate / m_input.sampleRate() + 2) * 2);
    const int channels = m_input.channelCount();
    for (qsizetype f = 0; f < frames; ++f) {
        const char *frame = data.constData() + f * frameBytes;
        float sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += sampleAt(frame, c);
        push(sum / float(channels), out);
    }
    m_partialFrame = data.mid(frames * frameBytes);
    return out;
}

} // namespace mi
