#pragma once

#include <QAudioFormat>
#include <QByteArray>

namespace mi {

// Turns what a capture device delivers (any rate, channel count and Qt sample
// format) into mono signed 16-bit PCM at the rate the recognisers want, chunk
// by chunk: partial frames and the resampling position carry over between
// chunks, so splitting the input anywhere gives the same output.
class PcmConverter
{
public:
    explicit PcmConverter(const QAudioFormat &input, int outputRate = 16000);

    static bool canConvert(const QAudioFormat &input);
    // True when the input already is mono s16 at the output rate: bytes pass through.
    bool passesThrough() const { return m_passThrough; }
    QByteArray convert(const QByteArray &chunk);

private:
    float sampleAt(const char *frame, int channel) const;
    void push(float mono, QByteArray &out);

    QAudioFormat m_input;
    int m_outputRate;
    bool m_passThrough;
    QByteArray m_partialFrame;
    // Resampling: input frame n belongs to output sample n * out / in; the
    // frames of one output sample are averaged (a box filter, enough against
    // aliasing for speech); when upsampling an output sample is repeated.
    qint64 m_inputFrames = 0;
    qint64 m_outputSamples = 0;
    double m_sum = 0;
    int m_count = 0;
};

} // namespace mi
