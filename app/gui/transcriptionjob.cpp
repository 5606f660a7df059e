#include "transcriptionjob.h"

#include "pocketsphinxtranscriber.h"

#include <QFutureWatcher>
#include <QtConcurrent>

TranscriptionJob::TranscriptionJob(QObject *parent)
    : QObject(parent)
    , m_transcriber(std::make_shared<mi::PocketSphinxTranscriber>())
{
}

void TranscriptionJob::start(const mi::TranscriptionRequest &request)
{
    const int generation = ++m_generation;
    m_running = true;
    // The worker keeps its own reference to the transcriber and a copy of the
    // request: nothing it touches belongs to the window.
    std::shared_ptr<const mi::Transcriber> transcriber = m_transcriber;
    auto *watcher = new QFutureWatcher<mi::Result<mi::TranscribedAnswer>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        const mi::Result<mi::TranscribedAnswer> result = watcher->result();
        if (result)
            emit transcribed(*result);
        else
            emit failed(result.error().message);
    });
    watcher->setFuture(QtConcurrent::run([transcriber, request] { return mi::transcribeAnswer(*transcriber, request); }));
}

void TranscriptionJob::cancel()
{
    ++m_generation;
    m_running = false;
}
