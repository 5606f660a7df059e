#pragma once

#include "transcriber.h"

namespace mi {

// whisper.cpp's command-line program (whisper-cli), run once per answer:
// no server to keep running, but the model is loaded for every answer.
// Runs `whisper-cli -m MODEL -f FILE -l LANG -nt [--prompt TERMS]` and reads
// the transcript from its standard output.
class WhisperCliTranscriber : public Transcriber
{
public:
    // An executable without a slash is looked up on PATH; empty means "whisper-cli".
    WhisperCliTranscriber(QString executable, QString modelPath, int timeoutMs);

    QString name() const override { return QStringLiteral("whisper-cli"); }
    bool supportsLanguage(const QString &) const override { return true; }
    Result<Transcript> transcribe(const TranscriptionRequest &request) const override;

    // The program to run once it and the model are found, else an error
    // saying what is missing.
    Result<QString> readyProgram() const;

private:
    QString m_executable;
    QString m_modelPath;
    int m_timeoutMs;
};

} // namespace mi
