#pragma once

#include "storage/draftstore.h"

#include <QObject>
#include <QTimer>

class QPlainTextEdit;

// Saves what is typed into the answer editor every 1.5 s while it changes and
// whenever the editor loses focus, so a crash or kill loses at most that.
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    DraftAutosaver(QPlainTextEdit *editor, std::shared_ptr<mi::Database> db, QObject *parent = nullptr);

    void setTurn(qint64 sessionId, int turnIndex); // saves the previous turn first
    void saveNow();

signals:
    void saveFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    mi::DraftStore m_store;
    QTimer m_timer;
    qint64 m_sessionId = 0;
    int m_turnIndex = -1;
    bool m_dirty = false;
};
