#include "migrations.h"

namespace mi {

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps{
        // 1: sessions, their turns, answers, scores and per-point results; typed drafts.
        {
            QStringLiteral("CREATE TABLE sessions ("
                           " id INTEGER PRIMARY KEY,"
                           " pack_id TEXT NOT NULL,"
                           " pack_title TEXT NOT NULL DEFAULT '',"
                           " language TEXT NOT NULL DEFAULT 'zh',"
                           " mode TEXT NOT NULL DEFAULT 'script',"
                           " seed INTEGER NOT NULL DEFAULT 1,"
                           " rounds TEXT NOT NULL DEFAULT '',"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " overall REAL)"),
            QStringLiteral("CREATE TABLE turns ("
                           " id INTEGER PRIMARY KEY,"
                           " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                           " turn_index INTEGER NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('question', 'followup')),"
                           " round_id TEXT NOT NULL DEFAULT '',"
                           " question_id TEXT NOT NULL,"
                           " followup_id TEXT NOT NULL DEFAULT '',"
                           " prompt TEXT NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " time_limit INTEGER NOT NULL DEFAULT 0,"
                           " asked_at TEXT NOT NULL,"
                           " UNIQUE (session_id, turn_index))"),
            QStringLiteral("CREATE TABLE answers ("
                           " turn_id INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,"
                           " text TEXT NOT NULL,"
                           " elapsed_ms INTEGER NOT NULL DEFAULT 0,"
                           " answered_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE scores ("
                           " turn_id INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,"
                           " score REAL NOT NULL,"
                           " similarity REAL NOT NULL,"
                           " coverage REAL NOT NULL,"
                           " keyword_dump INTEGER NOT NULL DEFAULT 0,"
                           " explanation TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE point_results ("
                           " turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " point_id TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " weight REAL NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " hit INTEGER NOT NULL,"
                           " evidence_start INTEGER NOT NULL DEFAULT -1,"
                           " evidence_length INTEGER NOT NULL DEFAULT 0,"
                           " evidence TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (turn_id, position))"),
            QStringLiteral("CREATE TABLE drafts ("
                           " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                           " turn_index INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " saved_at TEXT NOT NULL,"
                           " PRIMARY KEY (session_id, turn_index))"),
            QStringLiteral("CREATE INDEX turns_by_question ON turns(question_id)"),
        },
        // 2: adaptive interviewer: persona, topic tags and question count per
        // session; difficulty, time overrun and ability estimate per turn.
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN persona TEXT NOT NULL DEFAULT 'neutral'"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN tags TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN max_questions INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE turns ADD COLUMN difficulty INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE turns ADD COLUMN overrun_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE turns ADD COLUMN ability_after REAL"),
        },
        // 3: spaced-repetition schedules per question and per rubric point;
        // the question list of sessions on composed packs.
        {
            QStringLiteral("CREATE TABLE review_items ("
                           " question_id TEXT NOT NULL,"
                           " point_id TEXT NOT NULL DEFAULT '',"
                           " point_text TEXT NOT NULL DEFAULT '',"
                           " ease REAL NOT NULL,"
                           " repetitions INTEGER NOT NULL,"
                           " interval_minutes INTEGER NOT NULL,"
                           " lapses INTEGER NOT NULL DEFAULT 0,"
                           " due_at TEXT NOT NULL,"
                           " last_quality INTEGER NOT NULL,"
                           " last_reviewed_at TEXT NOT NULL,"
                           " PRIMARY KEY (question_id, point_id))"),
            QStringLiteral("CREATE INDEX review_items_by_due ON review_items(due_at)"),
            // Composed packs (topic drills, weak-spot reviews) keep their questions.
            QStringLiteral("ALTER TABLE sessions ADD COLUMN question_ids TEXT NOT NULL DEFAULT ''"),
        },
    };
    return steps;
}

} // namespace mi
