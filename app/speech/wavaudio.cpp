#include "wavaudio.h"

#include "common/trcontexts.h"

#include <QFile>
#include <QtEndian>
#include <cmath>
#include <cstring>

namespace mi {

namespace {

Result<QByteArray> fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Speech::tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

// Decodes a WAV file's bytes; *sourceChannels tells whether it was mixed down.
Result<PcmAudio> parseWav(const QByteArray &data, const QString &path, int *sourceChannels)
{
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE")
        return fail(Speech::tr("%1 is not a WAV file").arg(path));
    int channels = 0, bits = 0, rate = 0;
    qsizetype pos = 12;
    while (pos + 8 <= data.size()) {
        const QByteArray id = data.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(data.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (body + qsizetype(size) > data.size() && id != "data")
            return fail(Speech::tr("%1 is truncated").arg(path));
        if (id == "fmt " && size >= 16) {
            const quint16 format = qFromLittleEndian<quint16>(data.constData() + body);
            channels = qFromLittleEndian<quint16>(data.constData() + body + 2);
            rate = int(qFromLittleEndian<quint32>(data.constData() + body + 4));
            bits = qFromLittleEndian<quint16>(data.constData() + body + 14);
            if (format != 1 || bits != 16 || channels < 1 || channels > 2 || rate <= 0)
                return fail(Speech::tr("%1: only 16-bit PCM WAV is supported (format %2, %3 bits, %4 channels)").arg(path).arg(format).arg(bits).arg(channels));
        } else if (id == "data") {
            if (channels == 0)
                return fail(Speech::tr("%1 has no format chunk before its data").arg(path));
            const qsizetype bytes = std::min<qsizetype>(size, data.size() - body); // tolerate a recorder killed mid-write
            PcmAudio audio;
            audio.sampleRate = rate;
            *sourceChannels = channels;
            const qsizetype frames = bytes / (2 * channels);
            audio.samples.resize(size_t(frames));
            for (qsizetype f = 0; f < frames; ++f) {
                int sum = 0;
                for (int c = 0; c < channels; ++c)
                    sum += qFromLittleEndian<qint16>(data.constData() + body + (f * channels + c) * 2);
                audio.samples[size_t(f)] = qint16(sum / channels);
            }
            return audio;
        }
        pos = body + size + (size & 1);
    }
    return fail(Speech::tr("%1 has no audio data").arg(path));
}

} // namespace

Result<PcmAudio> readWav(const QString &path)
{
    Result<QByteArray> data = fileBytes(path);
    if (!data)
        return std::unexpected(data.error());
    int channels = 0;
    return parseWav(*data, path, &channels);
}

QByteArray wavBytes(const PcmAudio &audio)
{
    const quint32 dataSize = quint32(audio.samples.size() * 2);
    QByteArray out(44, Qt::Uninitialized);
    char *h = out.data();
    auto put16 = [](char *at, quint16 v) { qToLittleEndian(v, at); };
    auto put32 = [](char *at, quint32 v) { qToLittleEndian(v, at); };
    memcpy(h, "RIFF", 4);
    put32(h + 4, 36 + dataSize);
    memcpy(h + 8, "WAVEfmt ", 8);
    put32(h + 16, 16);
    put16(h + 20, 1); // PCM
    put16(h + 22, 1); // mono
    put32(h + 24, quint32(audio.sampleRate));
    put32(h + 28, quint32(audio.sampleRate) * 2);
    put16(h + 32, 2);
    put16(h + 34, 16);
    memcpy(h + 36, "data", 4);
    put32(h + 40, dataSize);
    out.reserve(44 + qsizetype(dataSize));
    for (qint16 sample : audio.samples) {
        char le[2];
        qToLittleEndian(sample, le);
        out.append(le, 2);
    }
    return out;
}

Result<WhisperWav> whisperWav(const QString &path)
{
    Result<QByteArray> data = fileBytes(path);
    if (!data)
        return std::unexpected(data.error());
    int channels = 0;
    Result<PcmAudio> audio = parseWav(*data, path, &channels);
    if (!audio)
        return std::unexpected(audio.error());
    if (audio->sampleRate == 16000 && channels == 1)
        return WhisperWav{*data, false, audio->durationMs()};
    const PcmAudio mono16k = resampled(*audio, 16000);
    return WhisperWav{wavBytes(mono16k), true, mono16k.durationMs()};
}

PcmAudio resampled(const PcmAudio &audio, int targetRate)
{
    if (audio.sampleRate == targetRate || audio.samples.empty())
        return audio;
    PcmAudio out;
    out.sampleRate = targetRate;
    const double step = double(audio.sampleRate) / targetRate;
    const size_t n = size_t(double(audio.samples.size()) / step);
    out.samples.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const double at = i * step;
        const size_t k = size_t(at);
        const double frac = at - double(k);
        const double a = audio.samples[k];
        const double b = k + 1 < audio.samples.size() ? audio.samples[k + 1] : a;
        out.samples[i] = qint16(std::lround(a + (b - a) * frac));
    }
    return out;
}

} // namespace mi
