#include "capturefixture.h"

#include "packs/packlibrary.h"
#include "speechvocabulary.h"
#include "spokenclip.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QTest>
#include <catch2/catch.hpp>
#include <cmath>

using namespace mi;

namespace {
const QString kAnswer = QStringLiteral("When the liveness probe fails the kubelet restarts the container. When the readiness probe fails "
                                       "the pod is removed from the service endpoints and gets no traffic. "
                                       "Slow start applications need a startup probe.");
} // namespace

QByteArray rawSamples(const PcmAudio &audio)
{
    return QByteArray(reinterpret_cast<const char *>(audio.samples.data()), qsizetype(audio.samples.size() * 2));
}

double rms(const std::vector<qint16> &s)
{
    double sum = 0;
    for (qint16 v : s)
        sum += double(v) * v;
    return s.empty() ? 0 : std::sqrt(sum / double(s.size()));
}

PcmAudio spokenAnswer(const QTemporaryDir &dir)
{
    Result<PcmAudio> speech = readWav(speakToWav(dir.path(), kAnswer));
    REQUIRE(speech);
    REQUIRE(speech->sampleRate == 16000);
    return *speech;
}

QStringList probeVocabulary()
{
    PackLibrary library;
    library.load({testDataPath(QStringLiteral("packs/mini-en.yaml"))});
    const Question *q = library.question(QStringLiteral("mini.probes"));
    REQUIRE(q);
    return speechVocabulary({q});
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}
