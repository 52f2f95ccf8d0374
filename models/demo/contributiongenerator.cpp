#include "demo/contributiongenerator.h"

#include "common/arabictext.h"
#include "demo/random.h"
#include "demo/seedconnection.h"
#include "demo/seedcontext.h"

#include <algorithm>
#include <cmath>

namespace Seeder {

enum class ContributionKind { Normal, Abuse, Link, Phone, Bidi, Duplicate };

enum class ContributionState { Pending, Published, Rejected, Hidden };

// Contribution i as planned: its reports and its moderation decision are written from it.
struct ContributionPlan
{
    qint64 id = 0;
    int topic = 0;
    ContributionKind kind = ContributionKind::Normal;
    ContributionState state = ContributionState::Pending;
    qint64 submitted = 0;
    QString body;
    QString flags;
    bool duplicateSeen = false;
    qint64 duplicateOf = 0; // the twin a duplicate repeats (its first occurrence)
    qint64 author = 0;
    qint64 claimedBy = 0;
    qint64 moderatedBy = 0;
    qint64 moderatedAt = noTime;
    int reports = 0;
    // Hidden by its reports at the topic's threshold (at moderatedAt), no moderator yet.
    bool autoHidden = false;
};

namespace {

// The topics' default report threshold (migration 013): reports that hid a contribution.
constexpr int autoHideThreshold = 3;

const char *contributionStateKey(ContributionState s)
{
    switch (s) {
    case ContributionState::Pending:
        return "pending";
    case ContributionState::Published:
        return "published";
    case ContributionState::Rejected:
        return "rejected";
    case ContributionState::Hidden:
        return "hidden";
    }
    return "pending";
}

// The report reason a kind of contribution attracts.
const char *reasonFor(ContributionKind kind)
{
    switch (kind) {
    case ContributionKind::Normal:
        return "off_topic";
    case ContributionKind::Abuse:
        return "abusive";
    case ContributionKind::Link:
        return "spam";
    case ContributionKind::Phone:
        return "personal_data";
    case ContributionKind::Bidi:
        return "spam";
    case ContributionKind::Duplicate:
        return "duplicate";
    }
    return "other";
}

bool hasLink(const QString &text)
{
    return text.contains(QLatin1String("http://")) || text.contains(QLatin1String("https://"))
           || text.contains(QLatin1String("www."));
}

// A phone number: eight or more digits in one run, allowing single spaces or dashes between
// groups (as people type "+974 5512 3487"). Works on normalised text (Arabic-Indic digits folded).
bool hasPhone(const QString &normalized)
{
    int digits = 0;
    int gap = 0;
    for (QChar c : normalized) {
        if (c.isDigit()) {
            ++digits;
            gap = 0;
            if (digits >= 8)
                return true;
        } else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && digits > 0 && gap == 0) {
            gap = 1;
        } else if (c == QLatin1Char('+') && digits == 0) {
            continue;
        } else {
            digits = 0;
            gap = 0;
        }
    }
    return false;
}

} // namespace

ContributionGenerator::ContributionGenerator(SeedContext &context)
    : m_context(context)
{}

ContributionGenerator::~ContributionGenerator() = default;

DbError ContributionGenerator::seed()
{
    for (auto step : {&ContributionGenerator::seedTopics,
                      &ContributionGenerator::seedContributions,
                      &ContributionGenerator::seedReportsAndActions}) {
        if (DbError e = (this->*step)(); !e.ok())
            return e;
    }
    return {};
}

DbError ContributionGenerator::seedTopics()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::Topics); !e.ok())
        return e;
    qint64 next = c.base(SeededTable::Topics);
    const qint64 editor = c.staffId(QStringLiteral("editor"));
    // Four eyes: a topic past review was approved by another editor than its author.
    const qint64 reviewer = c.staffId(QStringLiteral("demo"));
    for (qsizetype k = 0; k < c.content.topics.size(); ++k) {
        TopicDef &t = c.content.topics[k];
        t.id = ++next;
        t.opensAt = t.opensDaysAgo ? c.now - qint64(*t.opensDaysAgo) * dayMs : noTime;
        t.closesAt = t.closesDaysAgo ? c.now - qint64(*t.closesDaysAgo) * dayMs : noTime;
        sink.integer(t.id);
        sink.text(t.title.ar);
        sink.text(t.title.en);
        sink.text(t.body.ar);
        sink.text(t.body.en);
        sink.text(t.state);
        sink.time(t.opensAt);
        sink.time(t.closesAt);
        sink.id(editor);
        const bool reviewed
            = t.state != QLatin1String("draft") && t.state != QLatin1String("in_review");
        sink.id(reviewed ? reviewer : 0);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        const bool public_ = t.state == QLatin1String("open") || t.state == QLatin1String("closed")
                             || t.state == QLatin1String("archived");
        if (public_ && t.weight > 0 && t.opensAt != noTime && t.opensAt < c.now)
            m_topicsWithContributions << int(k);
    }
    if (DbError e = sink.end(); !e.ok())
        return e;
    if (m_topicsWithContributions.isEmpty())
        return contentError(QStringLiteral("topics.json"),
                            QStringLiteral("no open or closed topic"));

    // Contributions arrive while their topic is open.
    const Content &content = c.content;
    const QList<int> topics = m_topicsWithContributions;
    const qint64 now = c.now;
    auto weight = [&content, topics, now](qint64 t) {
        double w = 0;
        for (int k : topics) {
            const TopicDef &topic = content.topics.at(k);
            const qint64 closes = topic.closesAt == noTime ? now : topic.closesAt;
            if (t + hourMs > topic.opensAt && t < closes)
                w += topic.weight;
        }
        return w * activity(t);
    };
    m_time = std::make_unique<TimeWarp>(c.yearAgo, c.now, weight);
    m_pendingDecay = solveDecay(*m_time, 0.30);
    return {};
}

void ContributionGenerator::resetContributions()
{
    m_duplicatesSeen.clear();
}

ContributionPlan ContributionGenerator::plan(qint64 index)
{
    SeedContext &c = m_context;
    Rng rng(c.seed, ContributionStream, quint64(index));
    ContributionPlan p;
    p.id = c.base(SeededTable::Contributions) + index + 1;
    p.submitted = m_time->at((double(index) + rng.uniform())
                             / double(std::max<qint64>(1, c.contributions)));

    // The topic: one of those open at that moment, by weight.
    QList<double> weights;
    for (int k : std::as_const(m_topicsWithContributions)) {
        const TopicDef &t = c.content.topics.at(k);
        const qint64 closes = t.closesAt == noTime ? c.now : t.closesAt;
        weights << ((p.submitted >= t.opensAt && p.submitted < closes) ? t.weight : 0.0);
    }
    if (std::all_of(weights.begin(), weights.end(), [](double w) { return w <= 0; }))
        weights = QList<double>(weights.size(), 1.0);
    p.topic = m_topicsWithContributions.at(Weighted(weights).pick(rng));
    const TopicDef &topic = c.content.topics.at(p.topic);

    const double kindDraw = rng.uniform();
    if (kindDraw < 0.80)
        p.kind = ContributionKind::Normal;
    else if (kindDraw < 0.85)
        p.kind = ContributionKind::Abuse;
    else if (kindDraw < 0.895)
        p.kind = ContributionKind::Link;
    else if (kindDraw < 0.93)
        p.kind = ContributionKind::Phone;
    else if (kindDraw < 0.955)
        p.kind = ContributionKind::Bidi;
    else
        p.kind = ContributionKind::Duplicate;
    int fragmentDraw = rng.below(1 << 20);
    bool forced = false;
    if (c.contributions >= 12) {
        // The newest few show every kind of problem to a moderator, even in a tiny database.
        static const ContributionKind newest[6] = {ContributionKind::Bidi,
                                                   ContributionKind::Abuse,
                                                   ContributionKind::Link,
                                                   ContributionKind::Phone,
                                                   ContributionKind::Duplicate,
                                                   ContributionKind::Duplicate};
        const qint64 fromEnd = c.contributions - 1 - index;
        if (fromEnd >= 0 && fromEnd < 6) {
            p.kind = newest[fromEnd];
            forced = true;
            if (p.kind == ContributionKind::Duplicate)
                fragmentDraw = 0;
        }
    }

    const double u1 = rng.uniform();
    const double u2 = rng.uniform();
    const double u3 = rng.uniform();
    const double u4 = rng.uniform();
    auto comment = [&](int draw) {
        if (!topic.comments.isEmpty() && (draw % 10) < 7)
            return topic.comments.at((draw / 10) % topic.comments.size());
        return c.content.generalComments.at((draw / 10) % c.content.generalComments.size());
    };
    const int extraDraw = rng.below(1 << 20);
    switch (p.kind) {
    case ContributionKind::Normal: {
        p.body = comment(fragmentDraw);
        if (u1 < 0.15)
            p.body += QLatin1Char(' ') + comment(extraDraw);
        const bool arabic = !p.body.isEmpty() && p.body.at(0).unicode() >= 0x0600;
        if (arabic && u2 < 0.35)
            p.body = c.content.openers.at(extraDraw % c.content.openers.size()) + QLatin1Char(' ')
                     + p.body;
        if (arabic && u3 < 0.3)
            p.body += QLatin1Char(' ')
                      + c.content.closers.at((extraDraw / 7) % c.content.closers.size());
        break;
    }
    case ContributionKind::Abuse: {
        const QStringList &f = c.content.problems.value(QStringLiteral("abuse"));
        p.body = f.at(fragmentDraw % f.size());
        break;
    }
    case ContributionKind::Link: {
        const QStringList &f = c.content.problems.value(QStringLiteral("link"));
        p.body = f.at(fragmentDraw % f.size());
        if (u1 < 0.4)
            p.body = c.content.generalComments.at(extraDraw % c.content.generalComments.size())
                     + QLatin1Char(' ') + p.body;
        break;
    }
    case ContributionKind::Phone: {
        const QStringList &f = c.content.problems.value(QStringLiteral("phone"));
        p.body = f.at(fragmentDraw % f.size());
        break;
    }
    case ContributionKind::Bidi: {
        const QStringList &f = c.content.problems.value(QStringLiteral("bidi"));
        p.body = f.at(fragmentDraw % f.size());
        break;
    }
    case ContributionKind::Duplicate: {
        const QStringList &f = c.content.problems.value(QStringLiteral("duplicate"));
        const int k = fragmentDraw % f.size();
        p.body = f.at(k);
        p.duplicateSeen = m_duplicatesSeen.contains(k);
        if (p.duplicateSeen)
            p.duplicateOf = m_duplicatesSeen.value(k);
        else
            m_duplicatesSeen.insert(k, p.id);
        break;
    }
    }

    // Automatic flags, as the portal's checks would raise them.
    QStringList flags;
    const QString normalized = ArabicText::normalize(p.body);
    if (hasLink(p.body))
        flags << QStringLiteral("link");
    if (hasPhone(normalized))
        flags << QStringLiteral("phone");
    if (ArabicText::hasHiddenControls(p.body))
        flags << QStringLiteral("bidi");
    if (p.kind == ContributionKind::Abuse)
        flags << QStringLiteral("abuse");
    if (p.duplicateSeen)
        flags << QStringLiteral("duplicate");
    p.flags = flags.join(QLatin1Char(','));

    // Author: a few people write a lot; spam comes from a handful of accounts.
    const qint64 people = std::max<qint64>(60, c.contributions / 3);
    p.author = p.kind == ContributionKind::Link ? people + rng.below(4)
                                                : qint64(double(people) * u4 * u4);

    // Moderation: the newest wait in the queue; closed topics have been dealt with.
    const double ageDays = double(c.now - p.submitted) / double(dayMs);
    const bool topicOpen = topic.closesAt == noTime;
    const bool pending
        = forced || (topicOpen && rng.uniform() < std::exp(-ageDays / m_pendingDecay));
    const double stateDraw = rng.uniform();
    const int staffDraw = rng.below(1 << 20);
    const double moderationDelay = rng.uniform();
    const bool problem = p.kind != ContributionKind::Normal
                         && !(p.kind == ContributionKind::Duplicate && !p.duplicateSeen);
    if (pending) {
        p.state = ContributionState::Pending;
        if (!c.workforce.moderators.isEmpty() && stateDraw < 0.06)
            p.claimedBy = c.workforce.moderators.at(staffDraw % c.workforce.moderators.size());
    } else {
        double published = 0.93;
        double rejected = 0.04;
        switch (p.kind) {
        case ContributionKind::Normal:
            break;
        case ContributionKind::Abuse:
            published = 0.10;
            rejected = 0.60;
            break;
        case ContributionKind::Link:
            published = 0.0;
            rejected = 0.85;
            break;
        case ContributionKind::Phone:
            published = 0.20;
            rejected = 0.30;
            break;
        case ContributionKind::Bidi:
            published = 0.0;
            rejected = 0.50;
            break;
        case ContributionKind::Duplicate:
            if (problem) {
                published = 0.30;
                rejected = 0.70;
            }
            break;
        }
        p.state = stateDraw < published
                      ? ContributionState::Published
                      : (stateDraw < published + rejected ? ContributionState::Rejected
                                                          : ContributionState::Hidden);
        if (!c.workforce.moderators.isEmpty())
            p.moderatedBy = c.workforce.moderators.at(staffDraw % c.workforce.moderators.size());
        p.moderatedAt
            = std::min(p.submitted + 10 * minuteMs + qint64(moderationDelay * double(48 * hourMs)),
                       c.now - minuteMs);
        p.moderatedAt = std::max(p.moderatedAt, p.submitted + 1000);
    }

    // Reports from the public.
    const double reportDraw = rng.uniform();
    const int reportCount = rng.below(4);
    switch (p.kind) {
    case ContributionKind::Normal:
        p.reports = reportDraw < 0.03 ? 1 : 0;
        break;
    case ContributionKind::Abuse:
        p.reports = reportDraw < 0.7 ? 1 + reportCount : 0;
        break;
    case ContributionKind::Link:
        p.reports = reportDraw < 0.6 ? 1 + reportCount % 3 : 0;
        break;
    case ContributionKind::Phone:
        p.reports = reportDraw < 0.5 ? 1 + reportCount % 2 : 0;
        break;
    case ContributionKind::Bidi:
        p.reports = reportDraw < 0.4 ? 1 + reportCount % 2 : 0;
        break;
    case ContributionKind::Duplicate:
        p.reports = (problem && reportDraw < 0.4) ? 1 + reportCount % 2 : 0;
        break;
    }
    if (p.state == ContributionState::Hidden && p.reports == 0)
        p.reports = 1;
    // A third of the hidden ones were hidden by their reports (the topics' default threshold is
    // 3) and wait in the Auto-hidden tab; the draw is one already made, so that every other
    // row stays as it was.
    if (p.state == ContributionState::Hidden && staffDraw % 3 == 0) {
        p.autoHidden = true;
        p.reports = std::max(p.reports, autoHideThreshold);
        p.moderatedBy = 0;
    }
    return p;
}

QString ContributionGenerator::authorName(qint64 author) const
{
    const SeedContext &c = m_context;
    Rng rng(c.seed, AuthorStream, quint64(author));
    const NameGroup &g = c.content.groups.at(rng.chance(0.7) ? 0 : 1);
    const NamePart &first = rng.pick(rng.chance(0.35) ? g.female : g.male);
    const NamePart &family = rng.pick(g.family);
    return first.ar + QLatin1Char(' ') + family.ar;
}

DbError ContributionGenerator::seedContributions()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::Contributions); !e.ok())
        return e;
    resetContributions();
    for (qint64 i = 0; i < c.contributions; ++i) {
        const ContributionPlan p = plan(i);
        sink.integer(p.id);
        sink.integer(c.content.topics.at(p.topic).id);
        sink.text(QLatin1Char('u') + QString::number(100000 + (p.author * 7919) % 900000));
        sink.text(authorName(p.author));
        sink.text(p.body);
        sink.text(ArabicText::normalize(p.body));
        const char *state = contributionStateKey(p.state);
        sink.ascii(state, int(qstrlen(state)));
        sink.text(p.flags);
        sink.integer(p.reports);
        sink.time(p.submitted);
        sink.id(p.claimedBy);
        sink.id(p.moderatedBy);
        sink.time(p.autoHidden ? noTime : p.moderatedAt);
        sink.time(p.autoHidden ? p.moderatedAt : noTime);
        // The twin a duplicate names (the same text: similarity 1), for "Similar contributions".
        sink.id(p.duplicateOf);
        if (p.duplicateOf > 0)
            sink.integer(1);
        else
            sink.null();
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        c.progress(QStringLiteral("contributions"), i + 1, c.contributions);
    }
    c.report.contributions = c.contributions;
    return sink.end();
}

DbError ContributionGenerator::seedReportsAndActions()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::ContributionReports); !e.ok())
        return e;
    resetContributions();
    qint64 next = c.base(SeededTable::ContributionReports);
    for (qint64 i = 0; i < c.contributions; ++i) {
        c.progress(QStringLiteral("contribution reports"), i, c.contributions);
        const ContributionPlan p = plan(i);
        if (!p.reports)
            continue;
        Rng rng(c.seed, ReportStream, quint64(i));
        const qint64 until = p.moderatedAt != noTime ? p.moderatedAt : c.now;
        for (int r = 0; r < p.reports; ++r) {
            const char *reason = rng.chance(0.8) ? reasonFor(p.kind) : "other";
            const QStringList &notes = c.content.reportNotes.value(QLatin1String(reason));
            const int noteDraw = rng.below(1 << 20);
            sink.integer(++next);
            sink.integer(p.id);
            sink.ascii(reason, int(qstrlen(reason)));
            if (!notes.isEmpty() && noteDraw % 2 == 0)
                sink.text(notes.at((noteDraw / 2) % notes.size()));
            else
                sink.null();
            sink.text(QLatin1Char('u') + QString::number(100000 + rng.below(900000)));
            sink.time(
                p.submitted
                + qint64(rng.uniform() * double(std::max<qint64>(1000, until - p.submitted))));
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    c.progress(QStringLiteral("contribution reports"), c.contributions, c.contributions);
    if (DbError e = sink.end(); !e.ok())
        return e;

    // The moderation log: one decision per moderated contribution, and the database's own
    // automatic hide (no moderator) for those their reports hid.
    if (DbError e = sink.begin(SeededTable::ModerationLog); !e.ok())
        return e;
    resetContributions();
    next = c.base(SeededTable::ModerationLog);
    for (qint64 i = 0; i < c.contributions; ++i) {
        c.progress(QStringLiteral("moderation actions"), i, c.contributions);
        const ContributionPlan p = plan(i);
        if (p.state == ContributionState::Pending || (!p.moderatedBy && !p.autoHidden))
            continue;
        const char *action = p.autoHidden ? "auto_hide"
                             : p.state == ContributionState::Published
                                 ? "approve"
                                 : (p.state == ContributionState::Rejected ? "reject" : "hide");
        sink.integer(++next);
        sink.integer(p.id);
        sink.id(p.moderatedBy);
        sink.ascii(action);
        if (p.autoHidden) {
            sink.ascii("reports");
            sink.text(QString::number(p.reports));
        } else {
            if (p.state == ContributionState::Rejected)
                sink.ascii(reasonFor(p.kind));
            else
                sink.null();
            if (p.state == ContributionState::Hidden)
                sink.ascii(reasonFor(p.kind));
            else
                sink.null();
        }
        sink.time(p.moderatedAt);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
    }
    c.progress(QStringLiteral("moderation actions"), c.contributions, c.contributions);
    return sink.end();
}

} // namespace Seeder
