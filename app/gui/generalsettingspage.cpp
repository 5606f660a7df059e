#include "generalsettingspage.h"

#include "generalsettings.h"
#include "reviewsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : QWidget(parent), m_language(new QComboBox), m_dataFolder(new QLineEdit), m_welcome(new QCheckBox(tr("Show the &welcome screen at the next start"))),
      m_mentorName(new QLineEdit)
{
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the interface"));
    // Each language is also named in itself, so someone who cannot read the
    // current language still finds their own.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese (Simplified) — %1").arg(QLocale(QLocale::Chinese, QLocale::China).nativeLanguageName()), QStringLiteral("zh_CN"));

    m_dataFolder->setObjectName(QStringLiteral("dataFolderEdit"));
    m_dataFolder->setAccessibleName(tr("Data folder"));
    m_dataFolder->setPlaceholderText(settings::defaultDataFolder());
    m_dataFolder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the data folder"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = m_dataFolder->text().isEmpty() ? settings::defaultDataFolder() : m_dataFolder->text();
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Data folder"), start);
        if (!chosen.isEmpty())
            m_dataFolder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Data folder:"));
    folderLabel->setBuddy(m_dataFolder);

    m_welcome->setObjectName(QStringLiteral("welcomeCheck"));
    m_mentorName->setObjectName(QStringLiteral("mentorNameEdit"));
    m_mentorName->setAccessibleName(tr("Mentor name"));
    m_mentorName->setPlaceholderText(qEnvironmentVariable("USER", QStringLiteral("mentor")));
    m_mentorName->setToolTip(tr("Signs your scores, comments and verdicts when you review a session or lead an interview"));

    auto *note = new QLabel(tr("The language and the data folder take effect when Mock Interview is restarted. "
                               "Your history stays where it is: to keep it, move mockinterview.sqlite into the new folder yourself. "
                               "Leave the folder empty for the standard place."));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    // Rows keep their natural height; spare height goes below the form.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addStretch();
    form->addRow(tr("&Language:"), m_language);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_welcome);
    form->addRow(tr("&Mentor name:"), m_mentorName);
    // Below the form: QFormLayout gives a wrapped label the height of its
    // narrowest layout, which leaves gaps around it.
    outer->insertWidget(1, note);
    load();
}

void GeneralSettingsPage::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::uiLanguage.value())));
    m_dataFolder->setText(QDir::toNativeSeparators(settings::dataFolder.value()));
    m_welcome->setChecked(!settings::firstRunDone.value());
    m_mentorName->setText(settings::mentorNameSetting.value());
}

void GeneralSettingsPage::restoreDefaults()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::uiLanguage.defaultValue())));
    m_dataFolder->setText(settings::dataFolder.defaultValue());
    m_welcome->setChecked(!settings::firstRunDone.defaultValue());
    m_mentorName->setText(settings::mentorNameSetting.defaultValue());
}

bool GeneralSettingsPage::changesNeedRestart() const
{
    return m_language->currentData().toString() != settings::uiLanguage.value()
        || QDir::fromNativeSeparators(m_dataFolder->text().trimmed()) != settings::dataFolder.value();
}

void GeneralSettingsPage::save() const
{
    settings::uiLanguage.setValue(m_language->currentData().toString());
    settings::dataFolder.setValue(QDir::fromNativeSeparators(m_dataFolder->text().trimmed()));
    settings::firstRunDone.setValue(!m_welcome->isChecked());
    settings::mentorNameSetting.setValue(m_mentorName->text().trimmed());
}
