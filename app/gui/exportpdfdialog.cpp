#include "exportpdfdialog.h"

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
#include <QSettings>

ExportPdfDialog::ExportPdfDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_candidate(new QLineEdit), m_pageSize(new QComboBox), m_references(new QCheckBox(tr("Add the reference answers as an appendix"))),
      m_path(new QLineEdit(suggestedPath))
{
    setWindowTitle(tr("Export PDF"));
    QSettings settings;
    m_candidate->setText(settings.value(QStringLiteral("export/candidate")).toString());
    m_candidate->setPlaceholderText(tr("optional"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    const bool letterCountry = QLocale().territory() == QLocale::UnitedStates || QLocale().territory() == QLocale::Canada;
    m_pageSize->setCurrentIndex(settings.value(QStringLiteral("export/pageSize"), letterCountry ? 1 : 0).toInt());
    m_references->setChecked(settings.value(QStringLiteral("export/references"), true).toBool());
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
    // A row holding a layout gets no buddy from QFormLayout, and a label
    // without one shows its "&" instead of underlining the mnemonic.
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings settings;
        settings.setValue(QStringLiteral("export/candidate"), m_candidate->text());
        settings.setValue(QStringLiteral("export/pageSize"), m_pageSize->currentIndex());
        settings.setValue(QStringLiteral("export/references"), m_references->isChecked());
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
