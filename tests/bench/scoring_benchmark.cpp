// Scoring throughput on one core: answers of about 500 characters against a
// question with 8 rubric points, in Chinese and in English, built from the
// dev set's answers. Reports
// answers/s and p50/p99 latency; it asserts nothing.
#include "packs/packlibrary.h"
#include "scoring/packcorpus.h"
#include "scoring/rubricscorer.h"
#include "unit/devset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace mi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 20000;
    PackLibrary library;
    library.load({QStringLiteral(MOCKINTERVIEW_SOURCE_PACKS_DIR)});
    const RubricScorer scorer(buildPackCorpus(library));

    for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        // The question whose rubric is closest to 8 points.
        const Question *question = nullptr;
        for (const Question *q : library.allQuestions())
            if (library.pack(q->packId)->language == language
                && (!question || std::abs(int(q->rubric.size()) - 8) < std::abs(int(question->rubric.size()) - 8)))
                question = q;

        // 500-character answers: dev-set answers in that language, concatenated and cut.
        QString pool;
        for (const DevAnswer &a : loadDevSet())
            if (a.language == language)
                pool += a.answer + u' ';
        QList<QString> answers;
        for (int start = 0; start + 500 <= pool.size() && answers.size() < 64; start += 317)
            answers.append(pool.mid(start, 500));

        QList<qint64> nanos;
        nanos.reserve(rounds);
        QElapsedTimer total;
        total.start();
        double checksum = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            checksum += scorer.score({answers[i % answers.size()], question->reference, question->rubric, language, question->prompt}).score;
            nanos.append(t.nsecsElapsed());
        }
        const double seconds = total.nsecsElapsed() / 1e9;
        std::sort(nanos.begin(), nanos.end());
        std::printf("question %s (%lld rubric points, %s), %lld distinct 500-char answers, %d scorings on one thread\n",
                    qPrintable(question->id), qlonglong(question->rubric.size()), qPrintable(language), qlonglong(answers.size()), rounds);
        std::printf("throughput: %.0f answers/s\n", rounds / seconds);
        std::printf("latency: p50 %.1f us, p99 %.1f us (checksum %.1f)\n", nanos[nanos.size() / 2] / 1e3,
                    nanos[qsizetype(nanos.size() * 0.99)] / 1e3, checksum);
    }
    return 0;
}
