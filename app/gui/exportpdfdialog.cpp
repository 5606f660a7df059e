#include "exportpdfdialog.h"

#include "setting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

// Remembered from the last export; only this dialog uses them.
static const Setting<QString> candidateName{"export/candidate", QString()};
static const Setting<int> pageSizeIndex{"export/pageSize", -1}; // -1: by the locale's country
static const Setting<bool> appendReferences{"export/references", true};

ExportPdfDialog::ExportPdfDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_candidate(new QLineEdit), m_pageSize(new QComboBox), m_references(new QCheckBox(tr("Add the reference answers as an appendix"))),
      m_path(new QLineEdit(suggestedPath))
{
    setWindowTitle(tr("Export PDF"));
    m_candidate->setText(candidateName.value());
    m_candidate->setPlaceholderText(tr("optional"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    const bool letterCountry = QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada;
    const int savedSize = pageSizeIndex.value();
    m_pageSize->setCurrentIndex(savedSize >= 0 && savedSize < m_pageSize->count() ? savedSize : letterCountry ? 1 : 0);
    m_references->setChecked(appendReferences.value());
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export PDF"), m_path->text(), tr("PDF files (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen.endsWith(u".pdf", Qt::CaseInsensitive) ? chosen : chosen + QStringLiteral(".pdf"));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Candidate name:"), m_candidate);
    form->addRow(tr("Page &size:"), m_pageSize);
    form->addRow(QString(), m_references);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path); // a row holding a layout gets no buddy by itself
    m_path->setAccessibleName(tr("PDF file"));
    form->addRow(fileLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        candidateName.setValue(m_candidate->text());
        pageSizeIndex.setValue(m_pageSize->currentIndex());
        appendReferences.setValue(m_references->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

mi::TranscriptOptions ExportPdfDialog::options() const { return {m_candidate->text(), m_references->isChecked()}; }

QPageSize::PageSizeId ExportPdfDialog::pageSize() const { return QPageSize::PageSizeId(m_pageSize->currentData().toInt()); }

QString ExportPdfDialog::path() const { return m_path->text(); }
