#pragma once

#include "engine/interviewengine.h"

#include <QString>

// What the user chose on the home page before starting.
struct PracticeSetup {
    QString packId;
    mi::EngineOptions options; // mode, persona, rounds or tags; the seed is drawn at start
    bool speakQuestions = false;
    bool mentorLed = false;    // a mentor runs it from a console; the candidate gets their own window
};
