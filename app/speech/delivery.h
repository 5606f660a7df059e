#pragma once

#include "wavaudio.h"

#include <QString>
#include <QStringList>

namespace mi {

// How an answer was spoken, from its audio and its transcript.
struct DeliveryFigures {
    qint64 audioMs = 0;
    qint64 speakingMs = 0;       // frames louder than the noise floor
    double pace = 0;             // words (en) or Chinese characters (zh) per minute of speaking
    QString paceUnit;            // "wpm" or "cpm"
    int fillerCount = 0;
    QStringList fillers;         // the fillers heard, in order
    int longPauses = 0;          // silences of 1.5 s or more between speech
    qint64 longestPauseMs = 0;
    bool tooShort = false;       // under 15 s of speech or under 20 words / 40 characters
};

DeliveryFigures analyseDelivery(const PcmAudio &audio, const QString &transcript, const QString &language);

// Fillers in a transcript: 嗯 啊 呃 always; 那个 就是 然后 when they open a
// clause or repeat; um, uh, erm, "you know", and "like" set off by commas.
QStringList fillerWords(const QString &transcript, const QString &language);

} // namespace mi
