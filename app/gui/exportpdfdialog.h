#pragma once

#include "report/transcript.h"

#include <QDialog>
#include <QPageSize>

class QCheckBox;
class QComboBox;
class QLineEdit;

// Asks what the printed transcript should contain and where it goes.
class ExportPdfDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPdfDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    mi::TranscriptOptions options() const;
    QPageSize::PageSizeId pageSize() const;
    QString path() const;

private:
    QLineEdit *m_candidate;
    QComboBox *m_pageSize;
    QCheckBox *m_references;
    QLineEdit *m_path;
};
