// Real-time factor (processing time / audio duration) of pocketsphinx on
// espeak-ng answers of three lengths, biased by the English Kubernetes pack's
// vocabulary: batch (PocketSphinxTranscriber, model loading included, as each
// answer pays it) and streaming (StreamingRecognizer fed 100 ms chunks; model
// loading reported apart because live captions load it once per session).
// Median of N runs (argument, default 5). Asserts nothing.
#include "packs/packlibrary.h"
#include "pocketsphinxtranscriber.h"
#include "speechvocabulary.h"
#include "spokenaudio.h"
#include "streamingrecognizer.h"
#include "wavaudio.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace mi;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

struct Answer {
    const char *name;
    QString text;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? std::atoi(argv[1]) : 5);
    PackLibrary library;
    library.load({QStringLiteral(MOCKINTERVIEW_SOURCE_PACKS_DIR) + QStringLiteral("/k8s-sre-en.yaml")});
    const QStringList vocabulary = speechVocabulary(library.allQuestions());
    const QList<Answer> answers {
        {"short", QStringLiteral("The kubelet restarts the container when the liveness probe fails.")},
        {"medium",
            QStringLiteral("When a node goes not ready the node controller taints it. After five minutes the pods are evicted "
                           "and their replica sets create new pods on other nodes.")},
        {"long",
            QStringLiteral("A service gets a stable virtual address. Kube proxy on every node programs iptables or IPVS rules "
                           "that send traffic to the ready endpoints. Core DNS resolves the service name to that address. An "
                           "ingress controller routes outside traffic by host and path to services. The API server stores "
                           "all of this in etcd, and controllers watch it to keep the rules up to date.")},
    };

    QTemporaryDir dir;
    std::printf("pocketsphinx, %d run(s) per answer, vocabulary: k8s-sre-en (%lld texts)\n", runs, qlonglong(vocabulary.size()));
    std::printf("%-7s %8s | %9s %9s | %9s %10s %9s\n", "answer", "audio s", "batch s", "batch RTF", "stream s", "stream RTF", "load s");
    for (const Answer &answer : answers) {
        Result<QString> wav = speakToWav(dir.path(), QString::fromLatin1(answer.name), answer.text);
        Result<QByteArray> pcm = wav ? rawPcm16kMono(*wav) : std::unexpected(wav.error());
        if (!pcm) {
            std::fprintf(stderr, "%s\n", qPrintable(pcm.error().message));
            return 1;
        }
        const double audioSeconds = double(pcm->size()) / 2 / 16000;
        QList<double> batch, stream, load;
        for (int run = 0; run < runs; ++run) {
            Result<Transcript> t = PocketSphinxTranscriber().transcribe({*wav, QStringLiteral("en"), vocabulary});
            if (!t) {
                std::fprintf(stderr, "%s\n", qPrintable(t.error().message));
                return 1;
            }
            batch.append(t->processingSeconds);

            StreamingRecognizer recognizer;
            QElapsedTimer clock;
            clock.start();
            if (Result<void> started = recognizer.start(vocabulary); !started) {
                std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
                return 1;
            }
            load.append(clock.nsecsElapsed() / 1e9);
            clock.restart();
            constexpr qsizetype chunk = 3200; // 100 ms
            for (qsizetype at = 0; at < pcm->size(); at += chunk)
                recognizer.feed(pcm->mid(at, chunk));
            if (!recognizer.finish())
                return 1;
            stream.append(clock.nsecsElapsed() / 1e9);
        }
        std::printf("%-7s %8.1f | %9.2f %9.3f | %9.2f %10.3f %9.2f\n", answer.name, audioSeconds, median(batch),
            median(batch) / audioSeconds, median(stream), median(stream) / audioSeconds, median(load));
    }
    return 0;
}
