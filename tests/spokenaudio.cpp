#include "spokenaudio.h"

#include "wavaudio.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>
#include <cmath>

namespace {

mi::Result<void> runTool(const QString &program, const QStringList &args)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return mi::fail(QStringLiteral("%1 is not installed (scripts/install-deps.sh test)").arg(program));
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return mi::fail(QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError())));
    return {};
}

} // namespace

mi::Result<QString> speakToWav(const QString &directory, const QString &name, const QString &text)
{
    const QString raw = QDir(directory).filePath(name + QStringLiteral("-22k.wav"));
    const QString wav = QDir(directory).filePath(name + QStringLiteral("-16k.wav"));
    if (auto spoken = runTool(QStringLiteral("espeak-ng"), {QStringLiteral("-w"), raw, text}); !spoken)
        return std::unexpected(spoken.error());
    if (auto converted = runTool(QStringLiteral("sox"),
            {raw, QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-b"),
                QStringLiteral("16"), wav});
        !converted)
        return std::unexpected(converted.error());
    return wav;
}

mi::Result<QString> writeToneWav(const QString &directory, const QString &name, int sampleRate, int milliseconds, int amplitude)
{
    mi::PcmAudio tone;
    tone.sampleRate = sampleRate;
    for (qint64 i = 0; i < qint64(sampleRate) * milliseconds / 1000; ++i)
        tone.samples.push_back(qint16(amplitude * std::sin(double(i) * 0.07)));
    QFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(mi::wavBytes(tone)) < 0)
        return mi::fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return file.fileName();
}

mi::Result<QByteArray> rawPcm16kMono(const QString &wavPath)
{
    mi::Result<mi::PcmAudio> audio = mi::readWav(wavPath);
    if (!audio)
        return std::unexpected(audio.error());
    const mi::PcmAudio pcm = mi::resampled(*audio, 16000);
    QByteArray bytes(qsizetype(pcm.samples.size() * 2), Qt::Uninitialized);
    qToLittleEndian<qint16>(pcm.samples.data(), qsizetype(pcm.samples.size()), bytes.data());
    return bytes;
}
