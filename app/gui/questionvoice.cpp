#include "questionvoice.h"

#ifdef MOCKINTERVIEW_HAVE_TTS
#include <QTextToSpeech>
#include <QVoice>
#endif

QuestionVoice::QuestionVoice(QObject *parent) : QObject(parent)
{
#ifdef MOCKINTERVIEW_HAVE_TTS
    // The order of availableEngines() varies between systems: choose by name.
    // speech-dispatcher usually has Chinese voices (espeak-ng); flite is English only.
    const QStringList engines = QTextToSpeech::availableEngines();
    for (const QString &preferred : {QStringLiteral("speechd"), QStringLiteral("flite")}) {
        if (engines.contains(preferred)) {
            m_engine = preferred;
            break;
        }
    }
    if (m_engine.isEmpty() && !engines.isEmpty() && engines.first() != u"mock")
        m_engine = engines.first();
    if (!m_engine.isEmpty()) {
        m_speech = new QTextToSpeech(m_engine, this);
        if (m_speech->state() == QTextToSpeech::Error) {
            delete m_speech;
            m_speech = nullptr;
        }
    }
#endif
}

void QuestionVoice::speak(const QString &text, const QString &language)
{
#ifdef MOCKINTERVIEW_HAVE_TTS
    if (!m_speech || !m_enabled)
        return;
    const QLocale wanted(language == u"en" ? QStringLiteral("en_US") : QStringLiteral("zh_CN"));
    for (const QLocale &locale : m_speech->availableLocales()) {
        if (locale.language() == wanted.language()) {
            m_speech->setLocale(locale);
            break;
        }
    }
    m_speech->stop();
    m_speech->say(text);
#else
    Q_UNUSED(text);
    Q_UNUSED(language);
#endif
}

void QuestionVoice::stop()
{
#ifdef MOCKINTERVIEW_HAVE_TTS
    if (m_speech)
        m_speech->stop();
#endif
}
