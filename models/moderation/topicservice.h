#pragma once

#include "db/dberror.h"
#include "db/dialect.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Issues for discussion as editors write them, and their lifecycle: draft -> in review ->
// scheduled -> open -> closed -> archived, approved by someone other than the author (four
// eyes). On PostgreSQL each call is one diwan.* function of migration 021 (the database checks
// the caller, the version, the state machine and the four eyes itself); on SQLite (a single-user
// demo, not a security boundary) the same checks are made here, in one transaction.
namespace Topics {

struct Topic
{
    qint64 id = 0; // 0: not saved yet
    int version = 0;
    QString state = QStringLiteral("draft");
    QString titleAr;
    QString titleEn;
    QString bodyAr;
    QString bodyEn;
    QDateTime opensAt;
    QDateTime closesAt;
    bool pinned = false;
    QString moderation = QStringLiteral("pre"); // "pre" or "post"
    int reportThreshold = 3;
    qint64 createdBy = 0;
    qint64 reviewedBy = 0;
    QString returnReason; // why review sent it back to draft (the last time)
};

// One thing wrong with a topic, next to its field: "title_ar", "body_ar", "title_en",
// "body_en", "opens_at", "closes_at", "report_threshold". The message is translated.
struct Problem
{
    QString field;
    QString message;
};

// What the contributions of a topic are, from the (topic_id, state) index alone.
struct Counters
{
    qint64 pending = 0;
    qint64 published = 0;
    qint64 hidden = 0;
    qint64 rejected = 0;
    qint64 reports = 0; // open reports on its contributions
};

enum class Step { Submit, Approve, Return, Close, Archive };

constexpr int MaxTitleLength = 200;
constexpr int MaxBodyLength = 5000;
constexpr int MaxReportThreshold = 100;
constexpr int MaxReturnReasonLength = 1000;

class TopicService
{
public:
    // The problems of `topic` as it would be saved, in the order of the form; none: it saves.
    static QList<Problem> validate(const Topic &topic,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Saves a new draft (topic.id 0) or a topic at topic.version: a draft wholly (its author);
    // a scheduled or open topic only in its closing time, pinned, moderation and threshold (a
    // scheduled one its opening time too). login: the editor (SQLite; PostgreSQL: session_user).
    // Sent again with the action key of a send that was committed (ActionReceipts::Scope), it
    // writes nothing and reports the id and version that send saved.
    static DbError save(QSqlDatabase &db,
                        const QString &login,
                        const Topic &topic,
                        qint64 *savedId,
                        int *savedVersion);
    // One step of the lifecycle; Approve is refused for the author. Return needs `reason` (kept
    // on the topic for its author, and so in the audit trail; migration 022).
    static DbError move(QSqlDatabase &db,
                        const QString &login,
                        Step step,
                        qint64 id,
                        int version,
                        int *newVersion = nullptr,
                        const QString &reason = {});
    // Scheduled topics whose opening time came open; open ones whose closing time passed close.
    static DbError advance(QSqlDatabase &db, int *moved = nullptr);
    static DbError load(QSqlDatabase &db, qint64 id, Topic *topic);
    static DbError counters(QSqlDatabase &db, qint64 id, Counters *counters);

    // The topics for a list, pinned first then newest (bind the limit): id, title_ar, title_en,
    // state, pinned, moderation, opens_at, closes_at, pending, published, hidden, reports.
    static QString listSql(const Dialect &dialect);
    // "submit", "approve", "return", "close", "archive".
    static QString stepKey(Step step);
    // What every change of a topic NOTIFYs on PostgreSQL (payload: its id, or empty).
    static QString channel() { return QStringLiteral("diwan_topics"); }
};

} // namespace Topics
