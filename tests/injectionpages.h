#pragma once

#include <QMap>
#include <QString>

// Every kind of page the app shows, built from the injection pack
// (tests/data/injection) and a session answered with injection text.
struct InjectionPages {
    QMap<QString, QString> all; // name → complete HTML document
};

InjectionPages buildInjectionPages();
