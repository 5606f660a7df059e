#pragma once

#include "common/error.h"

#include <QFile>

namespace mi {

// Writes 16-bit PCM to a RIFF/WAVE file as it arrives. While the file is
// open its size fields hold 0xFFFFFFFF ("until the end"), so a recording cut
// off by a crash still reads back (readWav takes the data up to the end of
// the file); finish() writes the real sizes.
class WavFileWriter
{
public:
    WavFileWriter() = default;
    ~WavFileWriter();
    WavFileWriter(const WavFileWriter &) = delete;
    WavFileWriter &operator=(const WavFileWriter &) = delete;

    Result<void> open(const QString &path, int sampleRate, int channels = 1);
    Result<void> append(const QByteArray &pcm);
    Result<void> finish();

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    qint64 dataBytes() const { return m_dataBytes; }

private:
    Result<void> writeHeader(quint32 riffSize, quint32 dataSize);

    QFile m_file;
    int m_sampleRate = 16000;
    int m_channels = 1;
    qint64 m_dataBytes = 0;
};

} // namespace mi
