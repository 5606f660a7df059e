#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace mi {

struct TranscriptionRequest {
    QString audioPath;      // a WAV file
    QString language = QStringLiteral("en");
    QStringList vocabulary; // the pack's terms: bias recognition toward them
};

struct Transcript {
    QString text;
    QString engine;
    qint64 audioMs = 0;
    double processingSeconds = 0;
};

// Speech to text. Backends: pocketsphinx in-process (English); whisper.cpp
// as a local server, an OpenAI-compatible API or its command-line program
// (Chinese, mixed and English). makeTranscriber() picks one from settings.
class Transcriber
{
public:
    virtual ~Transcriber() = default;
    virtual QString name() const = 0;
    virtual bool supportsLanguage(const QString &language) const = 0;
    virtual Result<Transcript> transcribe(const TranscriptionRequest &request) const = 0;
};

} // namespace mi
