#include "polls/pollservice.h"

#include "auth/session.h"
#include "db/actionreceipts.h"
#include "db/database.h"
#include "db/dialect.h"
#include "polls/polljson.h"
#include "polls/pollvalidator.h"
#include "polls/typorule.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Polls {

namespace {

// What the editor reads when a revision is more than a typo (DW211 on both databases).
QString revisionTooLarge()
{
    return QCoreApplication::translate(
        "PollService",
        "This is more than fixing a typo: make a new version of the poll for this change.");
}

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

// PostgreSQL: one diwan.* function that returns the poll's new version.
DbError
callForVersion(QSqlDatabase &db, const QString &call, const QVariantList &values, int *newVersion)
{
    QSqlQuery q(db);
    q.prepare(call);
    if (DbError e = ActionReceipts::once(db, [&] { return Database::exec(q, values); }); !e.ok())
        return e;
    if (newVersion && q.next())
        *newVersion = q.value(0).toInt();
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

// The writes of saveDraft, run at most once per action key.
static DbError saveDraftOnce(QSqlDatabase &db,
                             const QString &login,
                             qint64 id,
                             int version,
                             const Poll &poll,
                             qint64 *savedId,
                             int *savedVersion)
{
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
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
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
    // With an action key, a repeat says what the first send saved (ActionReceipts::created).
    return ActionReceipts::created(db, savedId, savedVersion, [&] {
        return saveDraftOnce(db, login, id, version, poll, savedId, savedVersion);
    });
}

DbError PollService::submitForReview(
    QSqlDatabase &db, const QString &login, qint64 id, int version, int *newVersion)
{
    if (isPostgres(db))
        return callForVersion(db,
                              QStringLiteral("SELECT diwan.submit_poll_for_review(?, ?)"),
                              {id, version},
                              newVersion);
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
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
    if (isPostgres(db))
        return callForVersion(
            db, QStringLiteral("SELECT diwan.approve_poll(?, ?)"), {id, version}, newVersion);
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
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
    if (isPostgres(db))
        return callForVersion(
            db,
            QStringLiteral(
                "SELECT diwan.schedule_poll(?, ?, CAST(? AS timestamptz), CAST(? AS timestamptz))"),
            {id, version, timeValue(opensAt), timeValue(closesAt)},
            newVersion);
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
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
        "closes_at, coalesce(previous_id, 0) FROM polls WHERE id = ?"));
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
    s.previousId = q.value(12).toLongLong();

    QSqlQuery questions(db);
    questions.prepare(QStringLiteral(
        "SELECT id, kind, text_ar, text_en, required, min_picks, max_picks, other_option, "
        "random_order, show_if_question, show_if_option FROM poll_questions WHERE poll_id = ? "
        "ORDER BY position LIMIT 1000"));
    if (DbError e = Database::exec(questions, {id}); !e.ok())
        return e;
    QList<qint64> &questionIds = s.questionIds;
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
        QStringLiteral("SELECT text_ar, text_en, id FROM poll_options WHERE question_id = ? "
                       "ORDER BY position LIMIT 1000"));
    for (int i = 0; i < questionIds.size(); ++i) {
        if (DbError e = Database::exec(options, {questionIds.at(i)}); !e.ok())
            return e;
        s.optionIds.append(QList<qint64>());
        while (options.next()) {
            s.poll.questions[i].options.append(
                {options.value(0).toString(), options.value(1).toString()});
            s.optionIds.last().append(options.value(2).toLongLong());
        }
    }
    *stored = s;
    return {};
}

DbError PollService::move(
    QSqlDatabase &db, const QString &login, qint64 id, int version, Move move, int *newVersion)
{
    const char *function = move == Move::Open    ? "open_poll"
                           : move == Move::Close ? "close_poll"
                                                 : "archive_poll";
    if (isPostgres(db))
        return callForVersion(db,
                              QStringLiteral("SELECT diwan.%1(?, ?)").arg(QLatin1String(function)),
                              {id, version},
                              newVersion);
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
            return e;
        StoredPoll row;
        if (DbError e = lockPoll(db, id, version, &row); !e.ok())
            return e;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSqlQuery q(db);
        const auto refuse = [&](const QString &why) {
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("poll %1 %2").arg(id).arg(why));
        };
        if (move == Move::Open) {
            if (row.state != QLatin1String("scheduled"))
                return refuse(
                    QStringLiteral("is %1: only a scheduled poll is opened").arg(row.state));
            if (row.poll.closesAt.isValid() && row.poll.closesAt <= now)
                return refuse(QStringLiteral("has passed its closing time"));
            const QDateTime opens
                = row.poll.opensAt.isValid() ? std::min(row.poll.opensAt, now) : now;
            q.prepare(QStringLiteral("UPDATE polls SET state = 'open', opens_at = ?, version = "
                                     "version + 1 WHERE id = ?"));
            if (DbError e = Database::exec(q, {timeValue(opens), id}); !e.ok())
                return e;
        } else if (move == Move::Close) {
            if (row.state != QLatin1String("open"))
                return refuse(QStringLiteral("is %1: only an open poll is closed").arg(row.state));
            const QDateTime closes
                = row.poll.closesAt.isValid() ? std::min(row.poll.closesAt, now) : now;
            q.prepare(QStringLiteral("UPDATE polls SET state = 'closed', closes_at = ?, version = "
                                     "version + 1 WHERE id = ?"));
            if (DbError e = Database::exec(q, {timeValue(closes), id}); !e.ok())
                return e;
        } else {
            if (row.state != QLatin1String("closed"))
                return refuse(
                    QStringLiteral("is %1: only a closed poll is archived").arg(row.state));
            q.prepare(QStringLiteral(
                "UPDATE polls SET state = 'archived', version = version + 1 WHERE id = ?"));
            if (DbError e = Database::exec(q, {id}); !e.ok())
                return e;
        }
        if (newVersion)
            *newVersion = version + 1;
        return {};
    });
}

DbError PollService::reviseText(QSqlDatabase &db,
                                const QString &login,
                                qint64 id,
                                int version,
                                qint64 questionId,
                                qint64 optionId,
                                const QString &field,
                                const QString &text,
                                int *newVersion)
{
    const QVariant noId(QMetaType(QMetaType::LongLong));
    if (isPostgres(db)) {
        DbError e
            = callForVersion(db,
                             QStringLiteral("SELECT diwan.revise_poll_text(?, ?, ?, ?, ?, ?)"),
                             {id,
                              version,
                              questionId > 0 ? QVariant(questionId) : noId,
                              optionId > 0 ? QVariant(optionId) : noId,
                              field,
                              notNull(text)},
                             newVersion);
        if (e.sqlState == QLatin1String(TypoRule::RefusalCode)) {
            e.kind = DbError::Kind::Invalid;
            e.message = revisionTooLarge();
        }
        return e;
    }
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
            return e;
        StoredPoll row;
        if (DbError e = lockPoll(db, id, version, &row); !e.ok())
            return e;
        const auto refuse = [&](const QString &why) {
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("poll %1: %2").arg(id).arg(why));
        };
        if (row.state != QLatin1String("scheduled") && row.state != QLatin1String("open")
            && row.state != QLatin1String("closed"))
            return refuse(
                QStringLiteral("texts are revised once the poll is approved (a draft is edited)"));
        const QString target = optionId > 0     ? QStringLiteral("option")
                               : questionId > 0 ? QStringLiteral("question")
                                                : QStringLiteral("poll");
        static const QStringList pollFields{QStringLiteral("title_ar"),
                                            QStringLiteral("title_en"),
                                            QStringLiteral("description_ar"),
                                            QStringLiteral("description_en")};
        static const QStringList itemFields{QStringLiteral("text_ar"), QStringLiteral("text_en")};
        if (!(target == QLatin1String("poll") ? pollFields : itemFields).contains(field))
            return refuse(QStringLiteral("%1 has no text %2").arg(target, field));
        QSqlQuery q(db);
        int longest = 0;
        if (target == QLatin1String("poll")) {
            q.prepare(QStringLiteral("SELECT %1 FROM polls WHERE id = ?").arg(field));
            if (DbError e = Database::exec(q, {id}); !e.ok())
                return e;
            longest = field.startsWith(QLatin1String("title")) ? TitleLimit : DescriptionLimit;
        } else if (target == QLatin1String("question")) {
            q.prepare(QStringLiteral("SELECT %1 FROM poll_questions WHERE id = ? AND poll_id = ?")
                          .arg(field));
            if (DbError e = Database::exec(q, {questionId, id}); !e.ok())
                return e;
            longest = QuestionLimit;
        } else {
            q.prepare(QStringLiteral("SELECT o.%1 FROM poll_options o JOIN poll_questions q ON "
                                     "q.id = o.question_id WHERE o.id = ? AND q.poll_id = ?")
                          .arg(field));
            if (DbError e = Database::exec(q, {optionId, id}); !e.ok())
                return e;
            longest = OptionLimit;
        }
        if (!q.next())
            return DbError::make(DbError::Kind::NotFound,
                                 QStringLiteral("poll %1 has no such %2").arg(id).arg(target));
        const QString was = q.value(0).toString();
        q.finish();
        if (text.toUcs4().size() > longest
            || (field.endsWith(QLatin1String("_ar")) && text.trimmed().isEmpty()))
            return refuse(
                QStringLiteral("the new text is empty or longer than %1 characters").arg(longest));
        if (text == was)
            return refuse(QStringLiteral("the text is unchanged"));
        if (const TypoRule::Verdict typo = TypoRule::check(was, text); !typo.allowed)
            return DbError{DbError::Kind::Invalid,
                           QStringLiteral("revision_too_large: poll %1: %2; make a new version of "
                                          "the poll for a bigger change")
                               .arg(id)
                               .arg(typo.numbersChanged
                                        ? QStringLiteral("the numbers in the text changed")
                                        : QStringLiteral("more than %1 characters changed (the "
                                                         "most a typo fix changes in this text)")
                                              .arg(typo.limit)),
                           QString::fromLatin1(TypoRule::RefusalCode),
                           revisionTooLarge()};
        const QString table = target == QLatin1String("poll") ? QStringLiteral("polls")
                              : target == QLatin1String("question")
                                  ? QStringLiteral("poll_questions")
                                  : QStringLiteral("poll_options");
        // The revision first: the frozen structure lets the text through once it is recorded.
        q.prepare(QStringLiteral(
            "INSERT INTO poll_text_revisions (poll_id, question_id, option_id, field, old_text, "
            "new_text, revised_by, revised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (DbError e
            = Database::exec(q,
                             {id,
                              target == QLatin1String("question") ? QVariant(questionId) : noId,
                              optionId > 0 ? QVariant(optionId) : noId,
                              field,
                              notNull(was),
                              notNull(text),
                              me,
                              timeValue(QDateTime::currentDateTimeUtc())});
            !e.ok())
            return e;
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, field));
        if (DbError e = Database::exec(q,
                                       {text,
                                        target == QLatin1String("poll")       ? id
                                        : target == QLatin1String("question") ? questionId
                                                                              : optionId});
            !e.ok())
            return e;
        q.prepare(QStringLiteral("UPDATE polls SET version = version + 1 WHERE id = ?"));
        if (newVersion)
            *newVersion = version + 1;
        return Database::exec(q, {id});
    });
}

DbError PollService::textRevisions(QSqlDatabase &db, qint64 id, QList<TextRevision> *out)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT coalesce(r.question_id, 0), coalesce(r.option_id, 0), r.field, r.old_text, "
        "r.new_text, r.revised_by, s.display_name_en, r.revised_at FROM poll_text_revisions r "
        "JOIN staff s ON s.id = r.revised_by WHERE r.poll_id = ? ORDER BY r.revised_at, r.id "
        "LIMIT 1000"));
    if (DbError e = Database::exec(q, {id}); !e.ok())
        return e;
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(),
                     q.value(1).toLongLong(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toLongLong(),
                     q.value(6).toString(),
                     readTime(q.value(7))});
    return {};
}

// The writes of newVersion, run at most once per action key.
static DbError newVersionOnce(QSqlDatabase &db, const QString &login, qint64 id, qint64 *newId)
{
    if (isPostgres(db)) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.new_poll_version(?)"));
        if (DbError e = Database::exec(q, {id}); !e.ok())
            return e;
        *newId = q.next() ? q.value(0).toLongLong() : 0;
        return {};
    }
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
            return e;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state FROM polls WHERE id = ?"));
        if (DbError e = Database::exec(q, {id}); !e.ok())
            return e;
        if (!q.next())
            return DbError::make(DbError::Kind::NotFound,
                                 QStringLiteral("poll %1 does not exist").arg(id));
        if (q.value(0).toString() == QLatin1String("draft"))
            return DbError::make(
                DbError::Kind::Invalid,
                QStringLiteral("poll %1 is a draft: it is edited, not versioned").arg(id));
        q.finish();
        q.prepare(QStringLiteral(
            "INSERT INTO polls (title_ar, title_en, description_ar, description_en, state, "
            "audience, results, created_by, previous_id) SELECT title_ar, title_en, "
            "description_ar, description_en, 'draft', audience, results, ?, id FROM polls "
            "WHERE id = ?"));
        if (DbError e = Database::exec(q, {me, id}); !e.ok())
            return e;
        *newId = q.lastInsertId().toLongLong();
        QSqlQuery questions(db);
        questions.prepare(QStringLiteral(
            "SELECT id FROM poll_questions WHERE poll_id = ? ORDER BY position LIMIT 1000"));
        if (DbError e = Database::exec(questions, {id}); !e.ok())
            return e;
        QList<qint64> ids;
        while (questions.next())
            ids << questions.value(0).toLongLong();
        for (qint64 question : std::as_const(ids)) {
            q.prepare(QStringLiteral(
                "INSERT INTO poll_questions (poll_id, position, kind, text_ar, text_en, required, "
                "min_picks, max_picks, other_option, random_order, show_if_question, "
                "show_if_option) SELECT ?, position, kind, text_ar, text_en, required, min_picks, "
                "max_picks, other_option, random_order, show_if_question, show_if_option FROM "
                "poll_questions WHERE id = ?"));
            if (DbError e = Database::exec(q, {*newId, question}); !e.ok())
                return e;
            const qint64 copy = q.lastInsertId().toLongLong();
            q.prepare(QStringLiteral(
                "INSERT INTO poll_options (question_id, position, text_ar, text_en, is_other) "
                "SELECT ?, position, text_ar, text_en, is_other FROM poll_options WHERE "
                "question_id = ? ORDER BY position"));
            if (DbError e = Database::exec(q, {copy, question}); !e.ok())
                return e;
        }
        return {};
    });
}

DbError PollService::newVersion(QSqlDatabase &db, const QString &login, qint64 id, qint64 *newId)
{
    return ActionReceipts::created(
        db, newId, nullptr, [&] { return newVersionOnce(db, login, id, newId); });
}

} // namespace Polls
