#pragma once

#include "delivery.h"
#include "transcriber.h"

namespace mi {

struct TranscribedAnswer {
    Transcript transcript;
    DeliveryFigures delivery;
};

// A recorded answer to text, with how it was spoken measured on the same
// audio. Shares nothing between calls, so the app runs it on a worker thread.
Result<TranscribedAnswer> transcribeAnswer(const Transcriber &transcriber, const TranscriptionRequest &request);

} // namespace mi
