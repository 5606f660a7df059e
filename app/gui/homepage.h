#pragma once

#include "packs/packlibrary.h"
#include "practicesetup.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;
class QPushButton;
class QTableView;
class PracticeSetupPanel;
class SessionListModel;
namespace mi { struct SessionInfo; }

// Where a practice starts: choose a pack and how to practise it; below, the history of
// saved sessions to open or resume.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    HomePage(const mi::PackLibrary &library, bool voiceAvailable, QWidget *parent = nullptr);
    void setSessions(QList<mi::SessionInfo> sessions);
    void setDueCount(int dueItems);
    void selectPack(const QString &packId);
    QString selectedPackId() const;
    qint64 selectedSessionId() const; // 0 when none
    void reloadSettings(); // after the settings dialog: the preselected mode, persona, voice

signals:
    void startRequested(const PracticeSetup &setup);
    void openSessionRequested(qint64 sessionId);
    void resumeSessionRequested(qint64 sessionId);
    void progressRequested();
    void reviewRequested(const QString &language);

private:
    void updateSessionButtons();

    const mi::PackLibrary &m_library;
    QTreeWidget *m_packs;
    PracticeSetupPanel *m_setup;
    QTableView *m_history;
    SessionListModel *m_sessionModel;
    QPushButton *m_open;
    QPushButton *m_resume;
    QPushButton *m_progress;
    QPushButton *m_review;
    QComboBox *m_historyFilter;
    QList<mi::SessionInfo> m_allSessions;
    void applyHistoryFilter();
};
