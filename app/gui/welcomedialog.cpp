#include "welcomedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Mock Interview"));
    const QStringList paragraphs{
        tr("<b>Practise on your own.</b> Choose a question pack, answer in writing, and each answer is scored "
           "against the points an interviewer listens for. Missed points bring follow-up questions, as in a real interview."),
        tr("<b>Review with a mentor.</b> A mentor can run the interview from a console while you answer in your own window, "
           "or open a finished session later to adjust scores, comment on your words and give a verdict."),
        tr("<b>Keep a record.</b> Every session is saved on this computer. Export one as a PDF transcript "
           "with the scores, the mentor's notes and the reference answers."),
    };
    auto *heading = new QLabel(tr("Welcome to Mock Interview"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(heading);
    for (const QString &text : paragraphs) {
        auto *label = new QLabel(text);
        label->setObjectName(QStringLiteral("welcomeParagraph"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        layout->addWidget(label);
    }
    layout->addStretch(); // spare height below the text, not between the paragraphs
    auto *buttons = new QDialogButtonBox;
    QPushButton *warmUp = buttons->addButton(tr("&Start a 5-question warm-up"), QDialogButtonBox::AcceptRole);
    warmUp->setObjectName(QStringLiteral("warmUpButton"));
    warmUp->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("welcomeCloseButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}
