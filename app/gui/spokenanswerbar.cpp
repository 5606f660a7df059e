#include "spokenanswerbar.h"

#include "audioplaybutton.h"
#include "delivery.h"
#include "deliveryjson.h"
#include "recordingmeter.h"
#include "transcriptionjob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

SpokenAnswerBar::SpokenAnswerBar(QWidget *parent)
    : QWidget(parent)
    , m_recorder(new mi::AnswerRecorder(this))
    , m_job(new TranscriptionJob(this))
    , m_record(new QPushButton)
    , m_pause(new QPushButton)
    , m_meter(new RecordingMeter)
    , m_play(new AudioPlayButton)
    , m_caption(new QLabel)
    , m_message(new QLabel)
{
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_pause->setObjectName(QStringLiteral("pauseRecordingButton"));
    m_caption->setObjectName(QStringLiteral("liveCaption"));
    m_message->setObjectName(QStringLiteral("speechMessage"));
    m_record->setToolTip(tr("Speak your answer instead of typing it (Ctrl+R starts and stops)"));
    m_pause->setToolTip(tr("Pause or resume the recording (Ctrl+Shift+R)"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-style: italic; }")); // heard, not yet the answer
    m_caption->setAccessibleName(tr("Live caption"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *> {m_record, m_pause, m_meter, m_play})
        row->addWidget(w);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_caption);
    layout->addWidget(m_message);

    connect(m_record, &QPushButton::clicked, this, &SpokenAnswerBar::toggleRecording);
    connect(m_pause, &QPushButton::clicked, this, &SpokenAnswerBar::togglePause);
    connect(m_recorder, &mi::AnswerRecorder::stateChanged, this, &SpokenAnswerBar::showRecorderState);
    connect(m_recorder, &mi::AnswerRecorder::levelChanged, this, [this](double rms) {
        m_meter->setLevel(rms);
        showElapsed();
    });
    connect(m_recorder, &mi::AnswerRecorder::errorOccurred, this, &SpokenAnswerBar::recorderFailed);
    connect(m_recorder, &mi::AnswerRecorder::maximumDurationReached, this, [this] {
        setMessage(tr("The recording reached its maximum length of %1 and stopped.")
                       .arg(RecordingMeter::minutesSeconds(m_recorder->maximumDurationMs())));
    });
    connect(m_recorder, &mi::AnswerRecorder::finished, this, &SpokenAnswerBar::recorded);
    connect(m_job, &TranscriptionJob::transcribed, this, &SpokenAnswerBar::transcriptionDone);
    connect(m_job, &TranscriptionJob::failed, this, [this](const QString &why) {
        setMessage(tr("Could not transcribe the recording: %1\nThe recording is kept with your answer; type the text instead.").arg(why));
    });
    connect(m_play, &AudioPlayButton::playbackFailed, this, &SpokenAnswerBar::setMessage);
    // A microphone plugged in (or a sound server started) while the page is open.
    connect(new QMediaDevices(this), &QMediaDevices::audioInputsChanged, this, [this] {
        if (m_answering && m_recorder->state() == mi::AnswerRecorder::State::Idle)
            showAvailability();
    });
    showRecorderState();
}

bool SpokenAnswerBar::hasMicrophone() const
{
    return !mi::AnswerRecorder::inputDevices().isEmpty();
}

bool SpokenAnswerBar::canTranscribe() const
{
    return m_job->transcriber().supportsLanguage(m_expected.language);
}

void SpokenAnswerBar::beginAnswer(const QString &recordingPath, qint64 maximumMs, const mi::TranscriptionRequest &expected)
{
    if (m_recorder->state() != mi::AnswerRecorder::State::Idle) {
        const QSignalBlocker quiet(m_recorder); // left over from an answer already gone
        m_recorder->stop();
        showRecorderState();
    }
    m_job->cancel();
    m_recordingPath = recordingPath;
    m_expected = expected;
    m_recorder->setMaximumDurationMs(maximumMs);
    m_answering = true;
    m_play->setFile({});
    m_meter->setActive(false);
    showElapsed();
    showAvailability();
}

void SpokenAnswerBar::showAvailability()
{
    m_record->setEnabled(m_answering && hasMicrophone() && !m_recordingPath.isEmpty());
    if (!hasMicrophone())
        setMessage(tr("No microphone found: type your answer. Speaking needs a microphone and a sound server (PulseAudio or PipeWire)."));
    else if (!canTranscribe())
        setMessage(tr("Speech in this pack's language cannot be transcribed yet: the offline recogniser has only an English model. "
                      "You can still record; the recording is kept with your answer, and you type the text."));
    else
        setMessage({});
}

void SpokenAnswerBar::endAnswer()
{
    m_answering = false;
    m_job->cancel();
    m_recorder->stop();
    m_record->setEnabled(false);
    setMessage({}); // advice for the answer just submitted
}

void SpokenAnswerBar::transcribe(const QString &keptRecording)
{
    if (!m_answering)
        return;
    if (!canTranscribe())
        return setMessage(tr("Recording kept (%1). Type the answer text: this language cannot be transcribed yet.")
                              .arg(RecordingMeter::minutesSeconds(m_recorder->elapsedMs())));
    setMessage(tr("Transcribing %1 of speech…").arg(RecordingMeter::minutesSeconds(m_recorder->elapsedMs())));
    mi::TranscriptionRequest request = m_expected;
    request.audioPath = keptRecording;
    m_job->start(request);
}

void SpokenAnswerBar::transcriptionDone(const mi::TranscribedAnswer &answer)
{
    if (!m_answering)
        return;
    if (answer.transcript.text.trimmed().isEmpty())
        return setMessage(tr("No words were recognised in the recording. It is kept with your answer; type the text instead."));
    setMessage(tr("Transcribed in %1 s. Check and edit the text before submitting.").arg(answer.transcript.processingSeconds, 0, 'f', 1));
    emit transcribed(answer.transcript.text, mi::deliveryJsonText(answer.delivery));
}

void SpokenAnswerBar::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SpokenAnswerBar::setLiveCaption(const QString &text)
{
    if (m_recorder->state() == mi::AnswerRecorder::State::Idle || text.isEmpty())
        return;
    // Delivery as it happens, from the caption so far: pace and fillers heard.
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const double minutes = double(m_recorder->elapsedMs()) / 60000.0;
    const int pace = minutes > 0.05 ? qRound(double(text.split(spaces, Qt::SkipEmptyParts).size()) / minutes) : 0;
    const int fillers = int(mi::fillerWords(text, m_expected.language).size());
    m_caption->setText(tr("%1  ·  %2 words/min, %n filler(s)", nullptr, fillers).arg(text).arg(pace));
}

void SpokenAnswerBar::toggleRecording()
{
    if (m_recorder->state() != mi::AnswerRecorder::State::Idle)
        return m_recorder->stop();
    if (!m_answering)
        return;
    m_job->cancel(); // a new take replaces the one being transcribed
    if (m_recorder->start(m_recordingPath))
        setMessage({});
}

void SpokenAnswerBar::togglePause()
{
    if (m_recorder->state() == mi::AnswerRecorder::State::Recording)
        m_recorder->pause();
    else
        m_recorder->resume();
}

void SpokenAnswerBar::showRecorderState()
{
    const auto state = m_recorder->state();
    const bool idle = state == mi::AnswerRecorder::State::Idle;
    m_record->setText(idle ? tr("Speak answer") : tr("Stop"));
    m_record->setIcon(style()->standardIcon(idle ? QStyle::SP_MediaPlay : QStyle::SP_MediaStop));
    m_pause->setText(state == mi::AnswerRecorder::State::Paused ? tr("Resume") : tr("Pause"));
    // setText() replaces a button's shortcut with the text's mnemonic: set them after it.
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_pause->setEnabled(!idle);
    m_meter->setActive(!idle);
    // Until the streaming recogniser's first words arrive (or for a language
    // it has no model for) the line says captions are unavailable.
    if (idle)
        m_caption->setText(tr("Live captions unavailable"));
    m_caption->setVisible(!idle);
    showElapsed();
}

void SpokenAnswerBar::showElapsed()
{
    m_meter->setTime(m_recorder->elapsedMs(), m_recorder->maximumDurationMs());
}

void SpokenAnswerBar::recorderFailed(mi::AnswerRecorder::Error error, const QString &message)
{
    if (error == mi::AnswerRecorder::Error::NoInputDevice)
        return showAvailability();
    setMessage(tr("%1 Typed answers work as usual.").arg(message));
}
