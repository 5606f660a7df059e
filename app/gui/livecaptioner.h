#pragma once

#include <QObject>
#include <QThread>

class SpokenAnswerBar;
namespace mi { class StreamingRecognizer; }

// Live captions for a spoken answer: while the bar records, every captured
// chunk goes to a streaming pocketsphinx recogniser on its own thread (so the
// window never waits for it), and its best guess so far comes back to the
// bar's caption line. Only for languages the recogniser has a model for.
class LiveCaptioner : public QObject
{
    Q_OBJECT
public:
    explicit LiveCaptioner(SpokenAnswerBar *bar);
    ~LiveCaptioner() override;

private:
    void takeStarted();
    void takeEnded();

    SpokenAnswerBar *m_bar;
    QThread m_thread;
    mi::StreamingRecognizer *m_recognizer; // lives on m_thread
    bool m_captioning = false;
};
