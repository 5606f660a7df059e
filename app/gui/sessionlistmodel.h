#pragma once

#include "storage/sessionrepository.h"

#include <QAbstractTableModel>

// Saved sessions for the home page's history table; a thin adapter over the repository.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Pack, Turns, Overall, Status, ColumnCount };

    explicit SessionListModel(QObject *parent = nullptr);
    void setSessions(QList<mi::SessionInfo> sessions);
    const mi::SessionInfo *session(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<mi::SessionInfo> m_sessions;
};
