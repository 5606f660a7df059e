#include "homepage.h"

#include "practicesetuppanel.h"
#include "sessionlistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

HomePage::HomePage(const mi::PackLibrary &library, bool voiceAvailable, QWidget *parent)
    : QWidget(parent), m_library(library), m_packs(new QTreeWidget), m_setup(new PracticeSetupPanel(library, voiceAvailable)),
      m_history(new QTableView),
      m_sessionModel(new SessionListModel(this)), m_open(new QPushButton(tr("&Open report"))), m_resume(new QPushButton(tr("&Resume"))),
      m_progress(new QPushButton(tr("&Progress…"))), m_review(new QPushButton), m_historyFilter(new QComboBox)
{
    // One line per pack: a wrapped two-line item elides CJK titles in Qt 6.4.
    m_packs->setHeaderLabels({tr("Pack"), tr("Language"), tr("Questions")});
    m_packs->setRootIsDecorated(false);
    m_packs->setAccessibleName(tr("Question packs"));
    // Focus on the page lands in the pack list, where arrows choose a pack.
    setFocusProxy(m_packs);
    m_packs->setMinimumWidth(340);
    for (const mi::Pack &pack : library.packs()) {
        auto *item = new QTreeWidgetItem({pack.title, pack.language == u"en" ? tr("English") : tr("Chinese"), QString::number(pack.questionCount())});
        item->setData(0, Qt::UserRole, pack.id);
        item->setToolTip(0, pack.title + u'\n' + pack.filePath);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        m_packs->addTopLevelItem(item);
    }
    m_packs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_packs->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_packs->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_packs->header()->setStretchLastSection(false);

    auto *top = new QSplitter;
    top->addWidget(m_packs);
    top->addWidget(m_setup);
    top->setStretchFactor(1, 1);

    m_history->setModel(m_sessionModel);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->horizontalHeader()->setSectionResizeMode(SessionListModel::Pack, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setAccessibleName(tr("Practice history"));
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(new QLabel(tr("<b>History</b>")));
    historyButtons->addWidget(m_historyFilter);
    historyButtons->addStretch();
    historyButtons->addWidget(m_review);
    historyButtons->addWidget(m_progress);
    historyButtons->addWidget(m_resume);
    historyButtons->addWidget(m_open);
    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addLayout(historyButtons);
    historyLayout->addWidget(m_history);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(history);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(vertical);

    connect(m_packs, &QTreeWidget::currentItemChanged, this, [this] { m_setup->showPack(selectedPackId()); });
    connect(m_setup, &PracticeSetupPanel::startRequested, this, &HomePage::startRequested);
    auto sessionId = [this] {
        const mi::SessionInfo *s = m_sessionModel->session(m_history->currentIndex());
        return s ? s->id : 0;
    };
    connect(m_open, &QPushButton::clicked, this, [this, sessionId] { if (sessionId()) emit openSessionRequested(sessionId()); });
    connect(m_resume, &QPushButton::clicked, this, [this, sessionId] { if (sessionId()) emit resumeSessionRequested(sessionId()); });
    connect(m_history, &QTableView::doubleClicked, this, [this, sessionId] { if (sessionId()) emit openSessionRequested(sessionId()); });
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HomePage::updateSessionButtons);
    connect(m_progress, &QPushButton::clicked, this, &HomePage::progressRequested);
    connect(m_review, &QPushButton::clicked, this, [this] {
        const mi::Pack *pack = m_library.pack(selectedPackId());
        emit reviewRequested(pack ? pack->language : QStringLiteral("zh"));
    });
    m_historyFilter->setAccessibleName(tr("Show sessions of"));
    m_historyFilter->addItem(tr("All packs"), QString());
    for (const mi::Pack &pack : m_library.packs())
        m_historyFilter->addItem(pack.title, pack.id);
    connect(m_historyFilter, &QComboBox::currentIndexChanged, this, &HomePage::applyHistoryFilter);
    m_review->setToolTip(tr("A round of the questions whose missed points are due for review (spaced repetition)"));
    setDueCount(0);

    if (m_packs->topLevelItemCount() > 0)
        m_packs->setCurrentItem(m_packs->topLevelItem(0));
    updateSessionButtons();
}

QString HomePage::selectedPackId() const
{
    const QTreeWidgetItem *item = m_packs->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

qint64 HomePage::selectedSessionId() const
{
    const mi::SessionInfo *s = m_sessionModel->session(m_history->currentIndex());
    return s ? s->id : 0;
}

void HomePage::selectPack(const QString &packId)
{
    for (int i = 0; i < m_packs->topLevelItemCount(); ++i)
        if (m_packs->topLevelItem(i)->data(0, Qt::UserRole).toString() == packId)
            m_packs->setCurrentItem(m_packs->topLevelItem(i));
}

void HomePage::reloadSettings() { m_setup->loadSettings(); }

void HomePage::setDueCount(int dueItems)
{
    m_review->setText(tr("Review weak spots (%n due)", nullptr, dueItems));
    m_review->setEnabled(dueItems > 0);
}

void HomePage::setSessions(QList<mi::SessionInfo> sessions)
{
    m_allSessions = std::move(sessions);
    applyHistoryFilter();
}

void HomePage::applyHistoryFilter()
{
    const QString packId = m_historyFilter->currentData().toString();
    QList<mi::SessionInfo> shown;
    for (const mi::SessionInfo &s : m_allSessions)
        if (packId.isEmpty() || s.packId == packId)
            shown.append(s);
    m_sessionModel->setSessions(shown);
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(SessionListModel::Pack, QHeaderView::Stretch);
    updateSessionButtons();
}

void HomePage::updateSessionButtons()
{
    const mi::SessionInfo *s = m_sessionModel->session(m_history->currentIndex());
    m_open->setEnabled(s != nullptr);
    m_resume->setEnabled(s && !s->finishedAt.isValid());
}
