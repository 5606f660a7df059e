#include "injectionpages.h"

#include "engine/interviewengine.h"
#include "packs/packlibrary.h"
#include "report/htmldocument.h"
#include "report/progresshtml.h"
#include "report/scorehtml.h"
#include "report/sessionreport.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "testenvironment.h"

#include <QFile>

using namespace mi;

InjectionPages buildInjectionPages()
{
    static PackLibrary library; // pages refer to pack text; keep it alive
    if (library.packs().isEmpty())
        library.load({testDataPath(QStringLiteral("injection/evil-pack.yaml"))});
    const Pack &pack = library.packs().first();
    QFile answers(testDataPath(QStringLiteral("injection/answers.txt")));
    answers.open(QIODevice::ReadOnly);
    const QString answer = QString::fromUtf8(answers.readAll()).trimmed();

    EngineOptions options;
    options.maxFollowUpsPerQuestion = 0;
    InterviewEngine engine(pack, std::make_shared<RubricScorer>(buildPackCorpus(library)), options);
    engine.start();
    engine.submit(answer, 61000);
    engine.next();

    StoredSession session;
    session.info.id = 1;
    session.info.packId = pack.id;
    session.info.packTitle = pack.title;
    session.info.language = pack.language;
    session.info.startedAt = QDateTime::currentDateTimeUtc();
    session.turns = engine.turns();

    const ScoreHtmlLabels scoreLabels{QStringLiteral("Score"), QStringLiteral("covered"), QStringLiteral("missed"), QStringLiteral("misconception"),
                                      QStringLiteral("bonus"), QStringLiteral("Reference"), QStringLiteral("Why"), QStringLiteral("Answer"),
                                      QStringLiteral("evidence"), QStringLiteral("none"), QStringLiteral("weight"), QStringLiteral("over by %1 s")};
    const Question &q = pack.rounds.first().questions.first();
    auto turnHtml = [&](const Turn &t) { return scoreHtml(t, q.reference, pack.language, scoreLabels); };
    PageOptions page;
    page.charts = true;
    page.title = pack.title;

    InjectionPages pages;
    pages.all.insert(QStringLiteral("score"), htmlDocument(turnHtml(session.turns.first()), page));
    const ReportLabels reportLabels{QStringLiteral("Overall"), QStringLiteral("Turns"), QStringLiteral("Time"), QStringLiteral("Rounds"),
                                    QStringLiteral("Round chart"), QStringLiteral("Weakest"), QStringLiteral("Compare")};
    pages.all.insert(QStringLiteral("report"), htmlDocument(sessionReportHtml(buildSessionReport(session, library), reportLabels, turnHtml, true), page));
    const ProgressLabels progressLabels{QStringLiteral("Progress"), QStringLiteral("By pack"), QStringLiteral("By topic"), QStringLiteral("Weakest"),
                                       QStringLiteral("None"), QStringLiteral("missed %1 of %2")};
    pages.all.insert(QStringLiteral("progress"), htmlDocument(progressHtml({session, session}, library, progressLabels), page));
    pages.all.insert(QStringLiteral("compare"),
                     htmlDocument(compareHtml({{session.info, session.turns.first()}, {session.info, session.turns.first()}}, turnHtml), page));
    return pages;
}
