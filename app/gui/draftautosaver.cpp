#include "draftautosaver.h"

#include <QEvent>
#include <QPlainTextEdit>

DraftAutosaver::DraftAutosaver(QPlainTextEdit *editor, std::shared_ptr<mi::Database> db, QObject *parent)
    : QObject(parent), m_editor(editor), m_store(std::move(db))
{
    m_timer.setInterval(1500);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::saveNow);
    connect(editor, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });
    editor->installEventFilter(this);
    m_timer.start();
}

void DraftAutosaver::setTurn(qint64 sessionId, int turnIndex)
{
    saveNow();
    m_sessionId = sessionId;
    m_turnIndex = turnIndex;
    m_dirty = false;
}

void DraftAutosaver::saveNow()
{
    if (!m_dirty || m_sessionId <= 0 || m_turnIndex < 0 || m_editor->isReadOnly())
        return;
    if (mi::Result<void> saved = m_store.save(m_sessionId, m_turnIndex, m_editor->toPlainText()); !saved)
        emit saveFailed(saved.error().message);
    else
        m_dirty = false;
}

bool DraftAutosaver::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        saveNow();
    return QObject::eventFilter(watched, event);
}
