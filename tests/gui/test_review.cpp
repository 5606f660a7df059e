// Review mode on a real session: judge a point, undo it, comment on words of
// an answer, give a verdict; everything lands in the database.
#include "appcontext.h"
#include "mentor/mentorstore.h"
#include "reviewwindow.h"
#include "revieweditor.h"
#include "testenvironment.h"
#include "unit/mentorfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

// Answers the next modal input dialog with `text`, as soon as it opens.
void answerNextDialog(const QString &text)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        poll->stop();
        dialog->setTextValue(text);
        dialog->accept();
    });
    poll->start();
}

} // namespace

TEST_CASE("gui: review mode judges points, undoes, comments on words and shows both scores", "[gui][review]")
{
    MentorFixture f;
    AppContext app;
    app.load(testDataPath("packs"), f.candidate->path());
    REQUIRE(app.database);
    ReviewWindow window(app, 1, nullptr);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    REQUIRE(window.load(error));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *turns = window.findChild<QListWidget *>(QStringLiteral("reviewTurns"));
    REQUIRE(turns);
    CHECK(turns->count() == 3);
    auto *play = window.findChild<QWidget *>(QStringLiteral("reviewPlay"));
    REQUIRE(play);
    CHECK_FALSE(play->isVisible()); // the first answer was typed
    window.showTurn(1);
    CHECK(play->isVisible()); // the second was spoken: its recording can be replayed
    auto *scores = window.findChild<QLabel *>(QStringLiteral("reviewScores"));
    CHECK(scores->text().contains(u"no mentor's score yet"));

    auto *combo = qobject_cast<QComboBox *>(window.findChildren<QTableWidget *>().first()->cellWidget(0, 2));
    REQUIRE(combo);
    combo->setCurrentIndex(3); // Miss
    emit combo->activated(3);
    mi::Result<mi::SessionReview> review = mi::MentorStore(app.database).load(1);
    REQUIRE(review->turns[1].points.contains(0));
    CHECK(review->turns[1].points[0].judgement == mi::PointJudgement::Miss);
    CHECK(scores->text().contains(u"Mentor's score"));
    CHECK(turns->item(1)->text().contains(u"→"));

    QTest::keySequence(&window, QKeySequence::Undo);
    CHECK(mi::MentorStore(app.database).load(1)->turns[1].isEmpty());
    QTest::keySequence(&window, QKeySequence::Redo);
    CHECK(mi::MentorStore(app.database).load(1)->turns[1].points.contains(0));

    auto *answer = window.findChild<QPlainTextEdit *>(QStringLiteral("reviewAnswer"));
    const int at = answer->toPlainText().indexOf(u"readiness probe");
    REQUIRE(at >= 0);
    QTextCursor cursor(answer->document());
    cursor.setPosition(at);
    cursor.setPosition(at + 15, QTextCursor::KeepAnchor);
    answer->setTextCursor(cursor);
    answerNextDialog(QStringLiteral("对：就绪探针只影响流量，不重启。"));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    answer->setFocus();
    QTest::keySequence(answer, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M)); // the mentor's shortcut for "comment"
    QTest::qWait(500); // a button's shortcut clicks it after a short animation
    review = mi::MentorStore(app.database).load(1);
    REQUIRE(review->turns[1].comments.size() == 1);
    CHECK(review->turns[1].comments[0].quote == u"readiness probe");
    CHECK(review->turns[1].comments[0].spanStart == at);
    CHECK(answer->extraSelections().size() == 1);

    window.resize(1360, 860);
    QTest::qWait(1500); // let the scoring panel paint before the screenshot
    window.grab().save(QStringLiteral(MOCKINTERVIEW_TEST_OUTPUT_DIR "/gui-review.png"));
}
