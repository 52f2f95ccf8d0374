#pragma once

#include "db/dberror.h"
#include "polls/poll.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Saving polls and moving them through their lifecycle: draft -> in review -> scheduled
// (approved by someone other than the author) -> open -> closed -> archived; text revisions of
// an approved poll and new versions (migration 016). On PostgreSQL each call is one diwan.*
// function (migration 014), which checks the caller and the rules itself; on SQLite (a single-user
// demo, not a security boundary) the same checks are made here in one transaction. A draft is saved
// as a whole, never half: the poll is validated first (PollValidator) and refused with the first
// problem when it has errors.
namespace Polls {

struct StoredPoll
{
    qint64 id = 0;
    int version = 0;
    QString state;
    qint64 createdBy = 0;
    qint64 reviewedBy = 0;
    qint64 previousId = 0; // the poll this one is a new version of
    Poll poll;
    QList<qint64> questionIds;      // per question of poll.questions
    QList<QList<qint64>> optionIds; // per question, per option
};

// A text of a poll changed after approval: who, when, the old and the new text.
struct TextRevision
{
    qint64 questionId = 0; // 0: the poll's own text
    qint64 optionId = 0;   // 0: not an option's
    QString field;         // title_ar, title_en, description_ar, description_en, text_ar, text_en
    QString oldText;
    QString newText;
    qint64 revisedBy = 0;
    QString revisedByName; // English display name
    QDateTime revisedAt;
};

enum class Move { Open, Close, Archive };

class PollService
{
public:
    // id 0: a new draft. login: the person saving (SQLite; PostgreSQL uses session_user).
    static DbError saveDraft(QSqlDatabase &db,
                             const QString &login,
                             qint64 id,
                             int version,
                             const Poll &poll,
                             qint64 *savedId,
                             int *savedVersion,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    static DbError submitForReview(
        QSqlDatabase &db, const QString &login, qint64 id, int version, int *newVersion = nullptr);
    // Four eyes: refused for the author.
    static DbError approve(
        QSqlDatabase &db, const QString &login, qint64 id, int version, int *newVersion = nullptr);
    static DbError schedule(QSqlDatabase &db,
                            const QString &login,
                            qint64 id,
                            int version,
                            const QDateTime &opensAt,
                            const QDateTime &closesAt,
                            int *newVersion = nullptr);
    static DbError load(QSqlDatabase &db, qint64 id, StoredPoll *stored);

    // scheduled -> open (now, if its time has not come), open -> closed (now, if before its
    // closing time), closed -> archived; any editor.
    static DbError move(QSqlDatabase &db,
                        const QString &login,
                        qint64 id,
                        int version,
                        Move move,
                        int *newVersion = nullptr);
    // A typo fixed in an approved poll (scheduled, open or closed), its structure frozen or not:
    // one text of the poll (question and option 0), a question or an option, recorded.
    static DbError reviseText(QSqlDatabase &db,
                              const QString &login,
                              qint64 id,
                              int version,
                              qint64 questionId,
                              qint64 optionId,
                              const QString &field,
                              const QString &text,
                              int *newVersion = nullptr);
    static DbError textRevisions(QSqlDatabase &db, qint64 id, QList<TextRevision> *out);
    // A copy of a poll past its draft as the caller's new draft, naming the poll it replaces.
    static DbError newVersion(QSqlDatabase &db, const QString &login, qint64 id, qint64 *newId);
};

} // namespace Polls
