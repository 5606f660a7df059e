#include "practicesetuppanel.h"

#include "packs/topicpack.h"
#include "practicesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PracticeSetupPanel::PracticeSetupPanel(const mi::PackLibrary &library, bool voiceAvailable, QWidget *parent)
    : QWidget(parent), m_library(library), m_title(new QLabel), m_description(new QLabel), m_mode(new QComboBox),
      m_persona(new QComboBox), m_voice(new QCheckBox(tr("Read questions aloud"))), m_choicesLabel(new QLabel),
      m_choices(new QListWidget), m_start(new QPushButton(tr("&Start practice"))),
      m_mentorLed(new QPushButton(tr("&Mentor-led…"))), m_voiceAvailable(voiceAvailable)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);

    m_mode->addItem(tr("Full script, in order"), int(mi::PracticeMode::Script));
    m_mode->addItem(tr("Topic drill (adaptive difficulty)"), int(mi::PracticeMode::TopicDrill));
    m_mode->addItem(tr("Quick 5-question warm-up"), int(mi::PracticeMode::WarmUp));
    m_mode->addItem(tr("Timed exam (time limits enforced)"), int(mi::PracticeMode::Exam));
    m_persona->addItem(tr("Friendly — gives hints, drills gently"), int(mi::PersonaKind::Friendly));
    m_persona->addItem(tr("Neutral"), int(mi::PersonaKind::Neutral));
    m_persona->addItem(tr("Strict — drills deeper, no hints"), int(mi::PersonaKind::Strict));
    m_mode->setAccessibleName(tr("Practice mode"));
    m_persona->setAccessibleName(tr("Interviewer persona"));
    m_choices->setAccessibleName(tr("Rounds or topics to include"));

    loadSettings();
    m_voice->setEnabled(voiceAvailable);
    m_voice->setToolTip(voiceAvailable ? tr("The interviewer reads each question aloud")
                                       : tr("No text-to-speech engine is installed (for example qt6-speech-speechd-plugin or qt6-speech-flite-plugin)"));

    m_start->setDefault(true);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Start (Ctrl+Enter)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Interviewer:"), m_persona);
    form->addRow(QString(), m_voice);
    auto *startRow = new QHBoxLayout;
    startRow->addStretch();
    m_mentorLed->setToolTip(tr("Run the interview as a mentor: a console for you, a separate window for the candidate"));
    connect(m_mentorLed, &QPushButton::clicked, this, [this] {
        PracticeSetup chosen = setup();
        chosen.mentorLed = true;
        if (!m_packId.isEmpty())
            emit startRequested(chosen);
    });
    startRow->addWidget(m_mentorLed);
    startRow->addWidget(m_start);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(m_choicesLabel);
    layout->addWidget(m_choices, 1);
    layout->addLayout(startRow);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &PracticeSetupPanel::fillChoices);
    connect(m_choices, &QListWidget::itemChanged, this, [this] {
        m_start->setEnabled(!m_packId.isEmpty() && (mode() == mi::PracticeMode::TopicDrill || !checkedItems().isEmpty()));
        m_mentorLed->setEnabled(m_start->isEnabled());
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        settings::practiceMode.setValue(mode());
        settings::interviewerPersona.setValue(mi::PersonaKind(m_persona->currentData().toInt()));
        if (m_voiceAvailable) // unchecked only because it cannot speak: keep the choice
            settings::speakQuestions.setValue(m_voice->isChecked());
        if (!m_packId.isEmpty())
            emit startRequested(setup());
    });
}

void PracticeSetupPanel::loadSettings()
{
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(settings::practiceMode.value()))));
    m_persona->setCurrentIndex(std::max(0, m_persona->findData(int(settings::interviewerPersona.value()))));
    m_voice->setChecked(m_voiceAvailable && settings::speakQuestions.value());
}

mi::PracticeMode PracticeSetupPanel::mode() const { return mi::PracticeMode(m_mode->currentData().toInt()); }

void PracticeSetupPanel::showPack(const QString &packId)
{
    m_packId = packId;
    const mi::Pack *pack = m_library.pack(packId);
    m_title->setText(pack ? pack->title : QString());
    m_description->setText(pack ? pack->description : QString());
    fillChoices();
}

void PracticeSetupPanel::fillChoices()
{
    const mi::Pack *pack = m_library.pack(m_packId);
    m_choices->clear();
    m_start->setEnabled(pack != nullptr);
    m_mentorLed->setEnabled(m_start->isEnabled());
    if (!pack)
        return;
    const bool drill = mode() == mi::PracticeMode::TopicDrill;
    m_choicesLabel->setText(drill ? tr("Topics (from every %1 pack; none checked = all):").arg(pack->language == u"en" ? tr("English") : tr("Chinese"))
                                  : tr("Rounds:"));
    if (drill) {
        for (const QString &tag : mi::questionTags(m_library, pack->language)) {
            auto *item = new QListWidgetItem(tag);
            item->setData(Qt::UserRole, tag);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(pack->tags.contains(tag) ? Qt::Checked : Qt::Unchecked);
            m_choices->addItem(item);
        }
        return;
    }
    for (const mi::Round &round : pack->rounds) {
        auto *item = new QListWidgetItem(tr("%1 (%n question(s))", nullptr, int(round.questions.size())).arg(round.title));
        item->setData(Qt::UserRole, round.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        m_choices->addItem(item);
    }
}

QStringList PracticeSetupPanel::checkedItems() const
{
    QStringList ids;
    for (int i = 0; i < m_choices->count(); ++i)
        if (m_choices->item(i)->checkState() == Qt::Checked)
            ids.append(m_choices->item(i)->data(Qt::UserRole).toString());
    return ids;
}

PracticeSetup PracticeSetupPanel::setup() const
{
    PracticeSetup s;
    s.packId = m_packId;
    s.options.mode = mode();
    s.options.persona = mi::PersonaKind(m_persona->currentData().toInt());
    if (s.options.mode == mi::PracticeMode::TopicDrill)
        s.options.tags = checkedItems();
    else
        s.options.roundIds = checkedItems();
    s.speakQuestions = m_voice->isChecked();
    return s;
}
