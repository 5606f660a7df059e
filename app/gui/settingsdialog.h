#pragma once

#include <QDialog>

class GeneralSettingsPage;
class PracticeSettingsPage;
class SpeechSettingsPage;

// File ▸ Settings…: one tab per area. Nothing is written until OK; Restore
// defaults resets the fields of every tab, still to be confirmed with OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(bool voiceAvailable, QWidget *parent = nullptr);
    // After accepting: whether a saved change waits for the next start.
    bool restartNeeded() const { return m_restartNeeded; }

    void accept() override;

private:
    GeneralSettingsPage *m_general;
    PracticeSettingsPage *m_practice;
    SpeechSettingsPage *m_speech;
    bool m_restartNeeded = false;
};
