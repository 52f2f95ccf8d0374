#include "polls/pollservice.h"

#include "db/database.h"
#include "db/dialect.h"
#include "polls/polljson.h"
#include "polls/pollvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Polls {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return Dialect::of(db).isPostgres();
}

QString audienceJson(const Poll &poll)
{
    QJsonArray municipalities;
    for (const QString &m : poll.municipalities)
        municipalities.append(m);
    QJsonArray ages;
    for (const QString &a : poll.ageBands)
        ages.append(a);
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("who"), key(poll.audience)},
                                  {QStringLiteral("municipalities"), municipalities},
                                  {QStringLiteral("age_bands"), ages}})
            .toJson(QJsonDocument::Compact));
}

// SQLite binds a null QString as NULL: texts left empty are stored as ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant timeValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime readTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

// SQLite: the staff id of an active account.
DbError staffId(QSqlDatabase &db, const QString &login, qint64 *id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, active FROM staff WHERE login = ?"));
    if (DbError e = Database::exec(q, {login}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotSetUp,
                             QStringLiteral("the login \"%1\" has no staff account").arg(login));
    if (!q.value(1).toBool())
        return DbError::make(DbError::Kind::Deactivated,
                             QStringLiteral("the Diwan account \"%1\" is deactivated").arg(login));
    *id = q.value(0).toLongLong();
    return {};
}

// SQLite: the poll row, at the version read.
DbError lockPoll(QSqlDatabase &db, qint64 id, int version, StoredPoll *row)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT version, state, coalesce(created_by, 0), "
                       "coalesce(reviewed_by, 0), opens_at, closes_at FROM polls WHERE id = ?"));
    if (DbError e = Database::exec(q, {id}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotFound,
                             QStringLiteral("poll %1 does not exist").arg(id));
    row->id = id;
    row->version = q.value(0).toInt();
    row->state = q.value(1).toString();
    row->createdBy = q.value(2).toLongLong();
    row->reviewedBy = q.value(3).toLongLong();
    row->poll.opensAt = readTime(q.value(4));
    row->poll.closesAt = readTime(q.value(5));
    if (row->version != version)
        return DbError::make(DbError::Kind::Conflict,
                             QStringLiteral("poll %1 changed since it was read (version %2 now)")
                                 .arg(id)
                                 .arg(row->version));
    return {};
}

DbError writeStructure(QSqlDatabase &db, qint64 pollId, const Poll &poll)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM poll_options WHERE question_id IN "
                             "(SELECT id FROM poll_questions WHERE poll_id = ?)"));
    if (DbError e = Database::exec(q, {pollId}); !e.ok())
        return e;
    q.prepare(QStringLiteral("DELETE FROM poll_questions WHERE poll_id = ?"));
    if (DbError e = Database::exec(q, {pollId}); !e.ok())
        return e;
    QSqlQuery insertQuestion(db);
    insertQuestion.prepare(QStringLiteral(
        "INSERT INTO poll_questions (poll_id, position, kind, text_ar, text_en, required, "
        "min_picks, max_picks, other_option, random_order, show_if_question, show_if_option) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertOption(db);
    insertOption.prepare(QStringLiteral(
        "INSERT INTO poll_options (question_id, position, text_ar, text_en) VALUES (?, ?, ?, ?)"));
    for (int qi = 0; qi < poll.questions.size(); ++qi) {
        const Question &question = poll.questions.at(qi);
        const QVariant showQuestion
            = question.showIf ? QVariant(question.showIf->question) : QVariant();
        const QVariant showOption
            = question.showIf ? QVariant(question.showIf->option) : QVariant();
        if (DbError e = Database::exec(insertQuestion,
                                       {pollId,
                                        qi,
                                        key(question.kind),
                                        notNull(question.textAr),
                                        notNull(question.textEn),
                                        question.required ? 1 : 0,
                                        question.minPicks,
                                        question.maxPicks,
                                        question.otherOption ? 1 : 0,
                                        question.randomOrder ? 1 : 0,
                                        showQuestion,
                                        showOption});
            !e.ok())
            return e;
        const qint64 questionId = insertQuestion.lastInsertId().toLongLong();
        for (int oi = 0; oi < question.options.size(); ++oi) {
            const Option &o = question.options.at(oi);
            if (DbError e = Database::exec(insertOption,
                                           {questionId, oi, notNull(o.textAr), notNull(o.textEn)});
                !e.ok())
                return e;
        }
    }
    return {};
}

} // namespace

DbError PollService::saveDraft(QSqlDatabase &db,
                               const QString &login,
                               qint64 id,
                               int version,
                               const Poll &poll,
                               qint64 *savedId,
                               int *savedVersion,
                               const QDateTime &now)
{
    const QList<Problem> problems = PollValidator::validate(poll, now);
    for (const Problem &p : problems)
        if (p.severity == Problem::Severity::Error)
            return DbError::said(DbError::Kind::Invalid, p.message, p.field);
    if (isPostgres(db)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT saved_id, saved_version FROM diwan.save_poll_draft(?, ?, CAST(? AS jsonb))"));
        if (DbError e
            = Database::exec(q,
                             {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)),
                              version,
                              QString::fromUtf8(PollJson::toJson(poll))});
            !e.ok())
            return e;
        if (!q.next())
            return DbError::make(DbError::Kind::Other, QStringLiteral("save_poll_draft: no row"));
        *savedId = q.value(0).toLongLong();
        *savedVersion = q.value(1).toInt();
        return {};
    }
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = staffId(db, login, &me); !e.ok())
            return e;
        QSqlQuery q(db);
        if (id <= 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO polls (title_ar, title_en, description_ar, description_en, state, "
                "audience, results, opens_at, closes_at, created_by) "
                "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)"));
            if (DbError e = Database::exec(q,
                                           {notNull(poll.titleAr),
                                            notNull(poll.titleEn),
                                            notNull(poll.descriptionAr),
                                            notNull(poll.descriptionEn),
                                            audienceJson(poll),
                                            key(poll.results),
                                            timeValue(poll.opensAt),
                                            timeValue(poll.closesAt),
                                            me});
                !e.ok())
                return e;
            *savedId = q.lastInsertId().toLongLong();
            *savedVersion = 1;
        } else {
            StoredPoll row;
            if (DbError e = lockPoll(db, id, version, &row); !e.ok())
                return e;
            if (row.state != QLatin1String("draft"))
                return DbError::make(
                    DbError::Kind::Invalid,
                    QStringLiteral("poll %1 is %2: only a draft is edited").arg(id).arg(row.state));
            if (row.createdBy != me)
                return DbError::make(DbError::Kind::Forbidden,
                                     QStringLiteral("poll %1 is another editor's draft").arg(id));
            q.prepare(QStringLiteral(
                "UPDATE polls SET title_ar = ?, title_en = ?, description_ar = ?, "
                "description_en = ?, audience = ?, results = ?, opens_at = ?, closes_at = ?, "
                "version = version + 1 WHERE id = ?"));
            if (DbError e = Database::exec(q,
                                           {notNull(poll.titleAr),
                                            notNull(poll.titleEn),
                                            notNull(poll.descriptionAr),
                                            notNull(poll.descriptionEn),
                                            audienceJson(poll),
                                            key(poll.results),
                                            timeValue(poll.opensAt),
                                            timeValue(poll.closesAt),
                                            id});
                !e.ok())
                return e;
            *savedId = id;
            *savedVersion = version + 1;
        }
        DbError e = writeStructure(db, *savedId, poll);
        // The frozen-structure triggers (migration 014) speak as PostgreSQL's check_violation.
        if (!e.ok() && e.detail.contains(QLatin1String("frozen")))
            e.kind = DbError::Kind::Invalid;
        return e;
    });
}

DbError PollService::submitForReview(
    QSqlDatabase &db, const QString &login, qint64 id, int version, int *newVersion)
{
    if (isPostgres(db)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.submit_poll_for_review(?, ?)"));
        if (DbError e = Database::exec(q, {id, version}); !e.ok())
            return e;
        if (newVersion && q.next())
            *newVersion = q.value(0).toInt();
        return {};
    }
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = staffId(db, login, &me); !e.ok())
            return e;
        StoredPoll row;
        if (DbError e = lockPoll(db, id, version, &row); !e.ok())
            return e;
        if (row.createdBy != me)
            return DbError::make(
                DbError::Kind::Forbidden,
                QStringLiteral("poll %1 is sent for review by its author").arg(id));
        if (row.state != QLatin1String("draft"))
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("poll %1 is %2: only a draft is sent for review")
                                     .arg(id)
                                     .arg(row.state));
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE polls SET state = 'in_review', version = version + 1 WHERE id = ?"));
        if (newVersion)
            *newVersion = version + 1;
        return Database::exec(q, {id});
    });
}

DbError PollService::approve(
    QSqlDatabase &db, const QString &login, qint64 id, int version, int *newVersion)
{
    if (isPostgres(db)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.approve_poll(?, ?)"));
        if (DbError e = Database::exec(q, {id, version}); !e.ok())
            return e;
        if (newVersion && q.next())
            *newVersion = q.value(0).toInt();
        return {};
    }
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = staffId(db, login, &me); !e.ok())
            return e;
        StoredPoll row;
        if (DbError e = lockPoll(db, id, version, &row); !e.ok())
            return e;
        if (row.createdBy == me)
            return DbError::make(
                DbError::Kind::Forbidden,
                QStringLiteral("four eyes: poll %1 is approved by someone other than its author")
                    .arg(id));
        if (row.state != QLatin1String("in_review"))
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("poll %1 is %2: only a poll in review is approved")
                                     .arg(id)
                                     .arg(row.state));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!row.poll.opensAt.isValid() || !row.poll.closesAt.isValid() || row.poll.opensAt <= now
            || row.poll.closesAt <= row.poll.opensAt)
            return DbError::make(
                DbError::Kind::Invalid,
                QStringLiteral("poll %1 needs an opening time ahead and a closing time after it")
                    .arg(id));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE polls SET state = 'scheduled', reviewed_by = ?, "
                                 "version = version + 1 WHERE id = ?"));
        if (newVersion)
            *newVersion = version + 1;
        return Database::exec(q, {me, id});
    });
}

DbError PollService::schedule(QSqlDatabase &db,
                              const QString &login,
                              qint64 id,
                              int version,
                              const QDateTime &opensAt,
                              const QDateTime &closesAt,
                              int *newVersion)
{
    if (isPostgres(db)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT diwan.schedule_poll(?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz))"));
        if (DbError e = Database::exec(q, {id, version, timeValue(opensAt), timeValue(closesAt)});
            !e.ok())
            return e;
        if (newVersion && q.next())
            *newVersion = q.value(0).toInt();
        return {};
    }
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = staffId(db, login, &me); !e.ok())
            return e;
        StoredPoll row;
        if (DbError e = lockPoll(db, id, version, &row); !e.ok())
            return e;
        if (row.state != QLatin1String("draft") && row.state != QLatin1String("scheduled"))
            return DbError::make(
                DbError::Kind::Invalid,
                QStringLiteral("poll %1 is %2: only a draft or a scheduled poll is scheduled")
                    .arg(id)
                    .arg(row.state));
        if (row.state == QLatin1String("draft") && row.createdBy != me)
            return DbError::make(DbError::Kind::Forbidden,
                                 QStringLiteral("poll %1 is another editor's draft").arg(id));
        if (!opensAt.isValid() || !closesAt.isValid() || opensAt <= QDateTime::currentDateTimeUtc()
            || closesAt <= opensAt)
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("poll %1: the opening time must lie ahead and "
                                                "the closing time after it")
                                     .arg(id));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE polls SET opens_at = ?, closes_at = ?, "
                                 "version = version + 1 WHERE id = ?"));
        if (newVersion)
            *newVersion = version + 1;
        return Database::exec(q, {timeValue(opensAt), timeValue(closesAt), id});
    });
}

DbError PollService::load(QSqlDatabase &db, qint64 id, StoredPoll *stored)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT version, state, coalesce(created_by, 0), coalesce(reviewed_by, 0), title_ar, "
        "title_en, description_ar, description_en, CAST(audience AS text), results, opens_at, "
        "closes_at FROM polls WHERE id = ?"));
    if (DbError e = Database::exec(q, {id}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotFound,
                             QStringLiteral("poll %1 does not exist").arg(id));
    StoredPoll s;
    s.id = id;
    s.version = q.value(0).toInt();
    s.state = q.value(1).toString();
    s.createdBy = q.value(2).toLongLong();
    s.reviewedBy = q.value(3).toLongLong();
    s.poll.titleAr = q.value(4).toString();
    s.poll.titleEn = q.value(5).toString();
    s.poll.descriptionAr = q.value(6).toString();
    s.poll.descriptionEn = q.value(7).toString();
    const QJsonObject audience = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    s.poll.audience = audienceFromKey(audience.value(QStringLiteral("who")).toString())
                          .value_or(Audience::Everyone);
    for (const QJsonValue &v : audience.value(QStringLiteral("municipalities")).toArray())
        s.poll.municipalities.append(v.toString());
    for (const QJsonValue &v : audience.value(QStringLiteral("age_bands")).toArray())
        s.poll.ageBands.append(v.toString());
    s.poll.results
        = resultsFromKey(q.value(9).toString()).value_or(ResultsVisibility::AfterClosing);
    s.poll.opensAt = readTime(q.value(10));
    s.poll.closesAt = readTime(q.value(11));

    QSqlQuery questions(db);
    questions.prepare(QStringLiteral(
        "SELECT id, kind, text_ar, text_en, required, min_picks, max_picks, other_option, "
        "random_order, show_if_question, show_if_option FROM poll_questions WHERE poll_id = ? "
        "ORDER BY position LIMIT 1000"));
    if (DbError e = Database::exec(questions, {id}); !e.ok())
        return e;
    QList<qint64> questionIds;
    while (questions.next()) {
        Question question;
        questionIds.append(questions.value(0).toLongLong());
        question.kind = kindFromKey(questions.value(1).toString()).value_or(QuestionKind::Single);
        question.textAr = questions.value(2).toString();
        question.textEn = questions.value(3).toString();
        question.required = questions.value(4).toBool();
        question.minPicks = questions.value(5).toInt();
        question.maxPicks = questions.value(6).toInt();
        question.otherOption = questions.value(7).toBool();
        question.randomOrder = questions.value(8).toBool();
        if (!questions.value(9).isNull())
            question.showIf = ShowIf{questions.value(9).toInt(), questions.value(10).toInt()};
        s.poll.questions.append(question);
    }
    QSqlQuery options(db);
    options.prepare(
        QStringLiteral("SELECT text_ar, text_en FROM poll_options WHERE question_id = ? "
                       "ORDER BY position LIMIT 1000"));
    for (int i = 0; i < questionIds.size(); ++i) {
        if (DbError e = Database::exec(options, {questionIds.at(i)}); !e.ok())
            return e;
        while (options.next())
            s.poll.questions[i].options.append(
                {options.value(0).toString(), options.value(1).toString()});
    }
    *stored = s;
    return {};
}

} // namespace Polls
