#include "settingsdialog.h"

#include "generalsettingspage.h"
#include "practicesettingspage.h"
#include "speechsettingspage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(bool voiceAvailable, QWidget *parent)
    : QDialog(parent), m_general(new GeneralSettingsPage), m_practice(new PracticeSettingsPage(voiceAvailable)), m_speech(new SpeechSettingsPage)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->setAccessibleName(tr("Settings areas"));
    tabs->addTab(m_general, tr("&General"));
    tabs->addTab(m_practice, tr("&Practice"));
    tabs->addTab(m_speech, tr("&Spoken answers"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_general->restoreDefaults();
        m_practice->restoreDefaults();
        m_speech->restoreDefaults();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void SettingsDialog::accept()
{
    m_restartNeeded = m_general->changesNeedRestart();
    m_general->save();
    m_practice->save();
    m_speech->save();
    QDialog::accept();
}
