#include "homepage.h"

#include "sessionlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

HomePage::HomePage(const mi::PackLibrary &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_packs(new QListWidget), m_packTitle(new QLabel), m_packDescription(new QLabel),
      m_rounds(new QListWidget), m_start(new QPushButton(tr("&Start practice"))), m_history(new QTableView),
      m_sessionModel(new SessionListModel(this)), m_open(new QPushButton(tr("&Open"))), m_resume(new QPushButton(tr("&Resume")))
{
    for (const mi::Pack &pack : library.packs()) {
        auto *item = new QListWidgetItem(tr("%1\n%2 · %n question(s)", nullptr, pack.questionCount()).arg(pack.title, pack.language.toUpper()));
        item->setData(Qt::UserRole, pack.id);
        item->setToolTip(pack.filePath);
        m_packs->addItem(item);
    }
    m_packs->setAccessibleName(tr("Question packs"));
    m_packs->setSpacing(3);
    m_packs->setMinimumWidth(280);

    QFont titleFont = m_packTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_packTitle->setFont(titleFont);
    m_packTitle->setWordWrap(true);
    m_packDescription->setWordWrap(true);
    m_rounds->setAccessibleName(tr("Rounds to practise"));
    m_start->setDefault(true);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_start->setToolTip(tr("Start the selected rounds (Ctrl+Enter)"));

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_packTitle);
    detailsLayout->addWidget(m_packDescription);
    detailsLayout->addWidget(new QLabel(tr("Rounds:")));
    detailsLayout->addWidget(m_rounds, 1);
    auto *startRow = new QHBoxLayout;
    startRow->addStretch();
    startRow->addWidget(m_start);
    detailsLayout->addLayout(startRow);

    auto *top = new QSplitter;
    top->addWidget(m_packs);
    top->addWidget(details);
    top->setStretchFactor(1, 1);

    m_history->setModel(m_sessionModel);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->horizontalHeader()->setSectionResizeMode(SessionListModel::Pack, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setAccessibleName(tr("Practice history"));
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(new QLabel(tr("<b>History</b>")));
    historyButtons->addStretch();
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

    connect(m_packs, &QListWidget::currentRowChanged, this, &HomePage::showPack);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!selectedPackId().isEmpty())
            emit startRequested(selectedPackId(), checkedRounds());
    });
    auto sessionId = [this] {
        const mi::SessionInfo *s = m_sessionModel->session(m_history->currentIndex());
        return s ? s->id : 0;
    };
    connect(m_open, &QPushButton::clicked, this, [this, sessionId] { if (sessionId()) emit openSessionRequested(sessionId()); });
    connect(m_resume, &QPushButton::clicked, this, [this, sessionId] { if (sessionId()) emit resumeSessionRequested(sessionId()); });
    connect(m_history, &QTableView::doubleClicked, this, [this, sessionId] { if (sessionId()) emit openSessionRequested(sessionId()); });
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HomePage::updateSessionButtons);
    connect(m_rounds, &QListWidget::itemChanged, this, [this] { m_start->setEnabled(!checkedRounds().isEmpty()); });

    if (m_packs->count() > 0)
        m_packs->setCurrentRow(0);
    updateSessionButtons();
}

QString HomePage::selectedPackId() const
{
    const QListWidgetItem *item = m_packs->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void HomePage::selectPack(const QString &packId)
{
    for (int i = 0; i < m_packs->count(); ++i)
        if (m_packs->item(i)->data(Qt::UserRole).toString() == packId)
            m_packs->setCurrentRow(i);
}

void HomePage::showPack()
{
    const mi::Pack *pack = m_library.pack(selectedPackId());
    m_rounds->clear();
    m_start->setEnabled(pack != nullptr);
    if (!pack)
        return;
    m_packTitle->setText(pack->title);
    m_packDescription->setText(pack->description);
    for (const mi::Round &round : pack->rounds) {
        auto *item = new QListWidgetItem(tr("%1 (%n question(s))", nullptr, int(round.questions.size())).arg(round.title));
        item->setData(Qt::UserRole, round.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        m_rounds->addItem(item);
    }
}

QStringList HomePage::checkedRounds() const
{
    QStringList ids;
    for (int i = 0; i < m_rounds->count(); ++i)
        if (m_rounds->item(i)->checkState() == Qt::Checked)
            ids.append(m_rounds->item(i)->data(Qt::UserRole).toString());
    return ids;
}

void HomePage::setSessions(QList<mi::SessionInfo> sessions)
{
    m_sessionModel->setSessions(std::move(sessions));
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
