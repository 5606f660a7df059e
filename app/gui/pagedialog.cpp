#include "pagedialog.h"

#include "webpanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

PageDialog::PageDialog(const QString &title, const QString &body, const mi::PageOptions &options, QWidget *parent)
    : QDialog(parent), m_panel(new WebPanel)
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(980, 760);
    m_panel->setObjectName(QStringLiteral("pagePanel"));
    m_panel->showBody(body, options);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *buttons = m_buttons;
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_panel);
    layout->addWidget(buttons);
}

void PageDialog::offerExport()
{
    QPushButton *button = m_buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    connect(button, &QPushButton::clicked, this, &PageDialog::exportRequested);
}
