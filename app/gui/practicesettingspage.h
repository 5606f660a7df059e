#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

// How practice starts (mode, interviewer, voice: what the home page
// preselects) and whether time limits submit answers.
class PracticeSettingsPage : public QWidget
{
    Q_OBJECT
public:
    PracticeSettingsPage(bool voiceAvailable, QWidget *parent = nullptr);
    void load();
    void restoreDefaults();
    void save() const;

private:
    QComboBox *m_mode;
    QComboBox *m_persona;
    QCheckBox *m_voice;
    QComboBox *m_timeLimits;
    bool m_voiceAvailable;
};
