#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Spoken answers: the microphone and the speech-to-text engine with the
// fields that engine needs (the others are disabled, not hidden, so the
// form does not jump about while choosing).
class SpeechSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SpeechSettingsPage(QWidget *parent = nullptr);
    void load();
    void restoreDefaults();
    void save() const;

private:
    void fillMicrophones(const QString &selectedId);
    void updateFields();

    QComboBox *m_microphone;
    QLabel *m_microphoneNote;
    QComboBox *m_engine;
    QLineEdit *m_endpoint;
    QLineEdit *m_model;
    QLineEdit *m_apiKey;
    QLineEdit *m_cliPath;
    QLineEdit *m_modelPath;
    QSpinBox *m_timeout;
};
