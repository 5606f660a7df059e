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
        // 4: spoken answers and mentor review. Sessions get a stable uid so a
        // bundle imported back is matched, not duplicated; answers keep the
        // transcript as recognised beside the edited text, their input kind and
        // delivery figures; audio files are linked per turn; mentors' overrides,
        // comments and verdicts sit beside the automatic scores, never over them.
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN uid TEXT"),
            QStringLiteral("UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX sessions_by_uid ON sessions(uid)"),
            QStringLiteral("ALTER TABLE sessions ADD COLUMN candidate TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE answers ADD COLUMN input TEXT NOT NULL DEFAULT 'typed'"),
            QStringLiteral("ALTER TABLE answers ADD COLUMN original_text TEXT"),
            QStringLiteral("ALTER TABLE answers ADD COLUMN delivery TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE answer_audio ("
                           " turn_id INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,"
                           " file TEXT NOT NULL,"
                           " mime TEXT NOT NULL DEFAULT 'audio/wav',"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " bytes INTEGER NOT NULL DEFAULT 0,"
                           " sha256 TEXT NOT NULL DEFAULT '',"
                           " recorded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE point_overrides ("
                           " turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('hit', 'partial', 'miss')),"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " author TEXT NOT NULL DEFAULT '',"
                           " at TEXT NOT NULL,"
                           " PRIMARY KEY (turn_id, position))"),
            QStringLiteral("CREATE TABLE score_overrides ("
                           " turn_id INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,"
                           " score REAL NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " author TEXT NOT NULL DEFAULT '',"
                           " at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE comments ("
                           " uid TEXT PRIMARY KEY,"
                           " turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,"
                           " span_start INTEGER NOT NULL DEFAULT -1,"
                           " span_length INTEGER NOT NULL DEFAULT 0,"
                           " quote TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL,"
                           " author TEXT NOT NULL DEFAULT '',"
                           " at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX comments_by_turn ON comments(turn_id)"),
            QStringLiteral("CREATE TABLE verdicts ("
                           " session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
                           " level TEXT NOT NULL DEFAULT '',"
                           " recommendation TEXT NOT NULL DEFAULT ''"
                           "  CHECK (recommendation IN ('', 'strong_hire', 'hire', 'lean_no', 'no')),"
                           " strengths TEXT NOT NULL DEFAULT '',"
                           " improvements TEXT NOT NULL DEFAULT '',"
                           " author TEXT NOT NULL DEFAULT '',"
                           " at TEXT NOT NULL)"),
            // Questions of an imported session, as the candidate's pack had them:
            // the reviewer's machine may not have that pack (or that version of it).
            QStringLiteral("CREATE TABLE session_questions ("
                           " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " snapshot TEXT NOT NULL,"
                           " PRIMARY KEY (session_id, question_id))"),
        },
        // 5: review intervals were unbounded, so an item covered a few dozen
        // times was due thousands of years ahead and its next update failed.
        // Bring every row inside the one-year cap (sm2.h), due a year after
        // its last review at the latest.
        {
            QStringLiteral("UPDATE review_items SET interval_minutes = 525600,"
                           " due_at = strftime('%Y-%m-%dT%H:%M:%fZ', last_reviewed_at, '+365 days')"
                           " WHERE interval_minutes > 525600 OR interval_minutes < 0"
                           "  OR due_at > strftime('%Y-%m-%dT%H:%M:%fZ', last_reviewed_at, '+366 days')"),
            QStringLiteral("UPDATE review_items SET due_at = last_reviewed_at WHERE due_at IS NULL OR due_at = ''"),
        },
    };
    return steps;
}

} // namespace mi
