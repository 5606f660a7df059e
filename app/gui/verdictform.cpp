#include "verdictform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

VerdictForm::VerdictForm(QWidget *parent)
    : QWidget(parent), m_level(new QLineEdit), m_recommendation(new QComboBox), m_strengths(new QPlainTextEdit), m_improvements(new QPlainTextEdit),
      m_stamp(new QLabel)
{
    m_level->setPlaceholderText(tr("e.g. P6 / senior SRE"));
    for (mi::Recommendation r : {mi::Recommendation::None, mi::Recommendation::StrongHire, mi::Recommendation::Hire, mi::Recommendation::LeanNo,
                                 mi::Recommendation::No})
        m_recommendation->addItem(recommendationLabel(r), int(r));
    m_strengths->setTabChangesFocus(true);
    m_improvements->setTabChangesFocus(true);
    m_stamp->setObjectName(QStringLiteral("verdictStamp"));
    auto *save = new QPushButton(tr("Save verdict"));
    auto *clear = new QPushButton(tr("Clear"));
    connect(save, &QPushButton::clicked, this, [this] {
        mi::Verdict v;
        v.level = m_level->text().trimmed();
        v.recommendation = mi::Recommendation(m_recommendation->currentData().toInt());
        v.strengths = m_strengths->toPlainText().trimmed();
        v.improvements = m_improvements->toPlainText().trimmed();
        emit verdictSubmitted(v);
    });
    connect(clear, &QPushButton::clicked, this, [this] { emit verdictSubmitted(std::nullopt); });

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Recommendation:"), m_recommendation);
    form->addRow(tr("&Strengths:"), m_strengths);
    form->addRow(tr("&Work on:"), m_improvements);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stamp, 1);
    buttons->addWidget(clear);
    buttons->addWidget(save);
    form->addRow(buttons);
}

QString VerdictForm::recommendationLabel(mi::Recommendation r)
{
    switch (r) {
    case mi::Recommendation::None: return tr("(no recommendation)");
    case mi::Recommendation::StrongHire: return tr("Strong hire");
    case mi::Recommendation::Hire: return tr("Hire");
    case mi::Recommendation::LeanNo: return tr("Lean no");
    case mi::Recommendation::No: return tr("No");
    }
    return {};
}

void VerdictForm::showVerdict(const std::optional<mi::Verdict> &verdict)
{
    const mi::Verdict v = verdict.value_or(mi::Verdict{});
    m_level->setText(v.level);
    m_recommendation->setCurrentIndex(m_recommendation->findData(int(v.recommendation)));
    m_strengths->setPlainText(v.strengths);
    m_improvements->setPlainText(v.improvements);
    m_stamp->setText(verdict ? tr("by %1, %2").arg(v.author, QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat)) : tr("No verdict yet."));
}
