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

// Speech to text, offline. Backends: pocketsphinx in-process (English);
// whisper.cpp backends are planned for Chinese and mixed speech.
class Transcriber
{
public:
    virtual ~Transcriber() = default;
    virtual QString name() const = 0;
    virtual bool supportsLanguage(const QString &language) const = 0;
    virtual Result<Transcript> transcribe(const TranscriptionRequest &request) const = 0;
};

} // namespace mi
