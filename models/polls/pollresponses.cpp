#include "polls/pollresponses.h"

#include "common/arabictext.h"
#include "db/database.h"
#include "db/dialect.h"
#include "polls/poll.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <optional>
#include <tuple>

namespace Polls::PollResponses {

namespace {

struct RefusalInfo
{
    Refusal refusal;
    const char *code;
    const char *sqlState;
};

const RefusalInfo refusals[] = {
    {Refusal::PollNotOpen, "poll_not_open", "DW201"},
    {Refusal::NotEligible, "not_eligible", "DW202"},
    {Refusal::AlreadyAnswered, "already_answered", "DW203"},
    {Refusal::UnknownOption, "unknown_option", "DW204"},
    {Refusal::WrongPicks, "wrong_picks", "DW205"},
    {Refusal::RequiredMissing, "required_missing", "DW206"},
    {Refusal::OutOfRange, "out_of_range", "DW207"},
    {Refusal::BadRanking, "bad_ranking", "DW208"},
    {Refusal::RespondentMissing, "respondent_missing", "DW209"},
    {Refusal::BadAnswer, "bad_answer", "DW210"},
};

const QStringList genders{QStringLiteral("male"), QStringLiteral("female")};
const QStringList nationalityGroups{QStringLiteral("qatari"), QStringLiteral("non_qatari")};

// Characters as PostgreSQL's length() counts them (code points).
qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

// A question as the checks need it.
struct Shape
{
    qint64 id = 0;
    int position = 0;
    QString kind;
    bool required = true;
    int minPicks = 0;
    int maxPicks = 0;
    bool other = false;
    std::optional<int> showIfQuestion;
    int showIfOption = 0;
    QList<qint64> options; // in their order
};

// One poll_answers row.
struct Row
{
    qint64 question = 0;
    qint64 option = 0; // 0: none
    int value = 0;     // 0: none
    QString text;      // null: none
};

struct Refused
{
    Refusal refusal = Refusal::None;
    QString detail;
};

Refused refuse(Refusal refusal, const QString &detail)
{
    return {refusal, detail};
}

bool onlyKeys(const QJsonObject &a, std::initializer_list<const char *> keys)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        bool known = it.key() == QLatin1String("question");
        for (const char *k : keys)
            known = known || it.key() == QLatin1String(k);
        if (!known)
            return false;
    }
    return true;
}

bool allNumbers(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &e : v.toArray())
        if (!e.isDouble())
            return false;
    return true;
}

QList<qint64> ids(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &e : v.toArray())
        out << qint64(std::llround(e.toDouble()));
    return out;
}

// The checks of diwan.submit_poll_response on the answers, in the same order.
Refused checkAnswers(const QList<Shape> &questions, const QJsonArray &answers, QList<Row> *rows)
{
    QMap<qint64, QJsonObject> given;
    for (const QJsonValue &v : answers) {
        const QJsonObject a = v.toObject();
        if (!v.isObject() || !a.value(QLatin1String("question")).isDouble())
            return refuse(Refusal::BadAnswer, QStringLiteral("each answer names its question"));
        const qint64 id = qint64(std::llround(a.value(QLatin1String("question")).toDouble()));
        if (given.contains(id))
            return refuse(Refusal::BadAnswer, QStringLiteral("question %1 answered twice").arg(id));
        given.insert(id, a);
    }
    QSet<qint64> known;
    for (const Shape &q : questions)
        known.insert(q.id);
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        if (!known.contains(it.key()))
            return refuse(Refusal::UnknownOption,
                          QStringLiteral("an answer to a question the poll does not have"));

    QMap<int, QList<int>> picked; // question position -> 0-based indexes chosen
    for (const Shape &q : questions) {
        const bool shown
            = !q.showIfQuestion || picked.value(*q.showIfQuestion).contains(q.showIfOption);
        std::optional<QJsonObject> a;
        if (given.contains(q.id))
            a = given.value(q.id);
        if (a && !shown)
            return refuse(
                Refusal::BadAnswer,
                QStringLiteral("question %1 is not shown with the earlier answers").arg(q.id));
        if (a) {
            const bool something
                = a->contains(QLatin1String("options")) || a->contains(QLatin1String("other"))
                  || a->contains(QLatin1String("value")) || a->contains(QLatin1String("ranking"))
                  || a->contains(QLatin1String("text"));
            const QJsonValue opts = a->value(QLatin1String("options"));
            if (!something
                || (opts.isArray() && opts.toArray().isEmpty()
                    && !a->contains(QLatin1String("other"))))
                a.reset();
        }
        if (!a) {
            if (shown && q.required)
                return refuse(Refusal::RequiredMissing,
                              QStringLiteral("question %1 needs an answer").arg(q.id));
            continue;
        }
        const bool byOption
            = q.kind == QLatin1String("single") || q.kind == QLatin1String("multiple")
              || ((q.kind == QLatin1String("likert") || q.kind == QLatin1String("yes_no"))
                  && !q.options.isEmpty());
        if (byOption) {
            if (!onlyKeys(*a, {"options", "other"})
                || (a->contains(QLatin1String("options"))
                    && !allNumbers(a->value(QLatin1String("options"))))
                || (a->contains(QLatin1String("other"))
                    && !a->value(QLatin1String("other")).isString()))
                return refuse(Refusal::BadAnswer,
                              QStringLiteral("question %1 is answered with options").arg(q.id));
            const QList<qint64> chosen = ids(a->value(QLatin1String("options")));
            for (qint64 c : chosen)
                if (!q.options.contains(c))
                    return refuse(Refusal::UnknownOption,
                                  QStringLiteral("an option question %1 does not have").arg(q.id));
            const bool hasOther = a->contains(QLatin1String("other"));
            const QString other = a->value(QLatin1String("other")).toString();
            if (hasOther && !q.other)
                return refuse(Refusal::UnknownOption,
                              QStringLiteral("question %1 has no \"other\"").arg(q.id));
            if (hasOther
                && (ArabicText::normalize(other).isEmpty() || characters(other) > MaxTextLength))
                return refuse(Refusal::BadAnswer,
                              QStringLiteral("the \"other\" text of question %1 is empty or too "
                                             "long")
                                  .arg(q.id));
            const int n = int(chosen.size()) + (hasOther ? 1 : 0);
            const bool multiple = q.kind == QLatin1String("multiple");
            const int fewest = multiple ? std::max(q.minPicks, 1) : 1;
            const int most = !multiple         ? 1
                             : q.maxPicks == 0 ? int(q.options.size()) + (q.other ? 1 : 0)
                                               : q.maxPicks;
            if (n < fewest || n > most
                || QSet<qint64>(chosen.begin(), chosen.end()).size() != chosen.size())
                return refuse(Refusal::WrongPicks,
                              QStringLiteral("question %1 takes %2 to %3 options")
                                  .arg(q.id)
                                  .arg(fewest)
                                  .arg(most));
            QList<int> indexes;
            for (qint64 c : chosen) {
                rows->append({q.id, c, 0, QString()});
                indexes << int(q.options.indexOf(c));
            }
            if (hasOther)
                rows->append({q.id, 0, 0, other});
            picked.insert(q.position, indexes);
        } else if (q.kind == QLatin1String("likert") || q.kind == QLatin1String("yes_no")
                   || q.kind == QLatin1String("rating")) {
            if (!onlyKeys(*a, {"value"}) || !a->value(QLatin1String("value")).isDouble())
                return refuse(Refusal::BadAnswer,
                              QStringLiteral("question %1 is answered with a value").arg(q.id));
            const int scale = q.kind == QLatin1String("likert")   ? 5
                              : q.kind == QLatin1String("yes_no") ? 2
                                                                  : 10;
            const double v = a->value(QLatin1String("value")).toDouble();
            if (v != std::trunc(v) || v < 1 || v > scale)
                return refuse(Refusal::OutOfRange,
                              QStringLiteral("question %1 takes 1 to %2").arg(q.id).arg(scale));
            rows->append({q.id, 0, int(v), QString()});
            picked.insert(q.position, {int(v) - 1});
        } else if (q.kind == QLatin1String("ranking")) {
            if (!onlyKeys(*a, {"ranking"}) || !allNumbers(a->value(QLatin1String("ranking"))))
                return refuse(Refusal::BadAnswer,
                              QStringLiteral("question %1 is answered with a ranking").arg(q.id));
            const QList<qint64> chosen = ids(a->value(QLatin1String("ranking")));
            for (qint64 c : chosen)
                if (!q.options.contains(c))
                    return refuse(Refusal::UnknownOption,
                                  QStringLiteral("an option question %1 does not have").arg(q.id));
            if (chosen.size() != q.options.size()
                || QSet<qint64>(chosen.begin(), chosen.end()).size() != q.options.size())
                return refuse(Refusal::BadRanking,
                              QStringLiteral("question %1 ranks each of its %2 options once")
                                  .arg(q.id)
                                  .arg(q.options.size()));
            for (qsizetype k = 0; k < chosen.size(); ++k)
                rows->append({q.id, chosen.at(k), int(k) + 1, QString()});
        } else {
            const QJsonValue text = a->value(QLatin1String("text"));
            if (!onlyKeys(*a, {"text"}) || !text.isString()
                || ArabicText::normalize(text.toString()).isEmpty()
                || characters(text.toString()) > MaxTextLength)
                return refuse(Refusal::BadAnswer,
                              QStringLiteral("question %1 is answered with a text of 1 to 2000 "
                                             "characters")
                                  .arg(q.id));
            rows->append({q.id, 0, 0, text.toString()});
        }
    }
    return {};
}

bool eligible(const QJsonObject &audience, const Respondent &r)
{
    const QString who = audience.value(QLatin1String("who")).toString(QStringLiteral("everyone"));
    if ((who == QLatin1String("verified_qid") && !r.verified)
        || (who == QLatin1String("residents") && !r.resident))
        return false;
    const auto outside = [&audience](const char *key, const QString &value) {
        const QJsonArray list = audience.value(QLatin1String(key)).toArray();
        return !list.isEmpty() && !list.contains(value);
    };
    return !outside("municipalities", r.municipality) && !outside("age_bands", r.ageBand)
           && !outside("nationality_groups", r.nationalityGroup);
}

DbError loadShape(QSqlDatabase &db, qint64 pollId, QList<Shape> *out)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, position, kind, required, min_picks, max_picks, other_option, "
                       "show_if_question, show_if_option FROM poll_questions WHERE poll_id = ? "
                       "ORDER BY position LIMIT 1000"));
    if (DbError e = Database::exec(q, {pollId}); !e.ok())
        return e;
    while (q.next()) {
        Shape s;
        s.id = q.value(0).toLongLong();
        s.position = q.value(1).toInt();
        s.kind = q.value(2).toString();
        s.required = q.value(3).toBool();
        s.minPicks = q.value(4).toInt();
        s.maxPicks = q.value(5).toInt();
        s.other = q.value(6).toBool();
        if (!q.value(7).isNull())
            s.showIfQuestion = q.value(7).toInt();
        s.showIfOption = q.value(8).toInt();
        out->append(s);
    }
    QSqlQuery options(db);
    options.prepare(QStringLiteral(
        "SELECT id FROM poll_options WHERE question_id = ? ORDER BY position LIMIT 1000"));
    for (Shape &s : *out) {
        if (DbError e = Database::exec(options, {s.id}); !e.ok())
            return e;
        while (options.next())
            s.options << options.value(0).toLongLong();
    }
    return {};
}

Submitted submitOnPostgres(QSqlDatabase &db, const Submission &s)
{
    Submitted result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT diwan.submit_poll_response(?, ?, ?, ?, ?, ?, ?, ?, "
                             "CAST(? AS jsonb))"));
    const Respondent &r = s.respondent;
    if (DbError e = Database::exec(
            q,
            {s.pollId,
             r.qid,
             r.verified,
             r.resident,
             r.gender,
             r.ageBand,
             r.nationalityGroup,
             r.municipality,
             QString::fromUtf8(QJsonDocument(s.answers).toJson(QJsonDocument::Compact))});
        !e.ok()) {
        result.refusal = fromSqlState(q.lastError().nativeErrorCode());
        if (result.refusal == Refusal::None)
            result.error = e;
        else
            result.detail = q.lastError().databaseText();
        return result;
    }
    result.id = q.next() ? q.value(0).toLongLong() : 0;
    return result;
}

Submitted submitOnSqlite(QSqlDatabase &db, const Submission &s, const QDateTime &now)
{
    Submitted result;
    const Respondent &r = s.respondent;
    const DbError e = Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, opens_at, closes_at, CAST(audience AS text) "
                                 "FROM polls WHERE id = ?"));
        if (DbError e = Database::exec(q, {s.pollId}); !e.ok())
            return e;
        const bool found = q.next();
        const bool open = found && q.value(0).toString() == QLatin1String("open")
                          && (q.value(1).isNull() || Database::toDateTime(q.value(1)) <= now)
                          && (q.value(2).isNull() || Database::toDateTime(q.value(2)) > now);
        const QJsonObject audience
            = found ? QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()
                    : QJsonObject();
        q.finish();
        const auto refused = [&result](Refusal refusal, const QString &detail) {
            result.refusal = refusal;
            result.detail = detail;
            return DbError();
        };
        if (!open)
            return refused(Refusal::PollNotOpen,
                           QStringLiteral("poll %1 is not open for responses").arg(s.pollId));
        if (ArabicText::normalize(r.qid).isEmpty() || !genders.contains(r.gender)
            || !ageBandKeys().contains(r.ageBand) || !nationalityGroups.contains(r.nationalityGroup)
            || !municipalityKeys().contains(r.municipality))
            return refused(Refusal::RespondentMissing,
                           QStringLiteral("a response needs the QID and the demographics of the "
                                          "lists"));
        if (!eligible(audience, r))
            return refused(Refusal::NotEligible,
                           QStringLiteral("this poll is not open to this person"));
        q.prepare(QStringLiteral("SELECT secret FROM poll_respondent_key"));
        if (DbError e = Database::exec(q); !e.ok())
            return e;
        const QByteArray secret = q.next() ? q.value(0).toByteArray() : QByteArray();
        q.finish();
        const QByteArray hash = hmacSha256(secret, respondentKey(r.qid).toUtf8());
        q.prepare(QStringLiteral(
            "SELECT 1 FROM poll_responses WHERE poll_id = ? AND respondent_hash = ?"));
        if (DbError e = Database::exec(q, {s.pollId, hash}); !e.ok())
            return e;
        if (q.next())
            return refused(Refusal::AlreadyAnswered,
                           QStringLiteral("this person answered poll %1 already").arg(s.pollId));
        q.finish();
        QList<Shape> shape;
        if (DbError e = loadShape(db, s.pollId, &shape); !e.ok())
            return e;
        QList<Row> rows;
        if (const Refused no = checkAnswers(shape, s.answers, &rows); no.refusal != Refusal::None)
            return refused(no.refusal, no.detail);

        q.prepare(QStringLiteral(
            "INSERT INTO poll_responses (poll_id, submitted_at, gender, age_band, "
            "nationality_group, municipality, respondent_hash) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"));
        if (DbError e = Database::exec(q,
                                       {s.pollId,
                                        Database::fromDateTime(now),
                                        r.gender,
                                        r.ageBand,
                                        r.nationalityGroup,
                                        r.municipality,
                                        hash});
            !e.ok())
            return e;
        result.id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO poll_answers (response_id, question_id, "
                                      "option_id, value_int, value_text) VALUES (?, ?, ?, ?, ?)"));
        QMap<std::tuple<qint64, qint64, int>, qint64> counts;
        for (const Row &row : std::as_const(rows)) {
            if (DbError e = Database::exec(
                    insert,
                    {result.id,
                     row.question,
                     row.option ? QVariant(row.option) : QVariant(QMetaType(QMetaType::LongLong)),
                     row.value ? QVariant(row.value) : QVariant(QMetaType(QMetaType::Int)),
                     row.text.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(row.text)});
                !e.ok())
                return e;
            ++counts[{row.question, row.option, row.value}];
        }
        const QString day = now.toUTC().addSecs(3 * 3600).date().toString(Qt::ISODate);
        QSqlQuery rollup(db);
        rollup.prepare(QStringLiteral(
            "INSERT INTO poll_rollup (poll_id, question_id, option_id, value_int, day, gender, "
            "age_band, nationality_group, municipality, answers) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (poll_id, question_id, option_id, value_int, day, gender, age_band, "
            "nationality_group, municipality) DO UPDATE SET answers = answers + excluded.answers"));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const auto &[question, option, value] = it.key();
            if (DbError e = Database::exec(rollup,
                                           {s.pollId,
                                            question,
                                            option,
                                            value,
                                            day,
                                            r.gender,
                                            r.ageBand,
                                            r.nationalityGroup,
                                            r.municipality,
                                            it.value()});
                !e.ok())
                return e;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO poll_participation (poll_id, day, gender, age_band, nationality_group, "
            "municipality, responses) VALUES (?, ?, ?, ?, ?, ?, 1) "
            "ON CONFLICT (poll_id, day, gender, age_band, nationality_group, municipality) "
            "DO UPDATE SET responses = responses + 1"));
        if (DbError e = Database::exec(
                q, {s.pollId, day, r.gender, r.ageBand, r.nationalityGroup, r.municipality});
            !e.ok())
            return e;
        return {};
    });
    if (!e.ok()) {
        result = {};
        result.error = e;
    } else if (result.refusal != Refusal::None) {
        result.id = 0;
    }
    return result;
}

} // namespace

QString code(Refusal refusal)
{
    for (const RefusalInfo &r : refusals)
        if (r.refusal == refusal)
            return QLatin1String(r.code);
    return {};
}

QString sqlState(Refusal refusal)
{
    for (const RefusalInfo &r : refusals)
        if (r.refusal == refusal)
            return QLatin1String(r.sqlState);
    return {};
}

Refusal fromSqlState(const QString &state)
{
    for (const RefusalInfo &r : refusals)
        if (state == QLatin1String(r.sqlState))
            return r.refusal;
    return Refusal::None;
}

QString respondentKey(const QString &qid)
{
    QString key = ArabicText::normalize(qid);
    key.removeIf([](QChar c) { return c.isSpace(); });
    return key;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

Submitted submit(QSqlDatabase &db, const Submission &submission, const QDateTime &now)
{
    return Dialect::of(db).isPostgres() ? submitOnPostgres(db, submission)
                                        : submitOnSqlite(db, submission, now);
}

} // namespace Polls::PollResponses
