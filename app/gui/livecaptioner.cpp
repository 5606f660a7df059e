#include "livecaptioner.h"

#include "spokenanswerbar.h"
#include "streamingrecognizer.h"

LiveCaptioner::LiveCaptioner(SpokenAnswerBar *bar) : QObject(bar), m_bar(bar), m_recognizer(new mi::StreamingRecognizer)
{
    m_thread.setObjectName(QStringLiteral("live captions"));
    m_recognizer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_recognizer, &QObject::deleteLater);
    m_thread.start();

    mi::AnswerRecorder *recorder = bar->recorder();
    connect(recorder, &mi::AnswerRecorder::stateChanged, this, [this](mi::AnswerRecorder::State state) {
        if (state == mi::AnswerRecorder::State::Recording && !m_captioning)
            takeStarted();
        else if (state == mi::AnswerRecorder::State::Idle && m_captioning)
            takeEnded();
    });
    // Queued: chunks and captions cross between the GUI thread and the recogniser's.
    connect(recorder, &mi::AnswerRecorder::pcmCaptured, m_recognizer, &mi::StreamingRecognizer::feed);
    connect(m_recognizer, &mi::StreamingRecognizer::partialChanged, bar, &SpokenAnswerBar::setLiveCaption);
}

LiveCaptioner::~LiveCaptioner()
{
    m_thread.quit();
    m_thread.wait();
}

void LiveCaptioner::takeStarted()
{
    const mi::TranscriptionRequest expected = m_bar->expectedAnswer();
    if (expected.language != u"en") // the only model pocketsphinx has here
        return;
    m_captioning = true;
    QMetaObject::invokeMethod(m_recognizer, [recognizer = m_recognizer, expected] {
        (void)recognizer->start(expected.vocabulary, expected.language); // a failure leaves the line saying captions are unavailable
    });
}

void LiveCaptioner::takeEnded()
{
    m_captioning = false;
    QMetaObject::invokeMethod(m_recognizer, [recognizer = m_recognizer] {
        if (recognizer->isRunning())
            (void)recognizer->finish(); // the batch transcription after the take is the one kept
    });
}
