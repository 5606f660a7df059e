#include "commentlist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kUidRole = Qt::UserRole;
constexpr int kTextRole = Qt::UserRole + 1;
}

CommentList::CommentList(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_edit(new QPushButton(tr("&Edit…"))), m_remove(new QPushButton(tr("Re&move")))
{
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Mentor comments on this answer"));
    auto *add = new QPushButton(tr("&Comment…"));
    add->setToolTip(tr("Comment on the selected words of the answer, or on the whole answer when nothing is selected (Ctrl+Alt+M)"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)); // as in word processors
    connect(add, &QPushButton::clicked, this, &CommentList::addRequested);
    const auto current = [this] { return m_list->currentItem(); };
    connect(m_edit, &QPushButton::clicked, this, [this, current] {
        if (QListWidgetItem *item = current())
            emit editRequested(item->data(kUidRole).toString(), item->data(kTextRole).toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this, current] {
        if (QListWidgetItem *item = current())
            emit removeRequested(item->data(kUidRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_edit->setEnabled(item);
        m_remove->setEnabled(item);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Comments")), 1);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void CommentList::showComments(const QList<mi::MentorComment> &comments)
{
    m_list->clear();
    for (const mi::MentorComment &c : comments) {
        const QString about = c.spanStart >= 0 ? tr("On “%1”: ").arg(c.quote) : QString();
        auto *item = new QListWidgetItem(tr("%1%2\n— %3, %4").arg(about, c.text, c.author, QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat)));
        item->setData(kUidRole, c.uid);
        item->setData(kTextRole, c.text);
        m_list->addItem(item);
    }
}
