#include "demo/transactionplan.h"

#include "dashboards/dashboardtext.h"

#include "demo/seedcontext.h"

#include <algorithm>
#include <cmath>

namespace Seeder {

namespace {

QString jsonEscaped(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c.unicode() < 0x20)
            continue;
        out += c;
    }
    return out;
}

void appendDigits(QString &out, Rng &rng, int count, bool nonZeroFirst)
{
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(
            char('0' + ((i == 0 && nonZeroFirst) ? 1 + rng.below(9) : rng.below(10))));
}

QString makeQid(Rng &rng, int birthYear, const QString &nationality)
{
    // Century digit (2: born 19xx, 3: 20xx), year of birth, ISO nationality code, serial.
    QString qid;
    qid.reserve(11);
    qid += QLatin1Char(birthYear >= 2000 ? '3' : '2');
    const int yy = birthYear % 100;
    qid += QLatin1Char(char('0' + yy / 10));
    qid += QLatin1Char(char('0' + yy % 10));
    qid += nationality.left(3).rightJustified(3, QLatin1Char('0'));
    appendDigits(qid, rng, 5, false);
    return qid;
}

QString emailLocal(const QString &latin)
{
    QString out;
    for (QChar c : latin) {
        const QChar l = c.toLower();
        if (l >= QLatin1Char('a') && l <= QLatin1Char('z'))
            out += l;
        else if (c == QLatin1Char(' ') && !out.isEmpty())
            break; // first word only
    }
    return out;
}

// The open queue: most transactions within their time limit, some due within the next eight
// hours, a few overdue by up to three days; escalations are more often overdue.
enum class Urgency { WithinLimit, DueSoon, Overdue };
constexpr qint64 dueSoonMs = 8 * hourMs;
constexpr qint64 mostOverdueMs = 3 * dayMs;

Urgency urgency(Rng &rng, TransactionState state)
{
    const double overdue = state == TransactionState::Escalated ? 0.30 : 0.08;
    const double dueSoon = 0.17;
    const double u = rng.uniform();
    return u < overdue ? Urgency::Overdue
                       : (u < overdue + dueSoon ? Urgency::DueSoon : Urgency::WithinLimit);
}

// How long until the transaction is due (negative: overdue), for a submission before now.
qint64 timeLeft(Rng &rng, Urgency urgency, qint64 sla)
{
    const qint64 latest = sla - minuteMs; // submitted at least a minute ago
    const double u = rng.uniform();
    switch (urgency) {
    case Urgency::WithinLimit:
        if (latest > dueSoonMs)
            return dueSoonMs + qint64(u * double(latest - dueSoonMs));
        [[fallthrough]]; // a short time limit: due soon whenever submitted
    case Urgency::DueSoon:
        return qint64(u * double(std::min(dueSoonMs, latest)));
    case Urgency::Overdue:
        return -minuteMs - qint64(u * double(mostOverdueMs - 2 * minuteMs));
    }
    return 0;
}

} // namespace

TransactionPlanner::TransactionPlanner(const SeedContext &context)
    : m_context(context)
{
    const SeedContext &c = m_context;
    QList<double> services;
    for (const ServiceDef &s : c.content.services)
        services << s.weight;
    m_services = Weighted(services);
    QList<double> foreign;
    for (const NameGroup &g : c.content.groups)
        foreign << (g.qatari ? 0.0 : g.weight);
    m_foreignGroups = Weighted(foreign);

    const double smallOpen = 0.15; // a busy but plausible demo queue
    const double largeOpen = 0.10;
    double target = smallOpen;
    // A ministry's open queue is bounded by its staff, not by its history: a tenth of a large
    // table is open, never more than 100 000 (the benchmark's 1M and 2M both hold that many).
    if (c.transactions >= 100000)
        target = std::min(largeOpen, 100000.0 / double(c.transactions));
    else if (c.transactions > 5000)
        target = smallOpen
                 - (smallOpen - largeOpen) * std::log(double(c.transactions) / 5000.0)
                       / std::log(20.0);
    // Busier lately (the portal grows), quiet nights and weekends.
    const qint64 start = c.yearAgo;
    const qint64 end = c.now;
    m_time = std::make_unique<TimeWarp>(start, end, [start, end](qint64 t) {
        const double x = double(t - start) / double(end - start);
        return activity(t) * std::exp(0.9 * x);
    });
    m_openDecay = solveDecay(*m_time, target);
}

TransactionPlanner::~TransactionPlanner() = default;

TransactionPlan TransactionPlanner::plan(qint64 index) const
{
    const SeedContext &c = m_context;
    Rng rng(c.seed, TransactionStream, quint64(index));
    TransactionPlan p;
    p.id = c.base(SeededTable::Transactions) + index + 1;
    p.submitted
        = m_time->at((double(index) + rng.uniform()) / double(std::max<qint64>(1, c.transactions)));
    p.service = m_services.pick(rng);
    const ServiceDef &service = c.content.services.at(p.service);
    p.group = rng.chance(service.qatariShare) ? 0 : m_foreignGroups.pick(rng);
    p.english = rng.chance(c.content.groups.at(p.group).englishShare);
    const qint64 sla = qint64(service.slaHours) * hourMs;
    p.due = p.submitted + sla;
    const qint64 age = std::max<qint64>(1, c.now - p.submitted);

    // Open with a probability that fades with age; what is open depends on how old it is.
    const bool open = rng.uniform() < std::exp(-double(age) / double(dayMs) / m_openDecay);
    const double stateDraw = rng.uniform();
    if (open) {
        if (age < hourMs) {
            p.state = stateDraw < 0.85 ? TransactionState::Submitted : TransactionState::InReview;
        } else {
            const double overdue = c.now > p.due ? 0.18 : 0.08;
            const double w[4] = {0.38, 0.30, 0.20, overdue};
            const double total = w[0] + w[1] + w[2] + w[3];
            double t = stateDraw * total;
            int k = 0;
            while (k < 3 && t >= w[k]) {
                t -= w[k];
                ++k;
            }
            static const TransactionState openStates[4] = {TransactionState::Submitted,
                                                           TransactionState::InReview,
                                                           TransactionState::AwaitingApplicant,
                                                           TransactionState::Escalated};
            p.state = openStates[k];
        }
    } else {
        p.state = stateDraw < 0.76 ? TransactionState::Approved
                                   : (stateDraw < 0.90 ? TransactionState::Rejected
                                                       : TransactionState::Withdrawn);
    }
    // Every state appears, even in a tiny database, and so does every urgency of the queue.
    const qint64 fromEnd = c.transactions - 1 - index;
    const bool newest = c.transactions >= 7 && fromEnd >= 0 && fromEnd < 4;
    if (c.transactions >= 7) {
        static const TransactionState newestStates[4] = {TransactionState::InReview,
                                                         TransactionState::Submitted,
                                                         TransactionState::AwaitingApplicant,
                                                         TransactionState::Escalated};
        static const TransactionState middle[3]
            = {TransactionState::Approved, TransactionState::Rejected, TransactionState::Withdrawn};
        const qint64 fromMiddle = index - c.transactions / 2;
        if (newest)
            p.state = newestStates[fromEnd];
        else if (fromMiddle >= 0 && fromMiddle < 3)
            p.state = middle[fromMiddle];
    }
    // The open queue stands as it would on the day the database is made (its own stream: the
    // decided transactions keep their history).
    if (TransactionStates::isOpen(p.state)) {
        static const Urgency newestUrgencies[4]
            = {Urgency::DueSoon, Urgency::Overdue, Urgency::WithinLimit, Urgency::Overdue};
        Rng queue(c.seed, QueueStream, quint64(index));
        Urgency u = urgency(queue, p.state);
        if (newest)
            u = newestUrgencies[fromEnd];
        p.submitted = c.now - (sla - timeLeft(queue, u, sla));
        p.due = p.submitted + sla;
    }

    const double priorityDraw = rng.uniform();
    p.priority
        = priorityDraw < 0.05 ? 1 : (priorityDraw < 0.87 ? 2 : (priorityDraw < 0.97 ? 3 : 4));
    const QList<qint64> &clerks = c.workforce.clerks.at(p.service);
    const int clerkDraw = rng.below(1 << 20);
    p.handler = clerks.isEmpty() ? 0 : clerks.at(clerkDraw % clerks.size());
    const double u1 = rng.uniform();
    const double u2 = rng.uniform();
    const double u3 = rng.uniform();
    const double u4 = rng.uniform();
    const double spread = rng.normal();
    const int noteDraw = rng.below(1 << 20);
    const int reasonDraw = rng.below(1 << 20);

    auto within = [](qint64 from, qint64 to, double f) {
        return to <= from ? from : from + qint64(f * double(to - from));
    };
    switch (p.state) {
    case TransactionState::Submitted:
        p.updated = p.submitted;
        break;
    case TransactionState::InReview:
        p.claimAt = within(p.submitted, c.now, 0.05 + 0.6 * u1);
        if (u2 < 0.65 && p.handler) {
            p.assigned = p.handler;
            p.lease = c.now + 2 * hourMs + qint64(u3 * double(6 * hourMs));
        }
        p.updated = p.claimAt;
        break;
    case TransactionState::AwaitingApplicant:
        p.claimAt = within(p.submitted, c.now, 0.05 + 0.3 * u1);
        p.requestAt = within(p.claimAt, c.now, 0.1 + 0.6 * u2);
        p.paused = p.requestAt;
        p.message = noteDraw % c.content.messages.size();
        p.updated = p.requestAt;
        break;
    case TransactionState::Escalated:
        p.claimAt = within(p.submitted, c.now, 0.05 + 0.3 * u1);
        p.escalateAt = within(p.claimAt, c.now, 0.1 + 0.7 * u2);
        p.assigned = c.workforce.supervisor;
        p.note = noteDraw % c.content.notes.size();
        p.updated = p.escalateAt;
        break;
    case TransactionState::Approved:
    case TransactionState::Rejected: {
        // About 85% are decided within the SLA.
        const double factor = std::clamp(std::exp(-0.73 + 0.7 * spread), 0.02, 10.0);
        p.decided = std::min(p.submitted + qint64(factor * double(sla)), c.now - minuteMs);
        if (p.decided <= p.submitted)
            p.decided = p.submitted + (c.now - p.submitted) / 2;
        p.claimAt = within(p.submitted, p.decided, 0.1 + 0.4 * u1);
        if (u2 < 0.18) {
            p.requestAt = within(p.claimAt, p.decided, 0.3);
            p.receivedAt = within(p.claimAt, p.decided, 0.6);
            p.message = noteDraw % c.content.messages.size();
        }
        if (p.state == TransactionState::Rejected)
            p.reason = reasonDraw % c.content.reasons.size();
        if (u4 < 0.15) {
            p.note = noteDraw % c.content.notes.size();
            p.noteAt = within(p.claimAt, p.decided, 0.8);
        }
        p.updated = p.decided;
        break;
    }
    case TransactionState::Withdrawn:
        p.withdrawAt = within(p.submitted, std::min(c.now, p.submitted + 3 * sla), 0.1 + 0.8 * u1);
        if (u2 < 0.5)
            p.claimAt = within(p.submitted, p.withdrawAt, 0.3);
        p.updated = p.withdrawAt;
        break;
    }
    if (p.state == TransactionState::InReview && u4 < 0.15) {
        p.note = noteDraw % c.content.notes.size();
        p.noteAt = within(p.claimAt, c.now, 0.5);
    }
    // One version per change after submission.
    for (qint64 t : {p.claimAt, p.requestAt, p.receivedAt, p.escalateAt, p.withdrawAt, p.decided}) {
        if (t != noTime)
            ++p.version;
    }
    return p;
}

QString TransactionPlanner::details(Rng &rng,
                                    const ServiceDef &service,
                                    int birthYear,
                                    const QString &nationality) const
{
    QString json = QStringLiteral("{");
    for (const FieldDef &f : service.fields) {
        QString value;
        if (f.type == QLatin1String("passport")) {
            value += QLatin1Char(char('A' + rng.below(26)));
            appendDigits(value, rng, 7, true);
        } else if (f.type == QLatin1String("number")) {
            appendDigits(value, rng, std::clamp(f.digits, 1, 18), true);
        } else if (f.type == QLatin1String("plate")) {
            value = QString::number(qint64(std::pow(10.0, 1.0 + rng.uniform() * 5.0)));
        } else if (f.type == QLatin1String("qid")) {
            value = makeQid(rng, birthYear + rng.below(11) - 5, nationality);
        } else if (f.type == QLatin1String("choice") && !f.values.isEmpty()) {
            value = rng.pick(f.values);
        }
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"') + jsonEscaped(f.key) + QLatin1String("\":\"") + jsonEscaped(value)
                + QLatin1Char('"');
    }
    json += QLatin1Char('}');
    return json;
}

Applicant TransactionPlanner::applicant(qint64 index, const TransactionPlan &plan) const
{
    const SeedContext &c = m_context;
    Rng rng(c.seed, ApplicantStream, quint64(index));
    const NameGroup &g = c.content.groups.at(plan.group);
    const bool female = rng.chance(0.3);
    const NamePart &first = rng.pick(female ? g.female : g.male);
    const NamePart &father = rng.pick(g.male);
    const NamePart &family = rng.pick(g.family);
    QList<const NamePart *> parts{&first};
    if (g.threeParts)
        parts << &father;
    parts << &family;
    Applicant a;
    for (const NamePart *part : std::as_const(parts)) {
        const bool variant = rng.chance(0.08);
        const int variantDraw = rng.below(1 << 20);
        if (!a.name.isEmpty()) {
            a.name += QLatin1Char(' ');
            a.norm += QLatin1Char(' ');
        }
        if (plan.english) {
            a.name += part->en;
            a.norm += part->enNorm;
        } else if (variant && !part->variants.isEmpty()) {
            const int k = variantDraw % part->variants.size();
            a.name += part->variants.at(k);
            a.norm += part->variantsNorm.at(k);
        } else {
            a.name += part->ar;
            a.norm += part->arNorm;
        }
    }
    const int age = 19 + int(std::pow(rng.uniform(), 1.4) * 50.0);
    const int birthYear = yearOf(plan.submitted) - age;
    const QString &nationality = rng.pick(g.nationalities);
    a.qid = makeQid(rng, birthYear, nationality);
    if (rng.chance(0.95)) {
        static const char prefixes[] = {'3', '5', '5', '5', '6', '6', '7'};
        a.phone = QStringLiteral("+974 ");
        a.phone += QLatin1Char(prefixes[rng.below(sizeof(prefixes))]);
        appendDigits(a.phone, rng, 7, false);
    }
    if (rng.chance(plan.english ? 0.7 : 0.35)) {
        a.email = emailLocal(first.en) + QLatin1Char('.') + emailLocal(family.en);
        if (rng.chance(0.5))
            a.email += QString::number(birthYear % 100).rightJustified(2, QLatin1Char('0'));
        a.email += QLatin1Char('@') + rng.pick(c.content.emailDomains);
    }
    a.details = details(rng, c.content.services.at(plan.service), birthYear, nationality);
    // Drawn last, so that every earlier draw (and the data seeded before) stays as it was; about
    // as people live: most in Doha and Al Rayyan.
    static const QStringList places = DashboardText::segmentValues(QStringLiteral("municipality"));
    static const int weights[] = {40, 30, 10, 5, 5, 2, 5, 3};
    int draw = rng.below(100);
    int k = 0;
    while (draw >= weights[k]) {
        draw -= weights[k];
        ++k;
    }
    a.municipality = places.at(k);
    return a;
}

} // namespace Seeder
