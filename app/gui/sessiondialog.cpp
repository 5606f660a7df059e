#include "sessiondialog.h"

#include "report/scorehtml.h"
#include "scorelabels.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

SessionDialog::SessionDialog(const mi::StoredSession &session, const mi::PackLibrary &library, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Session %1 — %2").arg(session.info.id).arg(session.info.packTitle));
    resize(900, 700);
    const mi::ScoreHtmlLabels labels = translatedScoreLabels();
    QString html = tr("<h1>%1</h1><p>Started %2 · %n turn(s) · overall %3</p>", nullptr, int(session.turns.size()))
                       .arg(session.info.packTitle.toHtmlEscaped(), QLocale().toString(session.info.startedAt.toLocalTime(), QLocale::ShortFormat),
                            session.info.overall ? QString::number(*session.info.overall, 'f', 1) : tr("not finished"));
    for (const mi::Turn &turn : session.turns) {
        const mi::Question *q = library.question(turn.questionId);
        html += QStringLiteral("<hr><h2>%1. %2</h2>").arg(turn.index + 1).arg(turn.prompt.toHtmlEscaped());
        html += mi::scoreHtml(turn, turn.kind == mi::TurnKind::Question && q ? q->reference : QString(), session.info.language, labels);
    }
    auto *browser = new QTextBrowser;
    browser->setOpenLinks(false);
    browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
}
