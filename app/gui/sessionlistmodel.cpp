#include "sessionlistmodel.h"

#include <QLocale>

SessionListModel::SessionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SessionListModel::setSessions(QList<mi::SessionInfo> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

const mi::SessionInfo *SessionListModel::session(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_sessions.size() ? &m_sessions[index.row()] : nullptr;
}

int SessionListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_sessions.size()); }

int SessionListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    const mi::SessionInfo *s = session(index);
    if (!s)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == Turns || index.column() == Overall))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started: return QLocale().toString(s->startedAt.toLocalTime(), QLocale::ShortFormat);
    case Pack: return s->packTitle.isEmpty() ? s->packId : s->packTitle;
    case Turns: return s->turnCount;
    case Overall: return s->overall ? QString::number(*s->overall, 'f', 1) : QStringLiteral("–");
    case Status: return s->finishedAt.isValid() ? tr("finished") : (s->hasDraft ? tr("unfinished, draft saved") : tr("unfinished"));
    default: return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Pack: return tr("Pack");
    case Turns: return tr("Turns");
    case Overall: return tr("Score");
    case Status: return tr("Status");
    default: return {};
    }
}
