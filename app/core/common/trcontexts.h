#pragma once

#include <QCoreApplication>

namespace mi {

// Translation contexts for the messages of code without QObject classes:
// one per subsystem, so lupdate files each message where a translator looks
// for it. Use them as Storage::tr("…").
struct Packs {
    Q_DECLARE_TR_FUNCTIONS(Packs)
};
struct Storage {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
struct Bundles {
    Q_DECLARE_TR_FUNCTIONS(Bundles)
};
struct Engine {
    Q_DECLARE_TR_FUNCTIONS(Engine)
};
struct Speech {
    Q_DECLARE_TR_FUNCTIONS(Speech)
};
struct Audio {
    Q_DECLARE_TR_FUNCTIONS(Audio)
};
struct Pdf {
    Q_DECLARE_TR_FUNCTIONS(Pdf)
};

} // namespace mi
