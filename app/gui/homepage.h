#pragma once

#include "packs/packlibrary.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class SessionListModel;
namespace mi { struct SessionInfo; }

// Where a practice starts: choose a pack and its rounds; below, the history of
// saved sessions to open or resume.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    HomePage(const mi::PackLibrary &library, QWidget *parent = nullptr);
    void setSessions(QList<mi::SessionInfo> sessions);
    void selectPack(const QString &packId);
    QString selectedPackId() const;

signals:
    void startRequested(const QString &packId, const QStringList &roundIds);
    void openSessionRequested(qint64 sessionId);
    void resumeSessionRequested(qint64 sessionId);

private:
    void showPack();
    void updateSessionButtons();
    QStringList checkedRounds() const;

    const mi::PackLibrary &m_library;
    QListWidget *m_packs;
    QLabel *m_packTitle;
    QLabel *m_packDescription;
    QListWidget *m_rounds;
    QPushButton *m_start;
    QTableView *m_history;
    SessionListModel *m_sessionModel;
    QPushButton *m_open;
    QPushButton *m_resume;
};
