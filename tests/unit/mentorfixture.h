#pragma once

#include "packs/packlibrary.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <memory>

// A candidate's database with one finished session on the mini English pack:
// three answered turns (Chinese, English, mixed), the second one spoken with
// its audio file in the data folder.
struct MentorFixture {
    MentorFixture();

    std::shared_ptr<mi::Database> openDb(const QString &name) const;
    QString audioPathOfTurn1() const;

    QTemporaryDir dir;
    mi::PackLibrary library;
    std::shared_ptr<mi::Database> candidate;
    qint64 sessionId = 0;
    QByteArray audioBytes;
};

int countRows(const mi::Database &db, const QString &table);
