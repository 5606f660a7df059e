#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// The microphone level and the time used of the maximum while an answer is
// recorded: "0:42 / 4:00" beside a bar.
class RecordingMeter : public QWidget
{
    Q_OBJECT
public:
    explicit RecordingMeter(QWidget *parent = nullptr);

    // `rms` as a fraction of full scale.
    void setLevel(double rms);
    void setTime(qint64 elapsedMs, qint64 maximumMs);
    void setActive(bool active);

    static QString minutesSeconds(qint64 ms);

private:
    QProgressBar *m_level;
    QLabel *m_time;
};
