#pragma once

#include "packs/packlibrary.h"
#include "storage/sessionrepository.h"

#include <QDialog>

// A saved session, read-only: every turn with its reason, answer and score.
class SessionDialog : public QDialog
{
    Q_OBJECT
public:
    SessionDialog(const mi::StoredSession &session, const mi::PackLibrary &library, QWidget *parent = nullptr);
};
