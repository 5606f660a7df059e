#include "wavfilewriter.h"

#include "common/trcontexts.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

namespace mi {

namespace {
constexpr quint32 kUnknownSize = 0xFFFFFFFFu;
constexpr qint64 kHeaderBytes = 44;
// RIFF sizes are 32-bit; stop well before they wrap (about 18 h at 16 kHz mono).
constexpr qint64 kMaxDataBytes = 0xFFFFFFFFll - kHeaderBytes;
} // namespace

WavFileWriter::~WavFileWriter()
{
    if (m_file.isOpen())
        (void)finish();
}

Result<void> WavFileWriter::open(const QString &path, int sampleRate, int channels)
{
    if (m_file.isOpen())
        return fail(Audio::tr("%1 is still open").arg(m_file.fileName()));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(Audio::tr("cannot create the folder for %1").arg(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return fail(Audio::tr("cannot write %1: %2").arg(path, m_file.errorString()));
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_dataBytes = 0;
    return writeHeader(kUnknownSize, kUnknownSize);
}

Result<void> WavFileWriter::append(const QByteArray &pcm)
{
    if (!m_file.isOpen())
        return fail(Audio::tr("no WAV file is open"));
    if (m_dataBytes + pcm.size() > kMaxDataBytes)
        return fail(Audio::tr("%1 has reached the largest size a WAV file can have").arg(m_file.fileName()));
    // Flushed chunk by chunk: a crash loses at most the chunk being written.
    if (m_file.write(pcm) != pcm.size() || !m_file.flush())
        return fail(Audio::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_dataBytes += pcm.size();
    return {};
}

Result<void> WavFileWriter::finish()
{
    if (!m_file.isOpen())
        return {};
    Result<void> written = writeHeader(quint32(kHeaderBytes - 8 + m_dataBytes), quint32(m_dataBytes));
    if (written && !m_file.flush())
        written = fail(Audio::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_file.close();
    return written;
}

Result<void> WavFileWriter::writeHeader(quint32 riffSize, quint32 dataSize)
{
    const qint64 at = m_file.pos();
    QByteArray h(kHeaderBytes, '\0');
    char *p = h.data();
    const auto put16 = [&](int offset, quint16 v) { qToLittleEndian<quint16>(v, p + offset); };
    const auto put32 = [&](int offset, quint32 v) { qToLittleEndian<quint32>(v, p + offset); };
    memcpy(p, "RIFF", 4);
    put32(4, riffSize);
    memcpy(p + 8, "WAVEfmt ", 8);
    put32(16, 16); // fmt chunk size
    put16(20, 1); // PCM
    put16(22, quint16(m_channels));
    put32(24, quint32(m_sampleRate));
    put32(28, quint32(m_sampleRate * m_channels * 2)); // bytes per second
    put16(32, quint16(m_channels * 2)); // bytes per frame
    put16(34, 16); // bits per sample
    memcpy(p + 36, "data", 4);
    put32(40, dataSize);
    if (!m_file.seek(0) || m_file.write(h) != h.size())
        return fail(Audio::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    if (at > kHeaderBytes && !m_file.seek(at))
        return fail(Audio::tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

} // namespace mi
