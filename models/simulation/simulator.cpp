#include "simulation/simulator.h"

#include "db/database.h"
#include "db/dialect.h"
#include "moderation/portalentry.h"
#include "polls/pollresponses.h"
#include "transactions/portaltransactions.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace Simulation {

namespace {

// The published contributions the website keeps in mind to report (its front pages): the
// newest ones, so that a long run's list does not grow with it.
constexpr int PublishedKept = 200;

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

template<typename Result> void count(Report::Kind &k, const Result &r, const QString &refusal)
{
    if (!r.error.ok())
        ++k.errors;
    else if (!refusal.isEmpty())
        ++k.refused[refusal];
    else
        ++k.done;
}

} // namespace

Simulator::Simulator(QSqlDatabase db, const Options &options)
    : m_db(db)
    , m_options(options)
    , m_random(options.seed)
{}

DbError Simulator::load()
{
    const QString prefix = Dialect::of(m_db).isPostgres() ? QStringLiteral("diwan.") : QString();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.code, d.code FROM %1services s LEFT JOIN "
                               "%1service_documents d ON d.service_id = s.id WHERE s.active "
                               "ORDER BY s.code, d.position, d.code")
                    .arg(prefix)))
        return DbError::fromSql(q.lastError());
    while (q.next()) {
        if (m_services.isEmpty() || m_services.last().code != q.value(0).toString())
            m_services.append({q.value(0).toString(), {}});
        if (!q.value(1).isNull())
            m_services.last().documents << q.value(1).toString();
    }
    if (!q.exec(
            QStringLiteral("SELECT id FROM %1topics WHERE state = 'open' ORDER BY id").arg(prefix)))
        return DbError::fromSql(q.lastError());
    while (q.next())
        m_topics << q.value(0).toLongLong();
    if (!q.exec(
            QStringLiteral(
                "SELECT q.poll_id, q.id, q.position, q.kind, q.required, q.min_picks, q.max_picks, "
                "q.show_if_question, q.show_if_option FROM %1poll_questions q JOIN %1polls p ON "
                "p.id = q.poll_id WHERE p.state = 'open' ORDER BY q.poll_id, q.position")
                .arg(prefix)))
        return DbError::fromSql(q.lastError());
    QHash<qint64, Question *> questions;
    while (q.next()) {
        Question question;
        question.id = q.value(1).toLongLong();
        question.position = q.value(2).toInt();
        question.kind = q.value(3).toString();
        question.required = q.value(4).toBool();
        question.minPicks = q.value(5).toInt();
        question.maxPicks = q.value(6).toInt();
        question.showIfQuestion = q.value(7).isNull() ? -1 : q.value(7).toInt();
        question.showIfOption = q.value(8).toInt();
        m_polls[q.value(0).toLongLong()].append(question);
    }
    for (auto it = m_polls.begin(); it != m_polls.end(); ++it) {
        for (Question &question : it.value())
            questions.insert(question.id, &question);
    }
    if (!q.exec(QStringLiteral("SELECT o.question_id, o.id FROM %1poll_options o JOIN "
                               "%1poll_questions q ON q.id = o.question_id JOIN %1polls p ON "
                               "p.id = q.poll_id WHERE p.state = 'open' ORDER BY o.question_id, "
                               "o.position")
                    .arg(prefix)))
        return DbError::fromSql(q.lastError());
    while (q.next()) {
        if (Question *question = questions.value(q.value(0).toLongLong()))
            question->options << q.value(1).toLongLong();
    }
    m_content = readJson(QStringLiteral(":/demo/topics.json")).object();
    const QJsonArray groups = readJson(QStringLiteral(":/demo/names.json"))
                                  .object()
                                  .value(QLatin1String("groups"))
                                  .toArray();
    for (const QJsonValue &g : groups) {
        const QJsonArray given = g[QLatin1String("male")].toArray();
        const QJsonArray family = g[QLatin1String("family")].toArray();
        for (int i = 0; i < given.size() && i < family.size(); ++i)
            m_names << given[i][QLatin1String("ar")].toString() + QLatin1Char(' ')
                           + family[i][QLatin1String("ar")].toString();
    }
    if (m_names.isEmpty())
        m_names << QStringLiteral("Applicant");
    return readPublished();
}

// The newest published contributions, read through Options::published (see there why not
// through the website's own connection); nothing to do without it.
DbError Simulator::readPublished()
{
    if (!m_options.published.isValid())
        return {};
    const QString prefix
        = Dialect::of(m_options.published).isPostgres() ? QStringLiteral("diwan.") : QString();
    QSqlQuery q(m_options.published);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM %1contributions WHERE state = 'published' ORDER BY "
                             "id DESC LIMIT ?")
                  .arg(prefix));
    q.addBindValue(PublishedKept);
    if (!q.exec())
        return DbError::fromSql(q.lastError());
    QList<qint64> newest;
    while (q.next())
        newest.prepend(q.value(0).toLongLong());
    m_published = newest; // oldest first, as learnPublished keeps them
    return {};
}

void Simulator::learnPublished(qint64 id)
{
    if (m_published.size() >= PublishedKept)
        m_published.removeFirst();
    m_published << id;
}

QString Simulator::pick(const QStringList &list)
{
    return list.isEmpty() ? QString() : list.at(int(m_random.bounded(quint32(list.size()))));
}

QString Simulator::key()
{
    // Unique per run and seed, as a website's request id is.
    return QStringLiteral("sim-%1-%2-%3")
        .arg(m_options.seed)
        .arg(++m_requests)
        .arg(QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(m_random.generate64()),
                                                          QCryptographicHash::Sha1)
                                     .toHex()
                                     .left(10)));
}

QString Simulator::applicantName()
{
    return pick(m_names);
}

QString Simulator::contributionText()
{
    const QJsonObject problems = m_content.value(QLatin1String("problems")).toObject();
    const int roll = int(m_random.bounded(100));
    if (roll < 5) // nothing but hidden characters and marks
        return QString::fromUtf16(u"\u200f\u200b \u064e\u0640 \u2067\u2069");
    if (roll < 8)
        return QString(2001, QChar(0x0628));
    if (roll < 20 && !m_bodies.isEmpty()) { // a near-duplicate of what someone wrote
        QString body = pick(m_bodies);
        body.insert(int(m_random.bounded(quint32(body.size() + 1))), QChar(0x0640));
        return body + QChar(0x064b);
    }
    if (roll < 45) {
        const QStringList kinds = problems.keys();
        return pick(strings(problems.value(pick(kinds))));
    }
    return pick(strings(m_content.value(QLatin1String("openers")))) + QLatin1Char(' ')
           + pick(strings(m_content.value(QLatin1String("general_comments")))) + QLatin1Char(' ')
           + pick(strings(m_content.value(QLatin1String("closers"))));
}

void Simulator::transaction(Report *report)
{
    using namespace PortalTransactions;
    Report::Kind &k = report->kinds[QStringLiteral("transaction")];
    Submission s;
    s.requestKey = key();
    const Service service = m_services.isEmpty()
                                ? Service{}
                                : m_services.at(int(m_random.bounded(quint32(m_services.size()))));
    s.service = service.code;
    s.applicantName = applicantName();
    s.qid = QString::number(28400000000LL + qint64(m_random.bounded(99999999u)));
    s.phone = QStringLiteral("+9745%1").arg(m_random.bounded(1000000u, 9999999u));
    s.language = m_random.bounded(4) == 0 ? QStringLiteral("en") : QStringLiteral("ar");
    s.details = QJsonObject{{QStringLiteral("channel"), QStringLiteral("website")}};
    const int documents = service.documents.isEmpty() ? 0 : int(m_random.bounded(3));
    for (int i = 0; i < documents; ++i) {
        const QString code = pick(service.documents);
        s.attachments.append(QJsonObject{
            {QStringLiteral("document_code"), code},
            {QStringLiteral("file_name"), code + QLatin1String(".pdf")},
            {QStringLiteral("url"),
             QStringLiteral("https://docs.example/sim/%1/%2").arg(s.requestKey, code)},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(s.requestKey.toUtf8() + code.toUtf8(),
                                                          QCryptographicHash::Sha256)
                                     .toHex())},
            {QStringLiteral("size_bytes"), int(m_random.bounded(1000u, 2000000u))},
            {QStringLiteral("mime_type"), QStringLiteral("application/pdf")}});
    }
    const int roll = int(m_random.bounded(100));
    if (roll < 4)
        s.qid = s.qid.left(10); // a digit missing
    else if (roll < 7)
        s.service = QStringLiteral("no-such-service");
    else if (roll < 10)
        s.email = QStringLiteral("not an address");
    const bool repeat = m_random.bounded(20) == 0;
    Result r = submitTransaction(m_db, s);
    ++k.sent;
    count(k, r, code(r.refusal));
    if (r.done())
        m_submitted.append({r.reference, s.qid});
    if (repeat) { // the website did not hear the answer and asks again with the same key
        const Result again = submitTransaction(m_db, s);
        ++k.sent;
        if (again.repeated)
            ++k.repeated;
        else
            count(k, again, code(again.refusal));
    }
}

void Simulator::withdrawal(Report *report)
{
    using namespace PortalTransactions;
    if (m_submitted.isEmpty())
        return transaction(report);
    Report::Kind &k = report->kinds[QStringLiteral("withdrawal")];
    Submitted &t = m_submitted[int(m_random.bounded(quint32(m_submitted.size())))];
    const QString requestKey = key();
    const bool wrongQid = m_random.bounded(8) == 0;
    const QString qid = wrongQid ? QStringLiteral("29999999999") : t.qid;
    const Result r = withdrawTransaction(m_db, requestKey, t.reference, qid);
    ++k.sent;
    count(k, r, code(r.refusal));
    if (r.done())
        t.withdrawn = true;
    if (m_random.bounded(20) == 0) {
        const Result again = withdrawTransaction(m_db, requestKey, t.reference, qid);
        ++k.sent;
        if (again.repeated)
            ++k.repeated;
        else
            count(k, again, code(again.refusal));
    }
}

void Simulator::contribution(Report *report)
{
    Report::Kind &k = report->kinds[QStringLiteral("contribution")];
    PortalEntry::Submission s;
    s.topicId = m_topics.isEmpty() || m_random.bounded(50) == 0
                    ? 0
                    : m_topics.at(int(m_random.bounded(quint32(m_topics.size()))));
    const quint32 author = m_random.bounded(500u);
    s.authorId = QStringLiteral("web-user-%1").arg(author);
    s.authorName = pick(m_names);
    s.body = contributionText();
    const PortalEntry::Submitted r = PortalEntry::submitContribution(m_db, s);
    ++k.sent;
    count(k, r, PortalEntry::code(r.refusal));
    if (r.refusal == PortalEntry::Refusal::None && r.error.ok()) {
        m_bodies << s.body;
        if (r.state == QLatin1String("published"))
            learnPublished(r.id);
    }
}

void Simulator::reportOne(Report *report)
{
    Report::Kind &k = report->kinds[QStringLiteral("report")];
    static const QStringList reasons{QStringLiteral("off_topic"),
                                     QStringLiteral("abusive"),
                                     QStringLiteral("spam"),
                                     QStringLiteral("personal_data"),
                                     QStringLiteral("duplicate"),
                                     QStringLiteral("other")};
    const qint64 target = m_published.isEmpty() || m_random.bounded(10) == 0
                              ? 0
                              : m_published.at(int(m_random.bounded(quint32(m_published.size()))));
    const QString reason
        = m_random.bounded(20) == 0 ? QStringLiteral("i do not like it") : pick(reasons);
    const QString reporter = QStringLiteral("web-user-%1").arg(m_random.bounded(40u));
    const PortalEntry::Reported r = PortalEntry::reportContribution(m_db, target, reporter, reason);
    ++k.sent;
    count(k, r, PortalEntry::code(r.refusal));
    // What this report hid, or what is published no more, leaves the website's pages: it is not
    // offered for reporting again (reports on what is not published are the target 0 above).
    if (target != 0 && (r.autoHidden || r.refusal == PortalEntry::Refusal::NotFound))
        m_published.removeAll(target);
}

// An answer a person would give (most of the time), and which options it picked (0-based), for
// the questions shown only after a given answer.
QJsonObject Simulator::answer(const Question &q, QList<int> *picked)
{
    const auto n = quint32(q.options.size());
    const bool byOption
        = q.kind == QLatin1String("single") || q.kind == QLatin1String("multiple")
          || ((q.kind == QLatin1String("likert") || q.kind == QLatin1String("yes_no")) && n > 0);
    QJsonObject a{{QStringLiteral("question"), q.id}};
    if (byOption && n > 0) {
        int fewest = 1;
        int most = 1;
        if (q.kind == QLatin1String("multiple")) {
            fewest = std::max(q.minPicks, 1);
            most = q.maxPicks > 0 ? std::min(q.maxPicks, int(n)) : int(n);
        }
        const int count = fewest + int(m_random.bounded(quint32(std::max(1, most - fewest + 1))));
        QList<int> order;
        for (int i = 0; i < int(n); ++i)
            order << i;
        std::shuffle(order.begin(), order.end(), m_random);
        QJsonArray options;
        for (int i = 0; i < count && i < order.size(); ++i) {
            options.append(q.options.at(order.at(i)));
            *picked << order.at(i);
        }
        a.insert(QStringLiteral("options"), options);
    } else if (q.kind == QLatin1String("ranking")) {
        QList<qint64> ranking = q.options;
        std::shuffle(ranking.begin(), ranking.end(), m_random);
        QJsonArray ids;
        for (qint64 id : ranking)
            ids.append(id);
        a.insert(QStringLiteral("ranking"), ids);
    } else if (q.kind == QLatin1String("open")) {
        a.insert(QStringLiteral("text"),
                 pick(strings(m_content.value(QLatin1String("general_comments")))));
    } else {
        const int scale = q.kind == QLatin1String("likert")   ? 5
                          : q.kind == QLatin1String("yes_no") ? 2
                                                              : 10;
        // One person in forty sends a value off the scale (an old form, a hand-made request).
        const int value
            = m_random.bounded(40) == 0 ? scale + 1 : 1 + int(m_random.bounded(quint32(scale)));
        a.insert(QStringLiteral("value"), value);
        *picked << value - 1;
    }
    return a;
}

void Simulator::pollResponse(Report *report)
{
    using namespace Polls::PollResponses;
    if (m_polls.isEmpty())
        return contribution(report);
    Report::Kind &k = report->kinds[QStringLiteral("poll response")];
    const QList<qint64> polls = m_polls.keys();
    Submission s;
    s.pollId = polls.at(int(m_random.bounded(quint32(polls.size()))));
    static const QStringList ages{QStringLiteral("18-24"),
                                  QStringLiteral("25-34"),
                                  QStringLiteral("35-44"),
                                  QStringLiteral("45-54"),
                                  QStringLiteral("55-64"),
                                  QStringLiteral("65+")};
    static const QStringList municipalities{QStringLiteral("doha"),
                                            QStringLiteral("al_rayyan"),
                                            QStringLiteral("al_wakrah"),
                                            QStringLiteral("umm_salal"),
                                            QStringLiteral("al_khor"),
                                            QStringLiteral("al_shamal"),
                                            QStringLiteral("al_daayen"),
                                            QStringLiteral("al_sheehaniya")};
    // A population of a few thousand: some of them come back to answer again.
    s.respondent.qid = QString::number(28400000000LL + qint64(m_random.bounded(3000u)));
    s.respondent.verified = m_random.bounded(10) < 7;
    s.respondent.resident = m_random.bounded(10) < 9;
    s.respondent.gender = m_random.bounded(2) ? QStringLiteral("male") : QStringLiteral("female");
    s.respondent.ageBand = pick(ages);
    s.respondent.nationalityGroup
        = m_random.bounded(4) == 0 ? QStringLiteral("qatari") : QStringLiteral("non_qatari");
    s.respondent.municipality = pick(municipalities);
    QHash<int, QList<int>> picked; // by question position
    for (const Question &q : m_polls.value(s.pollId)) {
        const bool shown
            = q.showIfQuestion < 0 || picked.value(q.showIfQuestion).contains(q.showIfOption);
        if (!shown || (!q.required && m_random.bounded(5) == 0))
            continue;
        QList<int> chosen;
        s.answers.append(answer(q, &chosen));
        picked.insert(q.position, chosen);
    }
    const Polls::PollResponses::Submitted r = submit(m_db, s);
    ++k.sent;
    count(k, r, code(r.refusal));
}

DbError Simulator::run(Report *report)
{
    *report = {};
    report->seed = m_options.seed;
    report->rate = m_options.rate;
    if (DbError e = load(); !e.ok())
        return e;
    const qint64 total = qint64(m_options.rate) * m_options.durationSeconds;
    report->requests = total;
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < total; ++i) {
        if (i > 0 && m_options.refreshEvery > 0 && i % m_options.refreshEvery == 0) {
            if (DbError e = readPublished(); !e.ok()) {
                report->milliseconds = clock.elapsed();
                return e;
            }
        }
        if (m_options.paced && m_options.rate > 0) {
            const qint64 due = i * 1000 / m_options.rate;
            if (const qint64 wait = due - clock.elapsed(); wait > 0)
                QThread::msleep(quint64(wait));
        }
        const int roll = int(m_random.bounded(100));
        if (roll < 35)
            transaction(report);
        else if (roll < 45)
            withdrawal(report);
        else if (roll < 70)
            contribution(report);
        else if (roll < 80)
            reportOne(report);
        else
            pollResponse(report);
    }
    report->milliseconds = clock.elapsed();
    return {};
}

} // namespace Simulation
