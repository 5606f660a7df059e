#pragma once

#include "answerrecorder.h"
#include "answertranscription.h"
#include "audioplaybutton.h"

#include <QWidget>

class QLabel;
class QPushButton;
class RecordingMeter;
class TranscriptionJob;

// "Speak answer": record, pause and stop, a level meter, the time used of
// the maximum, a live caption line, and after stopping the transcription on
// a worker thread. Whoever keeps the recording is told by recorded(); the
// transcript comes back through transcribed(). Without a microphone or a
// recogniser for the language it says so and typed answers go on as usual.
//
// Live captions: a streaming recogniser listens to recorder()->pcmCaptured
// (16 kHz mono s16 chunks) and calls setLiveCaption() with its best guess.
class SpokenAnswerBar : public QWidget
{
    Q_OBJECT
public:
    explicit SpokenAnswerBar(QWidget *parent = nullptr);

    mi::AnswerRecorder *recorder() const { return m_recorder; }
    TranscriptionJob *transcription() const { return m_job; }

    // A new answer: where to record, for how long at most, and what to expect.
    void beginAnswer(const QString &recordingPath, qint64 maximumMs, const mi::TranscriptionRequest &expected);
    // The answer was submitted: a recording in progress is stopped (and
    // still reported by recorded()), its transcript no longer wanted.
    void endAnswer();
    // A play button for the answer's recording; empty hides it.
    void setPlayback(const QString &file) { m_play->setFile(file); }
    // Transcribes the kept recording (after recorded()), when the language has a recogniser.
    void transcribe(const QString &keptRecording);
    void setMessage(const QString &message);
    const mi::TranscriptionRequest &expectedAnswer() const { return m_expected; }

public slots:
    void setLiveCaption(const QString &text);

signals:
    void recorded(const QString &wavPath, qint64 durationMs);
    void transcribed(const QString &text, const QString &deliveryJson);

private:
    void toggleRecording();
    void togglePause();
    void showRecorderState();
    void showElapsed();
    void recorderFailed(mi::AnswerRecorder::Error error, const QString &message);
    void transcriptionDone(const mi::TranscribedAnswer &answer);
    bool canTranscribe() const;
    bool hasMicrophone() const;
    void showAvailability();

    mi::AnswerRecorder *m_recorder;
    TranscriptionJob *m_job;
    QPushButton *m_record;
    QPushButton *m_pause;
    RecordingMeter *m_meter;
    AudioPlayButton *m_play;
    QLabel *m_caption;
    QLabel *m_message;
    QString m_recordingPath;
    mi::TranscriptionRequest m_expected;
    bool m_answering = false;
};
