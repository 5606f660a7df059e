#pragma once

#include "mentor/mentortypes.h"

#include <QTableWidget>

// The rubric of one answer: each point with the machine's judgement and the
// mentor's (none / hit / partial / miss) and a reason. Edits are reported, not
// applied: the review editor makes them undoable.
class PointOverrideTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit PointOverrideTable(QWidget *parent = nullptr);
    void showPoints(const QList<mi::PointResult> &points, const mi::TurnReview &review);

signals:
    void judgementChanged(int position, std::optional<mi::PointJudgement> judgement, const QString &reason);

private:
    void emitRow(int row);
    bool m_filling = false;
};
