#include "demo/pollgenerator.h"

#include "demo/seedconnection.h"
#include "demo/seedcontext.h"
#include "polls/pollrollup.h"

#include <algorithm>
#include <cmath>

namespace Seeder {

// Poll response i: when, who, and how this person leans.
struct ResponsePlan
{
    qint64 id = 0;
    int poll = 0;
    qint64 at = 0;
    bool female = false;
    int ageBand = 0;
    bool qatari = false;
    int municipality = 0;
    double disposition = 0; // how favourably this person tends to answer
    double progress = 0;    // 0..1 through the poll's window: the opinion trend
};

// One answer of a response: an option, a rating or a text.
struct Answer
{
    qint64 question = 0;
    qint64 option = 0;
    int value = 0; // rating
    QString text;
};

namespace {

const char *const ageBands[] = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
const char *const municipalities[] = {"doha",
                                      "al_rayyan",
                                      "al_wakrah",
                                      "umm_salal",
                                      "al_khor",
                                      "al_shamal",
                                      "al_daayen",
                                      "al_sheehaniya"};

} // namespace

PollGenerator::PollGenerator(SeedContext &context)
    : m_context(context)
{}

PollGenerator::~PollGenerator() = default;

DbError PollGenerator::seed()
{
    for (auto step :
         {&PollGenerator::seedPolls, &PollGenerator::seedResponses, &PollGenerator::seedAnswers}) {
        if (DbError e = (this->*step)(); !e.ok())
            return e;
    }
    return {};
}

Rng PollGenerator::responseRng(qint64 index) const
{
    return Rng(m_context.seed, ResponseStream, quint64(index));
}

DbError PollGenerator::seedPolls()
{
    SeedContext &c = m_context;
    const qint64 editor = c.staffId(QStringLiteral("editor"));
    const qint64 manager = c.staffId(QStringLiteral("manager"));
    qint64 nextPoll = c.base(SeededTable::Polls);
    qint64 nextQuestion = c.base(SeededTable::PollQuestions);
    qint64 nextOption = c.base(SeededTable::PollOptions);
    for (PollDef &p : c.content.polls) {
        p.id = ++nextPoll;
        p.opensAt = p.opensDaysAgo ? c.now - qint64(*p.opensDaysAgo) * dayMs : noTime;
        p.closesAt = p.closesDaysAgo ? c.now - qint64(*p.closesDaysAgo) * dayMs : noTime;
        for (QuestionDef &q : p.questions) {
            q.id = ++nextQuestion;
            for (OptionDef &o : q.options)
                o.id = ++nextOption;
        }
    }
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::Polls); !e.ok())
        return e;
    for (const PollDef &p : std::as_const(c.content.polls)) {
        const bool reviewed
            = p.state != QLatin1String("draft") && p.state != QLatin1String("in_review");
        sink.integer(p.id);
        sink.text(p.title.ar);
        sink.text(p.title.en);
        sink.text(p.description.ar);
        sink.text(p.description.en);
        sink.text(p.state);
        sink.text(p.audience);
        sink.time(p.opensAt);
        sink.time(p.closesAt);
        sink.id(editor);
        sink.id(reviewed ? manager : 0);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        ++c.report.polls;
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    if (DbError e = sink.begin(SeededTable::PollQuestions); !e.ok())
        return e;
    for (const PollDef &p : std::as_const(c.content.polls)) {
        for (qsizetype k = 0; k < p.questions.size(); ++k) {
            const QuestionDef &q = p.questions.at(k);
            sink.integer(q.id);
            sink.integer(p.id);
            sink.integer(k + 1);
            sink.text(q.kind);
            sink.text(q.text.ar);
            sink.text(q.text.en);
            sink.boolean(q.required);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    if (DbError e = sink.begin(SeededTable::PollOptions); !e.ok())
        return e;
    for (const PollDef &p : std::as_const(c.content.polls)) {
        for (const QuestionDef &q : p.questions) {
            for (qsizetype k = 0; k < q.options.size(); ++k) {
                const OptionDef &o = q.options.at(k);
                sink.integer(o.id);
                sink.integer(q.id);
                sink.integer(k + 1);
                sink.text(o.text.ar);
                sink.text(o.text.en);
                sink.boolean(o.isOther);
                if (DbError e = sink.endRow(); !e.ok())
                    return e;
            }
        }
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    // Responses go to the polls the public could answer, by their share.
    double shares = 0;
    for (qsizetype k = 0; k < c.content.polls.size(); ++k) {
        const PollDef &p = c.content.polls.at(k);
        const bool answered = p.state == QLatin1String("open") || p.state == QLatin1String("closed")
                              || p.state == QLatin1String("archived");
        if (answered && p.share > 0 && p.opensAt != noTime && p.opensAt < c.now) {
            m_pollsWithResponses << int(k);
            shares += p.share;
        }
    }
    qint64 assigned = 0;
    for (int k : std::as_const(m_pollsWithResponses)) {
        const qint64 n = qint64(double(c.responses) * c.content.polls.at(k).share / shares);
        m_pollResponseCounts << n;
        assigned += n;
    }
    if (!m_pollResponseCounts.isEmpty())
        m_pollResponseCounts[0] += c.responses - assigned;
    qint64 offset = 0;
    for (qsizetype j = 0; j < m_pollsWithResponses.size(); ++j) {
        m_pollResponseOffsets << offset;
        offset += m_pollResponseCounts.at(j);
        const PollDef &p = c.content.polls.at(m_pollsWithResponses.at(j));
        const qint64 opens = p.opensAt;
        const qint64 closes = p.closesAt == noTime ? c.now : std::min(p.closesAt, c.now);
        // A burst when a poll is launched, then the everyday rhythm.
        m_pollTime.push_back(std::make_unique<TimeWarp>(opens, closes, [opens](qint64 t) {
            return activity(t) * (1.0 + 2.5 * std::exp(-double(t - opens) / double(7 * dayMs)));
        }));
    }
    return {};
}

ResponsePlan PollGenerator::planResponse(qint64 index, Rng &rng) const
{
    const SeedContext &c = m_context;
    // Which poll: responses are numbered poll after poll.
    qsizetype j = 0;
    while (j + 1 < m_pollResponseOffsets.size() && index >= m_pollResponseOffsets.at(j + 1))
        ++j;
    ResponsePlan r;
    r.id = c.base(SeededTable::PollResponses) + index + 1;
    r.poll = m_pollsWithResponses.at(j);
    const qint64 within = index - m_pollResponseOffsets.at(j);
    const TimeWarp &warp = *m_pollTime.at(size_t(j));
    r.at = warp.at((double(within) + rng.uniform())
                   / double(std::max<qint64>(1, m_pollResponseCounts.at(j))));
    const PollDef &poll = c.content.polls.at(r.poll);
    const qint64 closes = poll.closesAt == noTime ? c.now : std::min(poll.closesAt, c.now);
    r.progress = std::clamp(
        double(r.at - poll.opensAt) / double(std::max<qint64>(1, closes - poll.opensAt)), 0.0, 1.0);

    // Qataris answer polls more than their share of the population; most respondents are young.
    r.qatari = rng.chance(0.30);
    r.female = rng.chance(r.qatari ? 0.45 : 0.32);
    static const double ages[6] = {0.16, 0.33, 0.27, 0.14, 0.07, 0.03};
    r.ageBand = pickFrom(rng, ages, 6);
    static const double qatariPlaces[8] = {0.25, 0.33, 0.10, 0.10, 0.06, 0.03, 0.10, 0.03};
    static const double residentPlaces[8] = {0.45, 0.28, 0.13, 0.04, 0.04, 0.01, 0.03, 0.02};
    r.municipality = pickFrom(rng, r.qatari ? qatariPlaces : residentPlaces, 8);
    static const double ageLean[6] = {0.10, 0.05, 0.0, -0.05, -0.15, -0.30};
    static const double placeLean[8] = {0.0, 0.0, 0.0, 0.0, -0.10, -0.20, 0.0, -0.15};
    r.disposition = (r.qatari ? 0.25 : 0.0) + (r.female ? 0.05 : 0.0) + ageLean[r.ageBand]
                    + placeLean[r.municipality] + 0.3 * rng.normal();
    return r;
}

void PollGenerator::answers(const ResponsePlan &r, Rng &rng, QList<Answer> *out) const
{
    const SeedContext &c = m_context;
    out->clear();
    const PollDef &poll = c.content.polls.at(r.poll);
    double w[16];
    for (const QuestionDef &q : poll.questions) {
        const int n = int(std::min<qsizetype>(q.options.size(), 16));
        if (q.kind == QLatin1String("likert") || q.kind == QLatin1String("single")) {
            const double center = (n - 1) / 2.0;
            for (int k = 0; k < n; ++k) {
                const OptionDef &o = q.options.at(k);
                w[k] = std::max(0.5, o.weight + o.trend * r.progress)
                       * std::exp(q.tilt * r.disposition * (center - k));
            }
            const int k = pickFrom(rng, w, n);
            Answer a{q.id, q.options.at(k).id, 0, QString()};
            const int textDraw = rng.below(1 << 20);
            if (q.options.at(k).isOther && !q.otherTexts.isEmpty() && textDraw % 10 < 6)
                a.text = q.otherTexts.at((textDraw / 10) % q.otherTexts.size());
            out->append(a);
        } else if (q.kind == QLatin1String("multiple")) {
            for (int k = 0; k < n; ++k)
                w[k] = std::max(0.5, q.options.at(k).weight + q.options.at(k).trend * r.progress);
            const double countDraw = rng.uniform();
            const int count
                = std::min(n, 1 + (countDraw < 0.5 ? 1 : 0) + (countDraw < 0.2 ? 1 : 0));
            for (int c = 0; c < count; ++c) {
                const int k = pickFrom(rng, w, n);
                out->append({q.id, q.options.at(k).id, 0, QString()});
                w[k] = 0;
            }
        } else if (q.kind == QLatin1String("rating") && q.ratingWeights.size() == 5) {
            for (int k = 0; k < 5; ++k)
                w[k] = std::max(0.5, q.ratingWeights.at(k) + q.ratingTrend.at(k) * r.progress)
                       * std::exp(q.tilt * r.disposition * (k - 2.0));
            out->append({q.id, 0, 1 + pickFrom(rng, w, 5), QString()});
        } else if (q.kind == QLatin1String("open")) {
            const double answered = rng.uniform();
            const int textDraw = rng.below(1 << 20);
            if (answered < q.answerShare && !q.answers.isEmpty())
                out->append({q.id, 0, 0, q.answers.at(textDraw % q.answers.size())});
        }
    }
}

DbError PollGenerator::seedResponses()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::PollResponses); !e.ok())
        return e;
    const qint64 total = m_pollsWithResponses.isEmpty() ? 0 : c.responses;
    for (qint64 i = 0; i < total; ++i) {
        Rng rng = responseRng(i);
        const ResponsePlan r = planResponse(i, rng);
        sink.integer(r.id);
        sink.integer(c.content.polls.at(r.poll).id);
        sink.time(r.at);
        sink.ascii(r.female ? "female" : "male", r.female ? 6 : 4);
        sink.ascii(ageBands[r.ageBand]);
        sink.ascii(r.qatari ? "qatari" : "non_qatari", r.qatari ? 6 : 10);
        sink.ascii(municipalities[r.municipality]);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        c.progress(QStringLiteral("poll responses"), i + 1, total);
    }
    c.report.pollResponses = total;
    return sink.end();
}

DbError PollGenerator::seedAnswers()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::PollAnswers); !e.ok())
        return e;
    QList<Answer> list;
    const qint64 total = c.report.pollResponses;
    for (qint64 i = 0; i < total; ++i) {
        c.progress(QStringLiteral("poll answers"), i, total);
        Rng rng = responseRng(i);
        const ResponsePlan r = planResponse(i, rng);
        answers(r, rng, &list);
        for (const Answer &a : std::as_const(list)) {
            sink.integer(r.id);
            sink.integer(a.question);
            sink.id(a.option);
            a.value > 0 ? sink.integer(a.value) : sink.null();
            sink.textOrNull(a.text);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    c.progress(QStringLiteral("poll answers"), total, total);
    return sink.end();
}

DbError PollGenerator::seedRollups()
{
    SeedContext &c = m_context;
    // The same GROUP BY that defines them (Polls::PollRollup), over the polls seeded now.
    c.progress(QStringLiteral("poll rollups"), 0, 2);
    const bool pg = c.connection.isPostgres();
    const QString mark = pg ? QStringLiteral("$1") : QStringLiteral("?");
    if (DbError e
        = c.connection.exec(Polls::PollRollup::fillRollup(pg, mark), {c.base(SeededTable::Polls)});
        !e.ok())
        return e;
    c.progress(QStringLiteral("poll rollups"), 1, 2);
    if (DbError e = c.connection.exec(Polls::PollRollup::fillParticipation(pg, mark),
                                      {c.base(SeededTable::Polls)});
        !e.ok())
        return e;
    c.progress(QStringLiteral("poll rollups"), 2, 2);
    return {};
}

} // namespace Seeder
