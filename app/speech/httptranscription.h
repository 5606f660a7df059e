#pragma once

#include "transcriber.h"

#include <QByteArray>
#include <QList>
#include <QUrl>
#include <utility>

namespace mi {

// One transcription over HTTP, the part both whisper web backends share:
// the WAV goes up as the multipart/form-data field "file" next to the
// backend's own fields, the JSON answer's "text" comes back.
//
// Synchronous: it waits in a local event loop (with a QCoreApplication
// present), so call it from a worker thread, not from a GUI thread.
struct HttpTranscription {
    QString engine; // names the service in errors
    QUrl url; // the full endpoint
    QList<std::pair<QByteArray, QByteArray>> fields; // form fields besides "file"; empty ones are left out
    QList<std::pair<QByteArray, QByteArray>> headers; // e.g. Authorization
    int timeoutMs = 300000;

    Result<Transcript> run(const QString &audioPath) const;
};

// base + path, keeping a path prefix the user gave (http://host/whisper).
// Errors for an empty or non-HTTP base, so that nothing is sent unless the
// user configured a real endpoint.
Result<QUrl> endpointUrl(const QString &engine, const QString &base, const QString &path);

// The transcript in a JSON answer {"text": ...}; an {"error": ...} answer or
// anything else is an error naming the service.
Result<QString> transcriptFromJson(const QString &engine, const QByteArray &body);

} // namespace mi
