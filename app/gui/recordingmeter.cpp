#include "recordingmeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <algorithm>
#include <cmath>

RecordingMeter::RecordingMeter(QWidget *parent)
    : QWidget(parent)
    , m_level(new QProgressBar)
    , m_time(new QLabel)
{
    m_level->setObjectName(QStringLiteral("levelMeter"));
    m_time->setObjectName(QStringLiteral("recordingTime"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumWidth(160);
    m_level->setAccessibleName(tr("Microphone level"));
    m_time->setAccessibleName(tr("Recording time used of the maximum"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_level);
    layout->addWidget(m_time);
    setActive(false);
}

QString RecordingMeter::minutesSeconds(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Speech sits far below full scale; a decibel scale (-60 dBFS to 0) shows
// quiet and loud talking alike.
void RecordingMeter::setLevel(double rms)
{
    const double db = rms > 0 ? 20.0 * std::log10(rms) : -60.0;
    m_level->setValue(int(std::clamp((db + 60.0) / 60.0, 0.0, 1.0) * 100));
}

void RecordingMeter::setTime(qint64 elapsedMs, qint64 maximumMs)
{
    m_time->setText(tr("%1 / %2").arg(minutesSeconds(elapsedMs), minutesSeconds(maximumMs)));
}

void RecordingMeter::setActive(bool active)
{
    m_level->setEnabled(active);
    if (!active)
        m_level->setValue(0);
}
