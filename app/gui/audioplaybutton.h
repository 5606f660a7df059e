#pragma once

#include <QToolButton>

class QAudioOutput;
class QMediaPlayer;

// Plays a recorded answer and pauses it again. The player is made on the
// first click: most answers are never played back, and a media backend
// costs time to start.
class AudioPlayButton : public QToolButton
{
    Q_OBJECT
public:
    explicit AudioPlayButton(QWidget *parent = nullptr);

    // An empty path hides the button.
    void setFile(const QString &path);
    QString file() const { return m_file; }
    bool isPlaying() const;

signals:
    void playbackFailed(const QString &message);

private:
    void toggle();
    void showState();

    QString m_file;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
};
