#pragma once

#include "answertranscription.h"

#include <QObject>
#include <memory>

// Transcribes recorded answers on a worker thread so the window keeps
// responding while pocketsphinx works through the audio. Only the latest
// request counts: a result that arrives after another start() or cancel() is
// dropped, since the answer it belonged to has moved on.
class TranscriptionJob : public QObject
{
    Q_OBJECT
public:
    explicit TranscriptionJob(QObject *parent = nullptr);

    // pocketsphinx unless set; the place to choose the whisper backend.
    void setTranscriber(std::shared_ptr<const mi::Transcriber> transcriber) { m_transcriber = std::move(transcriber); }
    const mi::Transcriber &transcriber() const { return *m_transcriber; }
    bool isRunning() const { return m_running; }

    void start(const mi::TranscriptionRequest &request);
    void cancel();

signals:
    void transcribed(const mi::TranscribedAnswer &answer);
    void failed(const QString &message);

private:
    std::shared_ptr<const mi::Transcriber> m_transcriber;
    int m_generation = 0;
    bool m_running = false;
};
