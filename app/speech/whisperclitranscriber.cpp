#include "whisperclitranscriber.h"

#include "common/trcontexts.h"
#include "wavaudio.h"
#include "whispertext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace mi {

namespace {

// whisper-cli logs model loading at length on stderr; the end says what failed.
QString tail(const QByteArray &output)
{
    QStringList lines = QString::fromUtf8(output).trimmed().split(u'\n');
    if (lines.size() > 6)
        lines = lines.mid(lines.size() - 6);
    const QString text = lines.join(u'\n');
    return text.size() > 600 ? text.right(600) : text;
}

} // namespace

WhisperCliTranscriber::WhisperCliTranscriber(QString executable, QString modelPath, int timeoutMs)
    : m_executable(executable.isEmpty() ? QStringLiteral("whisper-cli") : std::move(executable))
    , m_modelPath(std::move(modelPath))
    , m_timeoutMs(timeoutMs)
{
}

Result<QString> WhisperCliTranscriber::readyProgram() const
{
    QString program;
    if (m_executable.contains(u'/')) {
        const QFileInfo file(m_executable);
        if (file.isFile() && file.isExecutable())
            program = file.absoluteFilePath();
    } else {
        program = QStandardPaths::findExecutable(m_executable);
    }
    if (program.isEmpty())
        return fail(Speech::tr("whisper-cli not found: %1 (build whisper.cpp and give the program's path)").arg(m_executable));
    if (m_modelPath.isEmpty())
        return fail(Speech::tr("whisper-cli needs a ggml model file, e.g. ggml-small.bin"));
    if (!QFileInfo(m_modelPath).isFile())
        return fail(Speech::tr("the whisper model is missing at %1").arg(m_modelPath));
    return program;
}

Result<Transcript> WhisperCliTranscriber::transcribe(const TranscriptionRequest &request) const
{
    Result<QString> program = readyProgram();
    if (!program)
        return std::unexpected(program.error());
    Result<WhisperWav> wav = whisperWav(request.audioPath);
    if (!wav)
        return std::unexpected(wav.error());
    // Older whisper-cli builds read nothing but 16 kHz WAV; other rates go through a copy.
    QString audioPath = request.audioPath;
    QTemporaryFile copy(QDir::temp().filePath(QStringLiteral("mockinterview-16k-XXXXXX.wav")));
    if (wav->converted) {
        if (!copy.open() || copy.write(wav->bytes) != wav->bytes.size() || !copy.flush())
            return fail(Speech::tr("cannot write a 16 kHz copy of %1").arg(request.audioPath));
        audioPath = copy.fileName();
    }

    QStringList args {QStringLiteral("-m"), m_modelPath, QStringLiteral("-f"), audioPath, QStringLiteral("-nt")};
    if (!request.language.isEmpty())
        args << QStringLiteral("-l") << request.language;
    if (const QString prompt = whisperPrompt(request.vocabulary, request.language); !prompt.isEmpty())
        args << QStringLiteral("--prompt") << prompt;
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    process.start(*program, args);
    if (!process.waitForStarted())
        return fail(Speech::tr("cannot start %1: %2").arg(*program, process.errorString()));
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return fail(Speech::tr("whisper-cli did not finish within %1 s").arg(m_timeoutMs / 1000.0));
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return fail(Speech::tr("whisper-cli crashed: %1").arg(tail(process.readAllStandardError())));
    if (process.exitCode() != 0)
        return fail(
            QStringLiteral("whisper-cli failed (exit code %1): %2").arg(process.exitCode()).arg(tail(process.readAllStandardError())));
    Transcript t;
    t.text = cleanWhisperText(QString::fromUtf8(process.readAllStandardOutput()));
    t.engine = name();
    t.audioMs = wav->durationMs;
    t.processingSeconds = clock.nsecsElapsed() / 1e9;
    return t;
}

} // namespace mi
