#pragma once

#include <QObject>

class QTextToSpeech;

// Reads questions aloud with Qt TextToSpeech when an engine is installed,
// choosing a voice for the pack's language. Without an engine it reports
// unavailable and does nothing.
class QuestionVoice : public QObject
{
    Q_OBJECT
public:
    explicit QuestionVoice(QObject *parent = nullptr);

    bool available() const { return m_speech != nullptr; }
    QString engineName() const { return m_engine; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void speak(const QString &text, const QString &language);
    void stop();

private:
    QTextToSpeech *m_speech = nullptr;
    QString m_engine;
    bool m_enabled = false;
};
