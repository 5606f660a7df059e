#include "delivery.h"

#include "text/textnormalizer.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace mi {
namespace {

constexpr int kFrameMs = 30;
constexpr qint64 kLongPauseMs = 1500;

QList<double> frameLoudness(const PcmAudio &audio)
{
    const size_t frame = size_t(audio.sampleRate) * kFrameMs / 1000;
    QList<double> rms;
    for (size_t start = 0; frame > 0 && start + frame <= audio.samples.size(); start += frame) {
        double sum = 0;
        for (size_t i = start; i < start + frame; ++i)
            sum += double(audio.samples[i]) * audio.samples[i];
        rms.append(std::sqrt(sum / double(frame)));
    }
    return rms;
}

} // namespace

QStringList fillerWords(const QString &transcript, const QString &language)
{
    QStringList found;
    const QString text = normalizeForMatching(transcript);
    if (language == u"en") {
        static const QRegularExpression en(QStringLiteral(R"re(\b(um+|uh+|erm|you know)\b|,\s*like\s*,)re"));
        for (auto it = en.globalMatch(text); it.hasNext();)
            found.append(it.next().captured().remove(u',').trimmed());
        return found;
    }
    static const QRegularExpression always(QStringLiteral("[嗯啊呃额]"));
    for (auto it = always.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    // 那个/就是/然后 are fillers when they open a clause or come twice in a row.
    static const QRegularExpression clauseStart(QStringLiteral("(^|[,.;:!?\\s])(那个|就是|然后)"));
    for (auto it = clauseStart.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(2));
    static const QRegularExpression repeated(QStringLiteral("(那个|就是|然后)\\1"));
    for (auto it = repeated.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    return found;
}

DeliveryFigures analyseDelivery(const PcmAudio &audio, const QString &transcript, const QString &language)
{
    DeliveryFigures d;
    d.audioMs = audio.durationMs();
    const QList<double> rms = frameLoudness(audio);
    if (!rms.isEmpty()) {
        // Noise floor: a tenth of the loud end of the recording, at least a whisper.
        QList<double> sorted = rms;
        std::sort(sorted.begin(), sorted.end());
        const double threshold = std::max(300.0, 0.1 * sorted[qsizetype(sorted.size() * 0.95)]);
        qint64 silenceMs = 0;
        bool spoken = false;
        for (double level : rms) {
            if (level >= threshold) {
                if (spoken && silenceMs >= kLongPauseMs) {
                    ++d.longPauses;
                    d.longestPauseMs = std::max(d.longestPauseMs, silenceMs);
                }
                silenceMs = 0;
                spoken = true;
                d.speakingMs += kFrameMs;
            } else {
                silenceMs += kFrameMs;
            }
        }
    }
    const QString text = transcript.trimmed();
    double units = 0;
    if (language == u"en") {
        d.paceUnit = QStringLiteral("wpm");
        units = double(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
    } else {
        d.paceUnit = QStringLiteral("cpm");
        units = double(std::count_if(text.begin(), text.end(), [](QChar c) { return isCjk(c); }));
    }
    d.pace = d.speakingMs > 0 ? std::round(units / (d.speakingMs / 60000.0)) : 0;
    d.fillers = fillerWords(text, language);
    d.fillerCount = int(d.fillers.size());
    d.tooShort = d.speakingMs < 15000 || units < (language == u"en" ? 20 : 40);
    return d;
}

} // namespace mi
