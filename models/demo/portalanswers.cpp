#include "demo/portalanswers.h"

#include "polls/pollresponses.h"
#include "polls/pollservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Seeder {

namespace {

QStringList portalTexts()
{
    QFile file(QStringLiteral(":/demo/polls.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    const QJsonArray texts = QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value(QLatin1String("portal_open_answers"))
                                 .toArray();
    for (const QJsonValue &v : texts)
        out << v.toString();
    return out;
}

// Every question answered as a plain respondent would: the first option (or as many as the
// fewest picks), the middle of a scale, a ranking as listed, and `text` for the open question.
// Questions shown only after an earlier answer are left out (the entry point refuses the poll's
// response if they turn out required; the caller then tries another poll).
QJsonArray answersFor(const Polls::StoredPoll &stored, const QString &text, bool *hasOpen)
{
    QJsonArray answers;
    *hasOpen = false;
    for (qsizetype i = 0; i < stored.poll.questions.size(); ++i) {
        const Polls::Question &q = stored.poll.questions.at(i);
        if (q.showIf)
            continue;
        const QList<qint64> options = stored.optionIds.value(i);
        QJsonObject a{{QStringLiteral("question"), double(stored.questionIds.at(i))}};
        switch (q.kind) {
        case Polls::QuestionKind::OpenText:
            a.insert(QStringLiteral("text"), text);
            *hasOpen = true;
            break;
        case Polls::QuestionKind::Rating:
            a.insert(QStringLiteral("value"), 8);
            break;
        case Polls::QuestionKind::Ranking: {
            QJsonArray ranking;
            for (const qint64 o : options)
                ranking.append(double(o));
            a.insert(QStringLiteral("ranking"), ranking);
            break;
        }
        case Polls::QuestionKind::Multiple: {
            QJsonArray picks;
            for (qsizetype k = 0; k < std::max<qsizetype>(1, q.minPicks) && k < options.size(); ++k)
                picks.append(double(options.at(k)));
            a.insert(QStringLiteral("options"), picks);
            break;
        }
        case Polls::QuestionKind::YesNo:
        case Polls::QuestionKind::Likert:
        case Polls::QuestionKind::Single:
            // The demo's scales carry their points as options; a bare scale takes a value.
            if (options.isEmpty())
                a.insert(QStringLiteral("value"), 2);
            else
                a.insert(QStringLiteral("options"),
                         QJsonArray{double(options.at(1 % options.size()))});
            break;
        }
        answers.append(a);
    }
    return answers;
}

} // namespace

DbError sendPortalPollAnswers(QSqlDatabase &db, const QDateTime &now, int *sent)
{
    if (sent)
        *sent = 0;
    const QStringList texts = portalTexts();
    QList<qint64> polls;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id FROM polls WHERE state = 'open' ORDER BY id")))
            return DbError::fromSql(q.lastError());
        while (q.next())
            polls << q.value(0).toLongLong();
    }
    static const QStringList genders{QStringLiteral("female"), QStringLiteral("male")};
    static const QStringList ages{QStringLiteral("25-34"),
                                  QStringLiteral("35-44"),
                                  QStringLiteral("18-24"),
                                  QStringLiteral("45-54")};
    static const QStringList places{QStringLiteral("doha"),
                                    QStringLiteral("al_rayyan"),
                                    QStringLiteral("al_wakrah"),
                                    QStringLiteral("umm_salal")};
    for (const qint64 poll : std::as_const(polls)) {
        Polls::StoredPoll stored;
        if (DbError e = Polls::PollService::load(db, poll, &stored); !e.ok())
            return e;
        bool hasOpen = false;
        answersFor(stored, QString(), &hasOpen);
        if (!hasOpen)
            continue;
        int done = 0;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            Polls::PollResponses::Submission s;
            s.pollId = poll;
            s.respondent = {QStringLiteral("2849%1").arg(poll * 100 + i, 7, 10, QLatin1Char('0')),
                            true,
                            true,
                            genders.at(i % genders.size()),
                            ages.at(i % ages.size()),
                            i % 3 == 0 ? QStringLiteral("non_qatari") : QStringLiteral("qatari"),
                            places.at(i % places.size())};
            s.answers = answersFor(stored, texts.at(i), &hasOpen);
            const Polls::PollResponses::Submitted r
                = Polls::PollResponses::submit(db, s, now.addSecs(-600 * (texts.size() - i)));
            if (!r.error.ok())
                return r.error;
            if (r.refusal != Polls::PollResponses::Refusal::None)
                break; // this poll will not take them: try the next
            ++done;
        }
        if (done > 0) {
            if (sent)
                *sent = done;
            return {};
        }
    }
    return {};
}

} // namespace Seeder
