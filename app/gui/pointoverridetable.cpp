#include "pointoverridetable.h"

#include <QComboBox>
#include <QHeaderView>

namespace {
enum Column { PointColumn, MachineColumn, MentorColumn, ReasonColumn };
}

PointOverrideTable::PointOverrideTable(QWidget *parent) : QTableWidget(0, 4, parent)
{
    setHorizontalHeaderLabels({tr("Rubric point"), tr("Machine"), tr("Mentor"), tr("Reason")});
    horizontalHeader()->setSectionResizeMode(PointColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(MachineColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(MentorColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    verticalHeader()->hide();
    setWordWrap(true);
    setAccessibleName(tr("Rubric points with the mentor's judgements"));
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == ReasonColumn)
            emitRow(item->row());
    });
}

void PointOverrideTable::showPoints(const QList<mi::PointResult> &points, const mi::TurnReview &review)
{
    m_filling = true;
    setRowCount(int(points.size()));
    for (int row = 0; row < points.size(); ++row) {
        const mi::PointResult &p = points[row];
        auto *text = new QTableWidgetItem(p.kind == mi::PointKind::Misconception ? tr("✗ %1").arg(p.text) : p.text);
        text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        text->setToolTip(p.hit && !p.evidence.isEmpty() ? tr("Evidence: %1").arg(p.evidence) : p.note);
        setItem(row, PointColumn, text);
        auto *machine = new QTableWidgetItem(p.hit ? tr("hit") : tr("missed"));
        machine->setFlags(Qt::ItemIsEnabled);
        setItem(row, MachineColumn, machine);

        auto *mentor = new QComboBox;
        mentor->setAccessibleName(tr("Mentor's judgement of point %1").arg(row + 1));
        mentor->addItem(tr("—"));
        mentor->addItem(tr("Hit"), int(mi::PointJudgement::Hit));
        mentor->addItem(tr("Partial"), int(mi::PointJudgement::Partial));
        mentor->addItem(tr("Miss"), int(mi::PointJudgement::Miss));
        const auto override = review.points.constFind(row);
        if (override != review.points.cend())
            mentor->setCurrentIndex(mentor->findData(int(override->judgement)));
        connect(mentor, &QComboBox::activated, this, [this, row] { emitRow(row); });
        setCellWidget(row, MentorColumn, mentor);
        auto *reason = new QTableWidgetItem(override != review.points.cend() ? override->reason : QString());
        if (override != review.points.cend())
            reason->setToolTip(tr("%1, %2").arg(override->author, QLocale().toString(override->at.toLocalTime(), QLocale::ShortFormat)));
        setItem(row, ReasonColumn, reason);
    }
    resizeRowsToContents();
    m_filling = false;
}

void PointOverrideTable::emitRow(int row)
{
    auto *mentor = qobject_cast<QComboBox *>(cellWidget(row, MentorColumn));
    const QVariant data = mentor ? mentor->currentData() : QVariant();
    const QString reason = item(row, ReasonColumn) ? item(row, ReasonColumn)->text() : QString();
    emit judgementChanged(row, data.isValid() ? std::optional(mi::PointJudgement(data.toInt())) : std::nullopt, reason);
}
