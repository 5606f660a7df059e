#pragma once

#include "appcontext.h"

#include <QObject>

class QWidget;

// The file dialogs and messages around session bundles (to a mentor and back).
class BundleActions : public QObject
{
    Q_OBJECT
public:
    BundleActions(AppContext &app, QObject *parent = nullptr) : QObject(parent), m_app(app) {}

    void exportBundle(qint64 sessionId, QWidget *parentWindow);
    // The imported (or updated) session's id; 0 when cancelled or refused.
    qint64 importBundle(QWidget *parentWindow);

private:
    AppContext &m_app;
};
