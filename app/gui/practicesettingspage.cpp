#include "practicesettingspage.h"

#include "practicesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
void select(QComboBox *combo, int value) { combo->setCurrentIndex(std::max(0, combo->findData(value))); }
} // namespace

PracticeSettingsPage::PracticeSettingsPage(bool voiceAvailable, QWidget *parent)
    : QWidget(parent), m_mode(new QComboBox), m_persona(new QComboBox), m_voice(new QCheckBox(tr("&Read questions aloud"))), m_timeLimits(new QComboBox),
      m_voiceAvailable(voiceAvailable)
{
    m_mode->setObjectName(QStringLiteral("practiceModeCombo"));
    m_mode->setAccessibleName(tr("Default practice mode"));
    m_mode->addItem(tr("Full script, in order"), int(mi::PracticeMode::Script));
    m_mode->addItem(tr("Topic drill (adaptive difficulty)"), int(mi::PracticeMode::TopicDrill));
    m_mode->addItem(tr("Quick 5-question warm-up"), int(mi::PracticeMode::WarmUp));
    m_mode->addItem(tr("Timed exam (time limits enforced)"), int(mi::PracticeMode::Exam));
    m_persona->setObjectName(QStringLiteral("personaCombo"));
    m_persona->setAccessibleName(tr("Interviewer persona"));
    m_persona->addItem(tr("Friendly — gives hints, drills gently"), int(mi::PersonaKind::Friendly));
    m_persona->addItem(tr("Neutral"), int(mi::PersonaKind::Neutral));
    m_persona->addItem(tr("Strict — drills deeper, no hints"), int(mi::PersonaKind::Strict));
    m_voice->setObjectName(QStringLiteral("voiceCheck"));
    m_voice->setEnabled(voiceAvailable);
    if (!voiceAvailable)
        m_voice->setToolTip(tr("No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)"));
    m_timeLimits->setObjectName(QStringLiteral("timeLimitsCombo"));
    m_timeLimits->setAccessibleName(tr("Time limits"));
    m_timeLimits->addItem(tr("Submit when time is up in timed exams only"), int(settings::TimeLimitPolicy::ExamOnly));
    m_timeLimits->addItem(tr("Submit when time is up in every mode"), int(settings::TimeLimitPolicy::Always));
    m_timeLimits->addItem(tr("Never submit for me: the clock only counts"), int(settings::TimeLimitPolicy::Never));

    auto *note = new QLabel(tr("Each question has a time limit; the clock shows it and turns red past it, "
                               "and the report notes overruns whatever you choose here."));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    // Rows keep their natural height; spare height goes below the form.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addStretch();
    form->addRow(tr("Default &mode:"), m_mode);
    form->addRow(tr("&Interviewer:"), m_persona);
    form->addRow(QString(), m_voice);
    form->addRow(tr("&Time limits:"), m_timeLimits);
    outer->insertWidget(1, note); // below the form, which would leave gaps around a wrapped label
    load();
}

void PracticeSettingsPage::load()
{
    select(m_mode, int(settings::practiceMode.value()));
    select(m_persona, int(settings::interviewerPersona.value()));
    m_voice->setChecked(m_voiceAvailable && settings::speakQuestions.value());
    select(m_timeLimits, int(settings::timeLimits.value()));
}

void PracticeSettingsPage::restoreDefaults()
{
    select(m_mode, int(settings::practiceMode.defaultValue()));
    select(m_persona, int(settings::interviewerPersona.defaultValue()));
    m_voice->setChecked(m_voiceAvailable && settings::speakQuestions.defaultValue());
    select(m_timeLimits, int(settings::timeLimits.defaultValue()));
}

void PracticeSettingsPage::save() const
{
    settings::practiceMode.setValue(mi::PracticeMode(m_mode->currentData().toInt()));
    settings::interviewerPersona.setValue(mi::PersonaKind(m_persona->currentData().toInt()));
    // Without an engine the box is off and disabled: keep what was chosen for
    // when one is installed.
    if (m_voiceAvailable)
        settings::speakQuestions.setValue(m_voice->isChecked());
    settings::timeLimits.setValue(settings::TimeLimitPolicy(m_timeLimits->currentData().toInt()));
}
