#pragma once

#include <QString>

class SpokenAnswerBar;

// Points the bar at the microphone and the speech engine chosen in Settings.
// Returns a message when the engine cannot be used (the bar keeps the offline
// English recogniser then), else an empty string.
QString applySpeechSettings(SpokenAnswerBar &bar);
