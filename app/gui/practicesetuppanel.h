#pragma once

#include "packs/packlibrary.h"
#include "practicesetup.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

// The right side of the home page: the chosen pack, how to practise it
// (mode, interviewer persona, voice) and which rounds — or, for a topic drill,
// which topics — to include.
class PracticeSetupPanel : public QWidget
{
    Q_OBJECT
public:
    PracticeSetupPanel(const mi::PackLibrary &library, bool voiceAvailable, QWidget *parent = nullptr);
    void showPack(const QString &packId);
    PracticeSetup setup() const;
    void loadSettings(); // preselect mode, persona and voice as last chosen

signals:
    void startRequested(const PracticeSetup &setup);

private:
    void fillChoices();
    QStringList checkedItems() const;
    mi::PracticeMode mode() const;

    const mi::PackLibrary &m_library;
    QString m_packId;
    QLabel *m_title;
    QLabel *m_description;
    QComboBox *m_mode;
    QComboBox *m_persona;
    QCheckBox *m_voice;
    QLabel *m_choicesLabel;
    QListWidget *m_choices;
    QPushButton *m_start;
    QPushButton *m_mentorLed;
    bool m_voiceAvailable;
};
