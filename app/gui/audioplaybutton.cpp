#include "audioplaybutton.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QStyle>
#include <QUrl>

AudioPlayButton::AudioPlayButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("playRecordingButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAccessibleName(tr("Play the recorded answer"));
    connect(this, &QToolButton::clicked, this, &AudioPlayButton::toggle);
    showState();
    hide();
}

void AudioPlayButton::setFile(const QString &path)
{
    if (m_player)
        m_player->stop();
    m_file = path;
    if (m_player)
        m_player->setSource(QUrl::fromLocalFile(path));
    setVisible(!path.isEmpty());
    showState();
}

bool AudioPlayButton::isPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

void AudioPlayButton::toggle()
{
    if (m_file.isEmpty())
        return;
    if (!m_player) {
        m_player = new QMediaPlayer(this);
        m_output = new QAudioOutput(this);
        m_player->setAudioOutput(m_output);
        connect(m_player, &QMediaPlayer::playbackStateChanged, this, &AudioPlayButton::showState);
        connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) { emit playbackFailed(tr("Cannot play the recording: %1").arg(message)); });
        m_player->setSource(QUrl::fromLocalFile(m_file));
    }
    if (isPlaying())
        m_player->pause();
    else
        m_player->play();
}

void AudioPlayButton::showState()
{
    const bool playing = isPlaying();
    setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    setText(playing ? tr("Pause") : tr("Play recording"));
    setToolTip(playing ? tr("Pause the recorded answer") : tr("Listen to the recorded answer"));
}
