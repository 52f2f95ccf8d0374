#include "demo/seeder.h"

#include "common/arabictext.h"
#include "auth/passwordhash.h"
#include "db/pgcopy.h"
#include "administration/staffadmin.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace Seeder {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 noTime = std::numeric_limits<qint64>::min();
constexpr qint64 progressEvery = 16384;

// ---------------------------------------------------------------------------------------------
// Random numbers: splitmix64, one independent stream per (seed, table, row). A row's values are
// a pure function of its index, so a later pass (events, attachments, answers) can regenerate
// the row it hangs off instead of keeping millions of rows in memory.

quint64 mix64(quint64 z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

enum Stream : quint64 {
    TransactionStream = 1,
    ApplicantStream,
    AttachmentStream,
    ContributionStream,
    ReportStream,
    AuthorStream,
    ResponseStream,
};

class Rng
{
public:
    Rng(quint64 seed, Stream stream, quint64 index)
        : m_state(mix64(mix64(seed ^ (quint64(stream) << 56)) + index))
    {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(qsizetype n) { return n <= 0 ? 0 : int((next() >> 16) % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }

private:
    quint64 m_state;
};

// Picks an index with probability proportional to its weight.
class Weighted
{
public:
    Weighted() = default;
    explicit Weighted(const QList<double> &weights)
    {
        double sum = 0;
        for (double w : weights) {
            sum += std::max(0.0, w);
            m_cumulative.push_back(sum);
        }
    }
    int pick(Rng &rng) const
    {
        if (m_cumulative.empty())
            return 0;
        const double t = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), t);
        return int(
            std::min<qsizetype>(it - m_cumulative.begin(), qsizetype(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

int pickFrom(Rng &rng, const double *weights, int n)
{
    double sum = 0;
    for (int k = 0; k < n; ++k)
        sum += weights[k];
    double t = rng.uniform() * sum;
    for (int k = 0; k < n; ++k) {
        if (t < weights[k])
            return k;
        t -= weights[k];
    }
    return n - 1;
}

// ---------------------------------------------------------------------------------------------
// Time: milliseconds since the epoch, UTC, written as 'YYYY-MM-DDTHH:MM:SS.zzzZ' (the SQLite
// storage format; PostgreSQL accepts it for timestamptz).

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

struct Civil
{
    int year;
    int month;
    int day;
};

Civil civilFromDays(qint64 days)
{
    // Howard Hinnant's days_from_civil, inverted.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

int yearOf(qint64 ms)
{
    return civilFromDays(floorDiv(ms, dayMs)).year;
}

struct TimeText
{
    char text[24];
};

TimeText formatTime(qint64 ms)
{
    const qint64 days = floorDiv(ms, dayMs);
    qint64 rest = ms - days * dayMs;
    const Civil c = civilFromDays(days);
    const int hour = int(rest / hourMs);
    rest -= qint64(hour) * hourMs;
    const int minute = int(rest / minuteMs);
    rest -= qint64(minute) * minuteMs;
    const int second = int(rest / 1000);
    const int milli = int(rest - qint64(second) * 1000);
    TimeText t;
    auto put = [&t](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            t.text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, c.year, 4);
    t.text[4] = '-';
    put(5, c.month, 2);
    t.text[7] = '-';
    put(8, c.day, 2);
    t.text[10] = 'T';
    put(11, hour, 2);
    t.text[13] = ':';
    put(14, minute, 2);
    t.text[16] = ':';
    put(17, second, 2);
    t.text[19] = '.';
    put(20, milli, 3);
    t.text[23] = 'Z';
    return t;
}

// How busy the portal is at a moment: Qatar time (UTC+3), quiet nights, Friday and Saturday.
double activity(qint64 ms)
{
    static const double hours[24]
        = {0.25, 0.15, 0.10, 0.08, 0.08, 0.12, 0.30, 0.60, 0.90, 1.00, 1.00, 1.00,
           0.95, 0.90, 0.80, 0.75, 0.75, 0.80, 0.85, 0.90, 0.90, 0.80, 0.60, 0.40};
    static const double week[7] = {1.10, 1.00, 1.00, 1.00, 1.00, 0.45, 0.70}; // Sunday first
    const qint64 local = ms + 3 * hourMs;
    const qint64 days = floorDiv(local, dayMs);
    const int hour = int((local - days * dayMs) / hourMs);
    const int dow = int(((days % 7) + 7 + 4) % 7); // 1970-01-01 was a Thursday
    return hours[hour] * week[dow];
}

// Maps u in [0, 1) to a moment in [start, end) so that moments fall where the weight is: rows
// numbered in time order get non-decreasing timestamps, dense where the weight is high.
class TimeWarp
{
public:
    TimeWarp(qint64 start, qint64 end, const std::function<double(qint64)> &weight)
        : m_start(start)
        , m_end(std::max(end, start + 1))
    {
        const qint64 hours = std::max<qint64>(1, (m_end - m_start + hourMs - 1) / hourMs);
        m_cumulative.reserve(size_t(hours) + 1);
        m_cumulative.push_back(0);
        for (qint64 h = 0; h < hours; ++h) {
            const qint64 from = m_start + h * hourMs;
            const double length = double(std::min(hourMs, m_end - from)) / double(hourMs);
            m_cumulative.push_back(m_cumulative.back() + std::max(0.0, weight(from)) * length);
        }
    }

    qint64 at(double u) const
    {
        const double total = m_cumulative.back();
        if (total <= 0)
            return m_start + qint64(u * double(m_end - m_start));
        const double target = u * total;
        auto it = std::upper_bound(m_cumulative.begin() + 1, m_cumulative.end(), target);
        qint64 h = (it - m_cumulative.begin()) - 1;
        h = std::clamp<qint64>(h, 0, qint64(m_cumulative.size()) - 2);
        const double width = m_cumulative[size_t(h) + 1] - m_cumulative[size_t(h)];
        const double fraction = width > 0 ? (target - m_cumulative[size_t(h)]) / width : 0.5;
        const qint64 from = m_start + h * hourMs;
        const qint64 length = std::min(hourMs, m_end - from);
        return std::min(from + qint64(fraction * double(length)), m_end - 1);
    }

    // The weighted mean of f(age in days at the end of the window) over the window.
    double mean(const std::function<double(double)> &f) const
    {
        double sum = 0;
        for (size_t h = 0; h + 1 < m_cumulative.size(); ++h) {
            const double w = m_cumulative[h + 1] - m_cumulative[h];
            const double mid = double(m_start) + (double(h) + 0.5) * double(hourMs);
            sum += w * f(std::max(0.0, (double(m_end) - mid) / double(dayMs)));
        }
        return m_cumulative.back() > 0 ? sum / m_cumulative.back() : 0;
    }

private:
    qint64 m_start;
    qint64 m_end;
    std::vector<double> m_cumulative;
};

// tau (days) such that rows open with probability exp(-age / tau) make up `target` of all rows.
double solveDecay(const TimeWarp &warp, double target)
{
    double lo = std::log(1e-3);
    double hi = std::log(1e5);
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        const double tau = std::exp(mid);
        const double fraction = warp.mean([tau](double age) { return std::exp(-age / tau); });
        (fraction < target ? lo : hi) = mid;
    }
    return std::exp(0.5 * (lo + hi));
}

// ---------------------------------------------------------------------------------------------
// Demo content from resources/demo.

struct Text2
{
    QString ar;
    QString en;
};

struct DocumentDef
{
    QString code;
    Text2 name;
    bool required = true;
    QString mime;
};

struct FieldDef
{
    QString key;
    QString type;
    int digits = 8;
    QStringList values;
};

struct ServiceDef
{
    QString code;
    Text2 name;
    QString category;
    int slaHours = 24;
    double weight = 1;
    double qatariShare = 0.3;
    QList<DocumentDef> documents;
    QList<FieldDef> fields;
    qint64 id = 0;
    bool existed = false;
};

struct NamePart
{
    QString ar;
    QString en;
    QString arNorm;
    QString enNorm;
    QStringList variants;
    QStringList variantsNorm;
};

struct NameGroup
{
    QString code;
    bool qatari = false;
    QStringList nationalities;
    double weight = 0;
    double englishShare = 0;
    bool threeParts = false;
    QList<NamePart> male;
    QList<NamePart> female;
    QList<NamePart> family;
};

struct CannedDef
{
    QString service;
    Text2 title;
    Text2 body;
};

struct TopicDef
{
    Text2 title;
    Text2 body;
    QString state;
    std::optional<int> opensDaysAgo;
    std::optional<int> closesDaysAgo;
    double weight = 0;
    QStringList comments;
    qint64 id = 0;
    qint64 opensAt = noTime;
    qint64 closesAt = noTime;
};

struct OptionDef
{
    Text2 text;
    double weight = 1;
    double trend = 0;
    bool isOther = false;
    qint64 id = 0;
};

struct QuestionDef
{
    QString kind;
    Text2 text;
    bool required = true;
    QList<OptionDef> options;
    QList<double> ratingWeights; // rating: values 1..5
    QList<double> ratingTrend;
    double tilt = 0;
    double answerShare = 0.2;
    QStringList answers;
    QStringList otherTexts;
    qint64 id = 0;
};

struct PollDef
{
    Text2 title;
    Text2 description;
    QString state;
    std::optional<int> opensDaysAgo;
    std::optional<int> closesDaysAgo;
    double share = 0;
    QString audience;
    QList<QuestionDef> questions;
    qint64 id = 0;
    qint64 opensAt = noTime;
    qint64 closesAt = noTime;
};

struct StaffDef
{
    QString login;
    QString password;
    Roles roles;
    Text2 name;
    QString services;
    QString supervisor;
};

struct Content
{
    QList<ServiceDef> services;
    QList<QPair<QString, Text2>> reasons;
    QList<Text2> notes;
    QList<Text2> messages;
    QList<CannedDef> canned;
    QList<NameGroup> groups;
    QStringList emailDomains;
    QList<TopicDef> topics;
    QStringList generalComments;
    QStringList openers;
    QStringList closers;
    QHash<QString, QStringList> problems;
    QHash<QString, QStringList> reportNotes;
    QList<PollDef> polls;
};

DbError contentError(const QString &file, const QString &what)
{
    return DbError::make(DbError::Kind::Other, QStringLiteral("demo data %1: %2").arg(file, what));
}

DbError readJson(const QString &name, QJsonObject *out)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return contentError(name, QStringLiteral("missing from the resources"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return contentError(name, error.errorString());
    *out = doc.object();
    return {};
}

Text2 text2(const QJsonObject &o, const QString &prefix)
{
    if (prefix.isEmpty())
        return {o.value(QLatin1String("ar")).toString(), o.value(QLatin1String("en")).toString()};
    return {o.value(prefix + QLatin1String("_ar")).toString(),
            o.value(prefix + QLatin1String("_en")).toString()};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QList<double> numberList(const QJsonValue &value)
{
    QList<double> out;
    for (const QJsonValue &v : value.toArray())
        out << v.toDouble();
    return out;
}

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toInt();
}

QList<StaffDef> loadStaff(QString *error)
{
    QJsonObject root;
    if (DbError e = readJson(QStringLiteral("staff.json"), &root); !e.ok()) {
        if (error)
            *error = e.detail;
        return {};
    }
    QList<StaffDef> out;
    for (const QJsonValue &v : root.value(QLatin1String("staff")).toArray()) {
        const QJsonObject o = v.toObject();
        StaffDef s;
        s.login = o.value(QLatin1String("login")).toString();
        s.password = o.value(QLatin1String("password")).toString();
        s.roles = RoleNames::parse(o.value(QLatin1String("roles")).toString());
        s.name = text2(o, QStringLiteral("name"));
        s.services = o.value(QLatin1String("services")).toString();
        s.supervisor = o.value(QLatin1String("supervisor")).toString();
        out << s;
    }
    return out;
}

const QList<StaffDef> &staffDefs()
{
    static const QList<StaffDef> defs = loadStaff(nullptr);
    return defs;
}

NamePart namePart(const QJsonObject &o, const QJsonObject &variants)
{
    NamePart p;
    p.ar = o.value(QLatin1String("ar")).toString();
    p.en = o.value(QLatin1String("en")).toString();
    p.arNorm = ArabicText::normalize(p.ar);
    p.enNorm = ArabicText::normalize(p.en);
    p.variants = stringList(variants.value(p.ar));
    for (const QString &v : std::as_const(p.variants))
        p.variantsNorm << ArabicText::normalize(v);
    return p;
}

DbError loadContent(Content *c)
{
    QJsonObject root;
    // Services, reasons, notes.
    if (DbError e = readJson(QStringLiteral("services.json"), &root); !e.ok())
        return e;
    for (const QJsonValue &v : root.value(QLatin1String("services")).toArray()) {
        const QJsonObject o = v.toObject();
        ServiceDef s;
        s.code = o.value(QLatin1String("code")).toString();
        s.name = text2(o, QStringLiteral("name"));
        s.category = o.value(QLatin1String("category")).toString();
        s.slaHours = std::max(1, o.value(QLatin1String("sla_hours")).toInt(24));
        s.weight = o.value(QLatin1String("weight")).toDouble(1);
        s.qatariShare = o.value(QLatin1String("qatari_share")).toDouble(0.3);
        for (const QJsonValue &d : o.value(QLatin1String("documents")).toArray()) {
            const QJsonObject od = d.toObject();
            s.documents << DocumentDef{
                od.value(QLatin1String("code")).toString(),
                text2(od, QStringLiteral("name")),
                od.value(QLatin1String("required")).toBool(true),
                od.value(QLatin1String("mime")).toString(QStringLiteral("application/pdf"))};
        }
        for (const QJsonValue &f : o.value(QLatin1String("fields")).toArray()) {
            const QJsonObject of = f.toObject();
            s.fields << FieldDef{of.value(QLatin1String("key")).toString(),
                                 of.value(QLatin1String("type")).toString(),
                                 of.value(QLatin1String("digits")).toInt(8),
                                 stringList(of.value(QLatin1String("values")))};
        }
        if (s.code.isEmpty() || s.documents.isEmpty())
            return contentError(QStringLiteral("services.json"),
                                QStringLiteral("a service needs a code and documents"));
        c->services << s;
    }
    for (const QJsonValue &v : root.value(QLatin1String("rejection_reasons")).toArray()) {
        const QJsonObject o = v.toObject();
        c->reasons << qMakePair(o.value(QLatin1String("code")).toString(),
                                text2(o, QStringLiteral("text")));
    }
    for (const QJsonValue &v : root.value(QLatin1String("internal_notes")).toArray())
        c->notes << text2(v.toObject(), {});
    for (const QJsonValue &v : root.value(QLatin1String("applicant_messages")).toArray())
        c->messages << text2(v.toObject(), {});
    if (c->services.isEmpty() || c->reasons.isEmpty() || c->notes.isEmpty()
        || c->messages.isEmpty())
        return contentError(QStringLiteral("services.json"), QStringLiteral("incomplete"));

    if (DbError e = readJson(QStringLiteral("canned_responses.json"), &root); !e.ok())
        return e;
    for (const QJsonValue &v : root.value(QLatin1String("canned_responses")).toArray()) {
        const QJsonObject o = v.toObject();
        c->canned << CannedDef{o.value(QLatin1String("service")).toString(),
                               text2(o, QStringLiteral("title")),
                               text2(o, QStringLiteral("body"))};
    }

    // Names.
    if (DbError e = readJson(QStringLiteral("names.json"), &root); !e.ok())
        return e;
    const QJsonObject variants = root.value(QLatin1String("variants")).toObject();
    for (const QJsonValue &v : root.value(QLatin1String("groups")).toArray()) {
        const QJsonObject o = v.toObject();
        NameGroup g;
        g.code = o.value(QLatin1String("code")).toString();
        g.qatari
            = o.value(QLatin1String("nationality_group")).toString() == QLatin1String("qatari");
        g.nationalities = stringList(o.value(QLatin1String("nationalities")));
        g.weight = o.value(QLatin1String("weight")).toDouble();
        g.englishShare = o.value(QLatin1String("english_share")).toDouble();
        g.threeParts = o.value(QLatin1String("style")).toString() == QLatin1String("arab");
        for (const QJsonValue &n : o.value(QLatin1String("male")).toArray())
            g.male << namePart(n.toObject(), variants);
        for (const QJsonValue &n : o.value(QLatin1String("female")).toArray())
            g.female << namePart(n.toObject(), variants);
        for (const QJsonValue &n : o.value(QLatin1String("family")).toArray())
            g.family << namePart(n.toObject(), variants);
        if (g.male.isEmpty() || g.female.isEmpty() || g.family.isEmpty()
            || g.nationalities.isEmpty())
            return contentError(QStringLiteral("names.json"),
                                QStringLiteral("group %1 is incomplete").arg(g.code));
        c->groups << g;
    }
    c->emailDomains = stringList(root.value(QLatin1String("email_domains")));
    if (c->groups.size() < 2 || !c->groups.first().qatari || c->emailDomains.isEmpty())
        return contentError(QStringLiteral("names.json"),
                            QStringLiteral("the Qatari group must come first"));

    // Topics and contribution fragments.
    if (DbError e = readJson(QStringLiteral("topics.json"), &root); !e.ok())
        return e;
    for (const QJsonValue &v : root.value(QLatin1String("topics")).toArray()) {
        const QJsonObject o = v.toObject();
        TopicDef t;
        t.title = text2(o, QStringLiteral("title"));
        t.body = text2(o, QStringLiteral("body"));
        t.state = o.value(QLatin1String("state")).toString();
        t.opensDaysAgo = optionalInt(o.value(QLatin1String("opens_days_ago")));
        t.closesDaysAgo = optionalInt(o.value(QLatin1String("closes_days_ago")));
        t.weight = o.value(QLatin1String("weight")).toDouble();
        t.comments = stringList(o.value(QLatin1String("comments")));
        c->topics << t;
    }
    c->generalComments = stringList(root.value(QLatin1String("general_comments")));
    c->openers = stringList(root.value(QLatin1String("openers")));
    c->closers = stringList(root.value(QLatin1String("closers")));
    const QJsonObject problems = root.value(QLatin1String("problems")).toObject();
    for (auto it = problems.begin(); it != problems.end(); ++it)
        c->problems.insert(it.key(), stringList(it.value()));
    const QJsonObject notes = root.value(QLatin1String("report_notes")).toObject();
    for (auto it = notes.begin(); it != notes.end(); ++it)
        c->reportNotes.insert(it.key(), stringList(it.value()));
    for (const char *kind : {"abuse", "link", "phone", "bidi", "duplicate"}) {
        if (c->problems.value(QLatin1String(kind)).isEmpty())
            return contentError(QStringLiteral("topics.json"),
                                QStringLiteral("no %1 fragments").arg(QLatin1String(kind)));
    }
    if (c->topics.isEmpty() || c->generalComments.isEmpty() || c->openers.isEmpty()
        || c->closers.isEmpty())
        return contentError(QStringLiteral("topics.json"), QStringLiteral("incomplete"));

    // Polls.
    if (DbError e = readJson(QStringLiteral("polls.json"), &root); !e.ok())
        return e;
    QList<Text2> likert;
    for (const QJsonValue &v : root.value(QLatin1String("likert_scale")).toArray())
        likert << text2(v.toObject(), {});
    if (likert.size() != 5)
        return contentError(QStringLiteral("polls.json"),
                            QStringLiteral("the likert scale needs five points"));
    for (const QJsonValue &v : root.value(QLatin1String("polls")).toArray()) {
        const QJsonObject o = v.toObject();
        PollDef p;
        p.title = text2(o, QStringLiteral("title"));
        p.description = text2(o, QStringLiteral("description"));
        p.state = o.value(QLatin1String("state")).toString();
        p.opensDaysAgo = optionalInt(o.value(QLatin1String("opens_days_ago")));
        p.closesDaysAgo = optionalInt(o.value(QLatin1String("closes_days_ago")));
        p.share = o.value(QLatin1String("share")).toDouble();
        p.audience = QString::fromUtf8(QJsonDocument(o.value(QLatin1String("audience")).toObject())
                                           .toJson(QJsonDocument::Compact));
        for (const QJsonValue &qv : o.value(QLatin1String("questions")).toArray()) {
            const QJsonObject oq = qv.toObject();
            QuestionDef q;
            q.kind = oq.value(QLatin1String("kind")).toString();
            q.text = text2(oq, QStringLiteral("text"));
            q.required
                = oq.value(QLatin1String("required")).toBool(q.kind != QLatin1String("open"));
            q.tilt = oq.value(QLatin1String("tilt")).toDouble(0);
            q.answerShare = oq.value(QLatin1String("answer_share")).toDouble(0.2);
            q.answers = stringList(oq.value(QLatin1String("answers")));
            q.otherTexts = stringList(oq.value(QLatin1String("other_texts")));
            const QList<double> weights = numberList(oq.value(QLatin1String("weights")));
            const QList<double> trend = numberList(oq.value(QLatin1String("trend")));
            if (q.kind == QLatin1String("likert")) {
                for (int k = 0; k < likert.size(); ++k)
                    q.options << OptionDef{
                        likert.at(k), weights.value(k, 1), trend.value(k, 0), false, 0};
            } else if (q.kind == QLatin1String("rating")) {
                for (int k = 0; k < 5; ++k) {
                    q.ratingWeights << weights.value(k, 1);
                    q.ratingTrend << trend.value(k, 0);
                }
            } else {
                for (const QJsonValue &ov : oq.value(QLatin1String("options")).toArray()) {
                    const QJsonObject oo = ov.toObject();
                    q.options << OptionDef{text2(oo, {}),
                                           oo.value(QLatin1String("weight")).toDouble(1),
                                           oo.value(QLatin1String("trend")).toDouble(0),
                                           oo.value(QLatin1String("is_other")).toBool(false),
                                           0};
                }
            }
            const bool needsOptions = q.kind == QLatin1String("single")
                                      || q.kind == QLatin1String("multiple")
                                      || q.kind == QLatin1String("ranking");
            if (needsOptions && q.options.isEmpty())
                return contentError(QStringLiteral("polls.json"),
                                    QStringLiteral("a choice question without options"));
            p.questions << q;
        }
        c->polls << p;
    }
    if (c->polls.isEmpty())
        return contentError(QStringLiteral("polls.json"), QStringLiteral("no polls"));
    return {};
}

// ---------------------------------------------------------------------------------------------
// Where rows go: prepared INSERTs on SQLite, COPY on PostgreSQL. One table at a time.

// "id, code, name_ar" -> the column names, for writing column lists out in one line.
QStringList columns(const char *list)
{
    QStringList out;
    for (const QString &c : QString::fromLatin1(list).split(QLatin1Char(',')))
        out << c.trimmed();
    return out;
}

class Sink
{
public:
    virtual ~Sink() = default;
    virtual DbError begin(const QString &table, const QStringList &columns) = 0;
    virtual void null() = 0;
    virtual void integer(qint64 value) = 0;
    virtual void boolean(bool value) = 0;
    virtual void text(const QString &value) = 0;
    virtual void ascii(const char *value, int size) = 0;
    virtual DbError endRow() = 0;
    virtual DbError end() = 0;

    void time(qint64 ms)
    {
        if (ms == noTime) {
            null();
            return;
        }
        const TimeText t = formatTime(ms);
        ascii(t.text, 24);
    }
    void id(qint64 value) { value > 0 ? integer(value) : null(); }
    void textOrNull(const QString &value) { value.isNull() ? null() : text(value); }
};

class SqliteSink final : public Sink
{
public:
    explicit SqliteSink(const QSqlDatabase &db)
        : m_query(db)
    {}
    DbError begin(const QString &table, const QStringList &columns) override
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        m_query.finish();
        if (!m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(table,
                                      columns.join(QLatin1String(", ")),
                                      marks.join(QLatin1String(", ")))))
            return DbError::fromSql(m_query.lastError());
        m_position = 0;
        return {};
    }
    void null() override { m_query.bindValue(m_position++, QVariant()); }
    void integer(qint64 value) override { m_query.bindValue(m_position++, value); }
    void boolean(bool value) override { m_query.bindValue(m_position++, value ? 1 : 0); }
    void text(const QString &value) override
    {
        // A null QString would bind as NULL; text() always means a (possibly empty) string.
        m_query.bindValue(m_position++, value.isNull() ? QStringLiteral("") : value);
    }
    void ascii(const char *value, int size) override
    {
        m_query.bindValue(m_position++, QString::fromLatin1(value, size));
    }
    DbError endRow() override
    {
        m_position = 0;
        if (!m_query.exec())
            return DbError::fromSql(m_query.lastError());
        return {};
    }
    DbError end() override
    {
        m_query.finish();
        return {};
    }

private:
    QSqlQuery m_query;
    int m_position = 0;
};

class CopySink final : public Sink
{
public:
    explicit CopySink(PgCopy &copy)
        : m_copy(copy)
    {}
    DbError begin(const QString &table, const QStringList &columns) override
    {
        return m_copy.beginCopy(table, columns);
    }
    void null() override { m_copy.addNull(); }
    void integer(qint64 value) override { m_copy.addInt(value); }
    void boolean(bool value) override { m_copy.addBool(value); }
    void text(const QString &value) override { m_copy.addText(value); }
    void ascii(const char *value, int size) override { m_copy.addLatin1(value, size); }
    DbError endRow() override { return m_copy.endRow(); }
    DbError end() override { return m_copy.endCopy(); }

private:
    PgCopy &m_copy;
};

// Statements and the transaction around everything, per database.
class Backend
{
public:
    virtual ~Backend() = default;
    virtual bool isPostgres() const = 0;
    virtual DbError begin() = 0;
    virtual DbError commit() = 0;
    virtual void rollback() = 0;
    virtual DbError
    exec(const QString &sql, const QVariantList &params = {}, QList<QVariantList> *rows = nullptr)
        = 0;
    virtual Sink &sink() = 0;

    DbError scalar(const QString &sql, qint64 *value, const QVariantList &params = {})
    {
        QList<QVariantList> rows;
        if (DbError e = exec(sql, params, &rows); !e.ok())
            return e;
        *value = rows.isEmpty() || rows.first().isEmpty() ? 0 : rows.first().first().toLongLong();
        return {};
    }
};

class SqliteBackend final : public Backend
{
public:
    explicit SqliteBackend(QSqlDatabase db)
        : m_db(db)
        , m_sink(db)
    {}
    ~SqliteBackend() override
    {
        // Back to the connection's own page cache once the load is over.
        if (m_cacheSize != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    }
    bool isPostgres() const override { return false; }
    DbError begin() override
    {
        // One transaction of millions of rows: with the default 2 MB page cache SQLite keeps
        // spilling dirty pages to the WAL, several times slower than a roomy cache.
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_cacheSize = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        if (!m_db.transaction())
            return DbError::fromSql(m_db.lastError());
        return {};
    }
    DbError commit() override
    {
        if (!m_db.commit())
            return DbError::fromSql(m_db.lastError());
        return {};
    }
    void rollback() override
    {
        m_sink.end();
        m_db.rollback();
    }
    DbError exec(const QString &sql, const QVariantList &params, QList<QVariantList> *rows) override
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return DbError::fromSql(q.lastError());
        for (qsizetype i = 0; i < params.size(); ++i)
            q.bindValue(int(i), params.at(i));
        if (!q.exec())
            return DbError::fromSql(q.lastError());
        if (rows) {
            rows->clear();
            while (q.next()) {
                QVariantList row;
                for (int c = 0; c < q.record().count(); ++c)
                    row << q.value(c);
                rows->append(row);
            }
        }
        return {};
    }
    Sink &sink() override { return m_sink; }

private:
    QSqlDatabase m_db;
    SqliteSink m_sink;
    qint64 m_cacheSize = 0;
};

class PostgresBackend final : public Backend
{
public:
    PostgresBackend()
        : m_sink(m_copy)
    {}
    PgCopy &copy() { return m_copy; }
    bool isPostgres() const override { return true; }
    DbError begin() override { return m_copy.exec(QStringLiteral("BEGIN")); }
    DbError commit() override { return m_copy.exec(QStringLiteral("COMMIT")); }
    void rollback() override
    {
        if (m_copy.inCopy())
            m_copy.endCopy();
        m_copy.exec(QStringLiteral("ROLLBACK"));
    }
    DbError exec(const QString &sql, const QVariantList &params, QList<QVariantList> *rows) override
    {
        QStringList texts;
        for (const QVariant &p : params) {
            if (p.isNull())
                texts << QString();
            else if (p.typeId() == QMetaType::Bool)
                texts << (p.toBool() ? QStringLiteral("t") : QStringLiteral("f"));
            else
                texts << p.toString();
        }
        QList<QStringList> textRows;
        if (DbError e = m_copy.exec(sql, texts, rows ? &textRows : nullptr); !e.ok())
            return e;
        if (rows) {
            rows->clear();
            for (const QStringList &r : std::as_const(textRows)) {
                QVariantList row;
                for (const QString &v : r)
                    row << (v.isNull() ? QVariant() : QVariant(v));
                rows->append(row);
            }
        }
        return {};
    }
    Sink &sink() override { return m_sink; }

private:
    PgCopy m_copy;
    CopySink m_sink;
};

// ---------------------------------------------------------------------------------------------
// The rows.

enum class TxnState { Submitted, InReview, Awaiting, Escalated, Approved, Rejected, Withdrawn };

const char *stateKey(TxnState s)
{
    switch (s) {
    case TxnState::Submitted:
        return "submitted";
    case TxnState::InReview:
        return "in_review";
    case TxnState::Awaiting:
        return "awaiting_applicant";
    case TxnState::Escalated:
        return "escalated";
    case TxnState::Approved:
        return "approved";
    case TxnState::Rejected:
        return "rejected";
    case TxnState::Withdrawn:
        return "withdrawn";
    }
    return "submitted";
}

bool isOpen(TxnState s)
{
    return s == TxnState::Submitted || s == TxnState::InReview || s == TxnState::Awaiting
           || s == TxnState::Escalated;
}

// Everything about transaction i except the applicant's details.
struct TxnPlan
{
    qint64 id = 0;
    int service = 0;
    int group = 0;
    bool english = false;
    TxnState state = TxnState::Submitted;
    int priority = 2;
    qint64 submitted = 0;
    qint64 due = 0;
    qint64 paused = noTime;
    qint64 assigned = 0;
    qint64 lease = noTime;
    qint64 decided = noTime;
    qint64 updated = 0;
    qint64 handler = 0; // the clerk in the history
    qint64 claimAt = noTime;
    qint64 requestAt = noTime;
    qint64 receivedAt = noTime;
    qint64 escalateAt = noTime;
    qint64 withdrawAt = noTime;
    qint64 noteAt = noTime;
    int note = -1;
    int message = -1;
    int reason = -1;
    int version = 1;
};

struct Applicant
{
    QString name;
    QString norm;
    QString qid;
    QString phone;
    QString email;
    QString details;
};

enum class ContributionKind { Normal, Abuse, Link, Phone, Bidi, Duplicate };

enum class ContributionState { Pending, Published, Rejected, Hidden };

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
    qint64 author = 0;
    qint64 claimedBy = 0;
    qint64 moderatedBy = 0;
    qint64 moderatedAt = noTime;
    int reports = 0;
};

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

const char *const ageBands[] = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
const char *const municipalities[] = {"doha",
                                      "al_rayyan",
                                      "al_wakrah",
                                      "umm_salal",
                                      "al_khor",
                                      "al_shamal",
                                      "al_daayen",
                                      "al_sheehaniya"};

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

struct Answer
{
    qint64 question = 0;
    qint64 option = 0;
    int value = 0; // rating
    QString text;
};

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

// ---------------------------------------------------------------------------------------------

class Generator
{
public:
    Generator(const Options &options, Backend &backend)
        : m_options(options)
        , m_backend(backend)
        , m_seed(options.seed)
    {}

    DbError run(Report *report);

private:
    DbError prepare();
    DbError readBases();
    DbError deferIndexes();
    DbError restoreIndexes();
    DbError seedStaff();
    DbError seedServices();
    DbError seedTransactions();
    DbError seedEvents();
    DbError seedAttachments();
    DbError seedTopics();
    DbError seedContributions();
    DbError seedContributionExtras();
    DbError seedPolls();
    DbError seedResponses();
    DbError seedAnswers();
    DbError finish();

    TxnPlan planTransaction(qint64 index) const;
    Applicant applicant(qint64 index, const TxnPlan &plan) const;
    QString
    details(Rng &rng, const ServiceDef &service, int birthYear, const QString &nationality) const;
    void resetContributions();
    ContributionPlan planContribution(qint64 index);
    QString authorName(qint64 author) const;
    // The response's own draws come first from `rng`; answers() continues with the same rng.
    ResponsePlan planResponse(qint64 index, Rng &rng) const;
    void answers(const ResponsePlan &plan, Rng &rng, QList<Answer> *out) const;
    Rng responseRng(qint64 index) const { return Rng(m_seed, ResponseStream, quint64(index)); }

    void progress(const QString &stage, qint64 done, qint64 total)
    {
        if (m_options.progress && (done == total || done % progressEvery == 0))
            m_options.progress(stage, done, total);
    }
    qint64 staffId(const QString &login) const { return m_staffIds.value(login, 0); }

    const Options &m_options;
    Backend &m_backend;
    quint64 m_seed;
    Content m_content;
    Report m_report;

    qint64 m_now = 0;
    qint64 m_yearAgo = 0;
    qint64 m_transactions = 0;
    qint64 m_contributions = 0;
    qint64 m_responses = 0;
    qint64 m_attachmentsFrom = 0; // transactions from this index on get attachments
    bool m_eventsForAll = true;
    bool m_superuser = false;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run after the bulk load

    struct Bases
    {
        qint64 staff = 0, services = 0, documents = 0, canned = 0, transactions = 0, events = 0,
               attachments = 0, topics = 0, contributions = 0, reports = 0, actions = 0, polls = 0,
               questions = 0, options = 0, responses = 0;
    } m_base;

    QHash<QString, qint64> m_staffIds;
    QList<QList<qint64>> m_clerks; // per service
    QList<qint64> m_moderators;
    qint64 m_supervisor = 0;

    Weighted m_serviceWeights;
    Weighted m_foreignGroups;
    std::unique_ptr<TimeWarp> m_txnTime;
    double m_openDecay = 30;

    std::unique_ptr<TimeWarp> m_contributionTime;
    double m_pendingDecay = 10;
    QList<int> m_topicsWithContributions;
    QSet<int> m_duplicatesSeen;

    QList<int> m_pollsWithResponses;
    QList<qint64> m_pollResponseCounts; // per entry of m_pollsWithResponses
    QList<qint64> m_pollResponseOffsets;
    std::vector<std::unique_ptr<TimeWarp>> m_pollTime;
};

DbError Generator::run(Report *report)
{
    QElapsedTimer timer;
    timer.start();
    if (DbError e = loadContent(&m_content); !e.ok())
        return e;
    if (DbError e = m_backend.begin(); !e.ok())
        return e;
    DbError e = prepare();
    for (auto step : {&Generator::readBases,
                      &Generator::deferIndexes,
                      &Generator::seedStaff,
                      &Generator::seedServices,
                      &Generator::seedTransactions,
                      &Generator::seedEvents,
                      &Generator::seedAttachments,
                      &Generator::seedTopics,
                      &Generator::seedContributions,
                      &Generator::seedContributionExtras,
                      &Generator::seedPolls,
                      &Generator::seedResponses,
                      &Generator::seedAnswers,
                      &Generator::restoreIndexes,
                      &Generator::finish}) {
        if (!e.ok())
            break;
        e = (this->*step)();
    }
    if (!e.ok()) {
        m_backend.rollback();
        return e;
    }
    if (DbError c = m_backend.commit(); !c.ok()) {
        m_backend.rollback();
        return c;
    }
    if (m_backend.isPostgres()) {
        // Fresh statistics, or the first queries plan for empty tables. Outside the transaction.
        const QStringList tables{QStringLiteral("transactions"),
                                 QStringLiteral("transaction_events"),
                                 QStringLiteral("attachments"),
                                 QStringLiteral("contributions"),
                                 QStringLiteral("contribution_reports"),
                                 QStringLiteral("poll_responses"),
                                 QStringLiteral("poll_answers"),
                                 QStringLiteral("poll_daily_counts")};
        for (qsizetype i = 0; i < tables.size(); ++i) {
            progress(QStringLiteral("analyze"), i, tables.size());
            // The data is committed: a failed ANALYZE only delays good plans until autovacuum's.
            if (DbError a = m_backend.exec(QStringLiteral("ANALYZE ") + tables.at(i)); !a.ok())
                qWarning("seeder: ANALYZE %s failed: %s",
                         qPrintable(tables.at(i)),
                         qPrintable(a.detail));
        }
        progress(QStringLiteral("analyze"), tables.size(), tables.size());
    } else {
        // SQLite plans without statistics pick the state index and sort the open queue; with
        // them it walks transactions_open_due_idx in order.
        if (DbError a = m_backend.exec(QStringLiteral("ANALYZE")); !a.ok())
            qWarning("seeder: ANALYZE failed: %s", qPrintable(a.detail));
    }
    m_report.milliseconds = timer.elapsed();
    if (report)
        *report = m_report;
    return {};
}

DbError Generator::prepare()
{
    QDateTime now
        = m_options.now.isValid() ? m_options.now.toUTC() : QDateTime::currentDateTimeUtc();
    m_now = now.toMSecsSinceEpoch();
    if (!m_options.now.isValid())
        m_now -= m_now % hourMs;
    m_yearAgo = m_now - 365 * dayMs;
    m_transactions = std::max<qint64>(0, m_options.transactions);
    m_contributions = m_options.contributions > 0 ? m_options.contributions
                                                  : std::max<qint64>(200, m_transactions / 4);
    m_responses = m_options.pollResponses > 0 ? m_options.pollResponses
                                              : std::max<qint64>(2000, m_transactions * 2);
    m_attachmentsFrom = std::max<qint64>(0, m_transactions - 5000);
    m_eventsForAll = m_transactions <= 100000;

    if (m_backend.isPostgres()) {
        QList<QVariantList> rows;
        if (DbError e = m_backend.exec(
                QStringLiteral("SELECT rolsuper, rolbypassrls FROM pg_catalog.pg_roles "
                               "WHERE rolname = current_user"),
                {},
                &rows);
            !e.ok())
            return e;
        const bool super
            = !rows.isEmpty() && rows.first().value(0).toString() == QLatin1String("t");
        const bool bypass
            = !rows.isEmpty() && rows.first().value(1).toString() == QLatin1String("t");
        if (!super && !bypass)
            return DbError::make(
                DbError::Kind::Forbidden,
                QStringLiteral("seeding PostgreSQL loads tables under row-level security "
                               "with COPY: connect as a superuser or a BYPASSRLS role"));
        QStringList settings{QStringLiteral("SET LOCAL synchronous_commit = off"),
                             QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"),
                             QStringLiteral("SET LOCAL work_mem = '64MB'")};
        // Bulk load without the per-row audit, version and foreign-key triggers (the seeder
        // writes consistent rows); only a superuser may.
        if (super)
            settings << QStringLiteral("SET LOCAL session_replication_role = replica");
        m_superuser = super;
        for (const QString &s : std::as_const(settings)) {
            if (DbError e = m_backend.exec(s); !e.ok())
                return e;
        }
    }
    // Checked again inside the transaction: another seeder may have been quicker.
    qint64 existing = 0;
    if (DbError e = m_backend.scalar(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM transactions LIMIT 1) t"),
            &existing);
        !e.ok())
        return e;
    if (existing > 0)
        return DbError::make(
            DbError::Kind::Invalid,
            QStringLiteral("the database already holds transactions; seed only a fresh database"));
    return {};
}

DbError Generator::readBases()
{
    const QList<QPair<const char *, qint64 *>> tables{
        {"staff", &m_base.staff},
        {"services", &m_base.services},
        {"service_documents", &m_base.documents},
        {"canned_responses", &m_base.canned},
        {"transactions", &m_base.transactions},
        {"transaction_events", &m_base.events},
        {"attachments", &m_base.attachments},
        {"topics", &m_base.topics},
        {"contributions", &m_base.contributions},
        {"contribution_reports", &m_base.reports},
        {"moderation_actions", &m_base.actions},
        {"polls", &m_base.polls},
        {"poll_questions", &m_base.questions},
        {"poll_options", &m_base.options},
        {"poll_responses", &m_base.responses},
    };
    for (const auto &[table, base] : tables) {
        if (DbError e = m_backend.scalar(
                QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)),
                base);
            !e.ok())
            return e;
    }
    QList<QVariantList> rows;
    if (DbError e
        = m_backend.exec(QStringLiteral("SELECT id, login FROM staff ORDER BY id"), {}, &rows);
        !e.ok())
        return e;
    for (const QVariantList &r : std::as_const(rows))
        m_staffIds.insert(r.value(1).toString(), r.value(0).toLongLong());
    return {};
}

// Large loads: the secondary indexes of the big tables (on PostgreSQL the trigram and full-text
// GIN ones too) are dropped inside the seeding transaction and built again at its end, which is
// several times faster than maintaining them row by row. Indexes behind constraints stay.
DbError Generator::deferIndexes()
{
    if (m_transactions < 50000 || (m_backend.isPostgres() && !m_superuser))
        return {};
    const QString tables
        = QStringLiteral("('transactions', 'transaction_events', 'attachments', 'contributions', "
                         "'contribution_reports', 'poll_responses', 'poll_answers')");
    const QString sql
        = m_backend.isPostgres()
              ? QStringLiteral("SELECT c.relname, pg_catalog.pg_get_indexdef(i.indexrelid) "
                               "FROM pg_catalog.pg_index i "
                               "JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
                               "JOIN pg_catalog.pg_class t ON t.oid = i.indrelid "
                               "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                               "WHERE n.nspname = 'diwan' AND t.relname IN %1 "
                               "AND NOT i.indisprimary AND NOT i.indisunique "
                               "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k "
                               "WHERE k.conindid = i.indexrelid) "
                               "ORDER BY t.relname, c.relname")
                    .arg(tables)
              : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                               "AND tbl_name IN %1 AND sql IS NOT NULL "
                               "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY tbl_name, name")
                    .arg(tables);
    QList<QVariantList> rows;
    if (DbError e = m_backend.exec(sql, {}, &rows); !e.ok())
        return e;
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    const QString schema = m_backend.isPostgres() ? QStringLiteral("diwan.") : QString();
    for (const QVariantList &r : std::as_const(rows)) {
        const QString name = r.value(0).toString();
        if (!plainName.match(name).hasMatch())
            continue;
        if (DbError e = m_backend.exec(QStringLiteral("DROP INDEX %1%2").arg(schema, name));
            !e.ok())
            return e;
        m_deferredIndexes << r.value(1).toString();
    }
    return {};
}

DbError Generator::restoreIndexes()
{
    for (qsizetype i = 0; i < m_deferredIndexes.size(); ++i) {
        progress(QStringLiteral("indexes"), i, m_deferredIndexes.size());
        if (DbError e = m_backend.exec(m_deferredIndexes.at(i)); !e.ok())
            return e;
    }
    progress(QStringLiteral("indexes"), m_deferredIndexes.size(), m_deferredIndexes.size());
    m_deferredIndexes.clear();
    return {};
}

DbError Generator::seedStaff()
{
    const QList<StaffDef> &defs = staffDefs();
    if (defs.isEmpty())
        return contentError(QStringLiteral("staff.json"), QStringLiteral("no demo accounts"));
    if (!m_options.createAccounts)
        return {};
    qint64 next = m_base.staff;
    for (qsizetype i = 0; i < defs.size(); ++i) {
        const StaffDef &s = defs.at(i);
        progress(QStringLiteral("staff"), i, defs.size());
        if (m_staffIds.contains(s.login) || !StaffAdmin::isValidLogin(s.login))
            continue; // already there: leave it as it is
        const qint64 id = ++next;
        const qint64 supervisor = s.supervisor.isEmpty() ? 0 : staffId(s.supervisor);
        const QVariant supervisorValue = supervisor > 0 ? QVariant(supervisor) : QVariant();
        if (m_backend.isPostgres()) {
            // Logins are cluster-wide: another database of this cluster may have made it.
            qint64 exists = 0;
            if (DbError e = m_backend.scalar(
                    QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = $1"),
                    &exists,
                    {s.login});
                !e.ok())
                return e;
            // Identifiers cannot be bound; the login was validated, the verifier is base64.
            const QString quoted = QLatin1Char('"') + s.login + QLatin1Char('"');
            QStringList statements;
            if (!exists)
                statements << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                  .arg(quoted, PasswordHash::scramVerifier(s.password));
            for (const QString &group : RoleNames::keys(s.roles))
                statements << QStringLiteral("GRANT diwan_%1 TO %2").arg(group, quoted);
            for (const QString &statement : std::as_const(statements)) {
                if (DbError e = m_backend.exec(statement); !e.ok())
                    return e;
            }
            if (DbError e = m_backend.exec(
                    QStringLiteral(
                        "INSERT INTO staff (id, login, display_name_ar, display_name_en, "
                        "supervisor_id, active) VALUES ($1, $2, $3, $4, $5, true)"),
                    {id, s.login, s.name.ar, s.name.en, supervisorValue});
                !e.ok())
                return e;
        } else {
            if (DbError e = m_backend.exec(
                    QStringLiteral(
                        "INSERT INTO staff (id, login, display_name_ar, display_name_en, "
                        "roles, password_hash, supervisor_id, active) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
                    {id,
                     s.login,
                     s.name.ar,
                     s.name.en,
                     RoleNames::keys(s.roles).join(QLatin1Char(',')),
                     PasswordHash::hash(s.password),
                     supervisorValue});
                !e.ok())
                return e;
        }
        m_staffIds.insert(s.login, id);
        ++m_report.staff;
    }
    progress(QStringLiteral("staff"), defs.size(), defs.size());
    return {};
}

DbError Generator::seedServices()
{
    QList<QVariantList> rows;
    if (DbError e = m_backend.exec(QStringLiteral("SELECT id, code FROM services"), {}, &rows);
        !e.ok())
        return e;
    QHash<QString, qint64> existing;
    for (const QVariantList &r : std::as_const(rows))
        existing.insert(r.value(1).toString(), r.value(0).toLongLong());

    Sink &sink = m_backend.sink();
    qint64 next = m_base.services;
    QList<double> weights;
    for (ServiceDef &s : m_content.services) {
        weights << s.weight;
        s.existed = existing.contains(s.code);
        s.id = s.existed ? existing.value(s.code) : ++next;
    }
    m_serviceWeights = Weighted(weights);

    if (DbError e = sink.begin(QStringLiteral("services"),
                               columns("id, code, name_ar, name_en, category, sla_hours, active"));
        !e.ok())
        return e;
    for (const ServiceDef &s : std::as_const(m_content.services)) {
        if (s.existed)
            continue;
        sink.integer(s.id);
        sink.text(s.code);
        sink.text(s.name.ar);
        sink.text(s.name.en);
        sink.text(s.category);
        sink.integer(s.slaHours);
        sink.boolean(true);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        ++m_report.services;
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    if (DbError e
        = sink.begin(QStringLiteral("service_documents"),
                     columns("id, service_id, code, name_ar, name_en, required, position"));
        !e.ok())
        return e;
    qint64 document = m_base.documents;
    for (const ServiceDef &s : std::as_const(m_content.services)) {
        if (s.existed)
            continue;
        for (qsizetype k = 0; k < s.documents.size(); ++k) {
            const DocumentDef &d = s.documents.at(k);
            sink.integer(++document);
            sink.integer(s.id);
            sink.text(d.code);
            sink.text(d.name.ar);
            sink.text(d.name.en);
            sink.boolean(d.required);
            sink.integer(k + 1);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    if (DbError e = sink.begin(QStringLiteral("canned_responses"),
                               columns("id, service_id, title_ar, title_en, body_ar, body_en"));
        !e.ok())
        return e;
    qint64 canned = m_base.canned;
    for (const CannedDef &c : std::as_const(m_content.canned)) {
        qint64 service = 0;
        if (!c.service.isEmpty()) {
            for (const ServiceDef &s : std::as_const(m_content.services)) {
                if (s.code == c.service && !s.existed)
                    service = s.id;
            }
            if (!service)
                continue; // its service was there before us, with its own replies
        }
        sink.integer(++canned);
        sink.id(service);
        sink.text(c.title.ar);
        sink.text(c.title.en);
        sink.text(c.body.ar);
        sink.text(c.body.en);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    // Which clerk works on what: demo accounts that were created now get their services.
    if (DbError e = sink.begin(QStringLiteral("staff_services"), columns("staff_id, service_id"));
        !e.ok())
        return e;
    for (const StaffDef &d : staffDefs()) {
        const qint64 id = staffId(d.login);
        if (!id || id <= m_base.staff || d.services.isEmpty() || !d.roles.testFlag(Role::Clerk))
            continue;
        const QStringList categories = d.services.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const ServiceDef &s : std::as_const(m_content.services)) {
            if (d.services != QLatin1String("all") && !categories.contains(s.category))
                continue;
            sink.integer(id);
            sink.integer(s.id);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    // Who may hold which transactions, moderate, supervise: from the database, so that staff
    // made before seeding take part too.
    if (DbError e = m_backend.exec(
            QStringLiteral(
                "SELECT staff_id, service_id FROM staff_services ORDER BY staff_id, service_id"),
            {},
            &rows);
        !e.ok())
        return e;
    m_clerks = QList<QList<qint64>>(m_content.services.size());
    for (const QVariantList &r : std::as_const(rows)) {
        for (qsizetype k = 0; k < m_content.services.size(); ++k) {
            if (m_content.services.at(k).id == r.value(1).toLongLong())
                m_clerks[k] << r.value(0).toLongLong();
        }
    }
    for (const StaffDef &d : staffDefs()) {
        if (d.roles.testFlag(Role::Moderator) && staffId(d.login))
            m_moderators << staffId(d.login);
    }
    m_supervisor = staffId(QStringLiteral("supervisor"));

    QList<double> foreign;
    for (const NameGroup &g : std::as_const(m_content.groups))
        foreign << (g.qatari ? 0.0 : g.weight);
    m_foreignGroups = Weighted(foreign);
    return {};
}

// ---- transactions

TxnPlan Generator::planTransaction(qint64 index) const
{
    Rng rng(m_seed, TransactionStream, quint64(index));
    TxnPlan p;
    p.id = m_base.transactions + index + 1;
    p.submitted = m_txnTime->at((double(index) + rng.uniform())
                                / double(std::max<qint64>(1, m_transactions)));
    p.service = m_serviceWeights.pick(rng);
    const ServiceDef &service = m_content.services.at(p.service);
    p.group = rng.chance(service.qatariShare) ? 0 : m_foreignGroups.pick(rng);
    p.english = rng.chance(m_content.groups.at(p.group).englishShare);
    const qint64 sla = qint64(service.slaHours) * hourMs;
    p.due = p.submitted + sla;
    const qint64 age = std::max<qint64>(1, m_now - p.submitted);

    // Open with a probability that fades with age; what is open depends on how old it is.
    const bool open = rng.uniform() < std::exp(-double(age) / double(dayMs) / m_openDecay);
    const double stateDraw = rng.uniform();
    if (open) {
        if (age < hourMs) {
            p.state = stateDraw < 0.85 ? TxnState::Submitted : TxnState::InReview;
        } else {
            const double overdue = m_now > p.due ? 0.18 : 0.08;
            const double w[4] = {0.38, 0.30, 0.20, overdue};
            const double total = w[0] + w[1] + w[2] + w[3];
            double t = stateDraw * total;
            int k = 0;
            while (k < 3 && t >= w[k]) {
                t -= w[k];
                ++k;
            }
            static const TxnState openStates[4] = {
                TxnState::Submitted, TxnState::InReview, TxnState::Awaiting, TxnState::Escalated};
            p.state = openStates[k];
        }
    } else {
        p.state = stateDraw < 0.76 ? TxnState::Approved
                                   : (stateDraw < 0.90 ? TxnState::Rejected : TxnState::Withdrawn);
    }
    // Every state appears, even in a tiny database.
    if (m_transactions >= 7) {
        static const TxnState newest[4]
            = {TxnState::InReview, TxnState::Submitted, TxnState::Awaiting, TxnState::Escalated};
        static const TxnState middle[3]
            = {TxnState::Approved, TxnState::Rejected, TxnState::Withdrawn};
        const qint64 fromEnd = m_transactions - 1 - index;
        const qint64 fromMiddle = index - m_transactions / 2;
        if (fromEnd >= 0 && fromEnd < 4)
            p.state = newest[fromEnd];
        else if (fromMiddle >= 0 && fromMiddle < 3)
            p.state = middle[fromMiddle];
    }

    const double priorityDraw = rng.uniform();
    p.priority
        = priorityDraw < 0.05 ? 1 : (priorityDraw < 0.87 ? 2 : (priorityDraw < 0.97 ? 3 : 4));
    const QList<qint64> &clerks = m_clerks.at(p.service);
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
    case TxnState::Submitted:
        p.updated = p.submitted;
        break;
    case TxnState::InReview:
        p.claimAt = within(p.submitted, m_now, 0.05 + 0.6 * u1);
        if (u2 < 0.65 && p.handler) {
            p.assigned = p.handler;
            p.lease = m_now + 2 * hourMs + qint64(u3 * double(6 * hourMs));
        }
        p.updated = p.claimAt;
        break;
    case TxnState::Awaiting:
        p.claimAt = within(p.submitted, m_now, 0.05 + 0.3 * u1);
        p.requestAt = within(p.claimAt, m_now, 0.1 + 0.6 * u2);
        p.paused = p.requestAt;
        p.message = noteDraw % m_content.messages.size();
        p.updated = p.requestAt;
        break;
    case TxnState::Escalated:
        p.claimAt = within(p.submitted, m_now, 0.05 + 0.3 * u1);
        p.escalateAt = within(p.claimAt, m_now, 0.1 + 0.7 * u2);
        p.assigned = m_supervisor;
        p.note = noteDraw % m_content.notes.size();
        p.updated = p.escalateAt;
        break;
    case TxnState::Approved:
    case TxnState::Rejected: {
        // About 85% are decided within the SLA.
        const double factor = std::clamp(std::exp(-0.73 + 0.7 * spread), 0.02, 10.0);
        p.decided = std::min(p.submitted + qint64(factor * double(sla)), m_now - minuteMs);
        if (p.decided <= p.submitted)
            p.decided = p.submitted + (m_now - p.submitted) / 2;
        p.claimAt = within(p.submitted, p.decided, 0.1 + 0.4 * u1);
        if (u2 < 0.18) {
            p.requestAt = within(p.claimAt, p.decided, 0.3);
            p.receivedAt = within(p.claimAt, p.decided, 0.6);
            p.message = noteDraw % m_content.messages.size();
        }
        if (p.state == TxnState::Rejected)
            p.reason = reasonDraw % m_content.reasons.size();
        if (u4 < 0.15) {
            p.note = noteDraw % m_content.notes.size();
            p.noteAt = within(p.claimAt, p.decided, 0.8);
        }
        p.updated = p.decided;
        break;
    }
    case TxnState::Withdrawn:
        p.withdrawAt = within(p.submitted, std::min(m_now, p.submitted + 3 * sla), 0.1 + 0.8 * u1);
        if (u2 < 0.5)
            p.claimAt = within(p.submitted, p.withdrawAt, 0.3);
        p.updated = p.withdrawAt;
        break;
    }
    if (p.state == TxnState::InReview && u4 < 0.15) {
        p.note = noteDraw % m_content.notes.size();
        p.noteAt = within(p.claimAt, m_now, 0.5);
    }
    // One version per change after submission.
    for (qint64 t : {p.claimAt, p.requestAt, p.receivedAt, p.escalateAt, p.withdrawAt, p.decided}) {
        if (t != noTime)
            ++p.version;
    }
    return p;
}

QString Generator::details(Rng &rng,
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

Applicant Generator::applicant(qint64 index, const TxnPlan &plan) const
{
    Rng rng(m_seed, ApplicantStream, quint64(index));
    const NameGroup &g = m_content.groups.at(plan.group);
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
        a.email += QLatin1Char('@') + rng.pick(m_content.emailDomains);
    }
    a.details = details(rng, m_content.services.at(plan.service), birthYear, nationality);
    return a;
}

DbError Generator::seedTransactions()
{
    const double smallOpen = 0.15; // a busy but plausible demo queue: weeks old, not a year
    const double largeOpen = 0.10;
    double target = smallOpen;
    // A ministry's open queue is bounded by its staff, not by its history: a tenth of a large
    // table is open, never more than 100 000 (the benchmark's 1M and 2M both hold that many).
    if (m_transactions >= 100000)
        target = std::min(largeOpen, 100000.0 / double(m_transactions));
    else if (m_transactions > 5000)
        target = smallOpen
                 - (smallOpen - largeOpen) * std::log(double(m_transactions) / 5000.0)
                       / std::log(20.0);
    // Busier lately (the portal grows), quiet nights and weekends.
    const qint64 start = m_yearAgo;
    const qint64 end = m_now;
    m_txnTime = std::make_unique<TimeWarp>(start, end, [start, end](qint64 t) {
        const double x = double(t - start) / double(end - start);
        return activity(t) * std::exp(0.9 * x);
    });
    m_openDecay = solveDecay(*m_txnTime, target);

    Sink &sink = m_backend.sink();
    if (DbError e
        = sink.begin(QStringLiteral("transactions"),
                     columns("id, reference, service_id, state, priority, applicant_name, "
                             "applicant_name_norm, qid, phone, email, language, details, "
                             "submitted_at, due_at, sla_paused_at, assigned_to, lease_expires_at, "
                             "decided_at, reason_code, reason_text, updated_at, version"));
        !e.ok())
        return e;
    for (qint64 i = 0; i < m_transactions; ++i) {
        const TxnPlan p = planTransaction(i);
        const Applicant a = applicant(i, p);
        char reference[40];
        const int referenceSize = std::snprintf(reference,
                                                sizeof(reference),
                                                "MOI-%04d-%07lld",
                                                yearOf(p.submitted),
                                                static_cast<long long>(p.id));
        sink.integer(p.id);
        sink.ascii(reference, referenceSize);
        sink.integer(m_content.services.at(p.service).id);
        const char *state = stateKey(p.state);
        sink.ascii(state, int(qstrlen(state)));
        sink.integer(p.priority);
        sink.text(a.name);
        sink.text(a.norm);
        sink.text(a.qid);
        sink.textOrNull(a.phone);
        sink.textOrNull(a.email);
        sink.ascii(p.english ? "en" : "ar", 2);
        sink.text(a.details);
        sink.time(p.submitted);
        sink.time(p.due);
        sink.time(p.paused);
        sink.id(p.assigned);
        sink.time(p.lease);
        sink.time(p.decided);
        if (p.reason >= 0) {
            const auto &reason = m_content.reasons.at(p.reason);
            sink.text(reason.first);
            sink.text(p.english ? reason.second.en : reason.second.ar);
        } else {
            sink.null();
            sink.null();
        }
        sink.time(p.updated);
        sink.integer(p.version);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        progress(QStringLiteral("transactions"), i + 1, m_transactions);
    }
    m_report.transactions = m_transactions;
    return sink.end();
}

DbError Generator::seedEvents()
{
    Sink &sink = m_backend.sink();
    if (DbError e = sink.begin(QStringLiteral("transaction_events"),
                               columns("id, transaction_id, at, staff_id, kind, old_state, "
                                       "new_state, note, visible_to_applicant"));
        !e.ok())
        return e;
    qint64 next = m_base.events;
    for (qint64 i = 0; i < m_transactions; ++i) {
        progress(QStringLiteral("transaction events"), i, m_transactions);
        const TxnPlan p = planTransaction(i);
        if (!m_eventsForAll && !isOpen(p.state))
            continue;
        struct Event
        {
            qint64 at;
            const char *kind;
            const char *from;
            const char *to;
            qint64 staff;
            QString note;
            bool visible;
        };
        QList<Event> events;
        events.reserve(6);
        events.append({p.submitted, "submitted", nullptr, "submitted", 0, QString(), true});
        if (p.claimAt != noTime)
            events.append(
                {p.claimAt, "claimed", "submitted", "in_review", p.handler, QString(), false});
        if (p.requestAt != noTime) {
            const Text2 &m = m_content.messages.at(p.message);
            events.append({p.requestAt,
                           "requested_documents",
                           "in_review",
                           "awaiting_applicant",
                           p.handler,
                           p.english ? m.en : m.ar,
                           true});
        }
        if (p.receivedAt != noTime)
            events.append({p.receivedAt,
                           "documents_received",
                           "awaiting_applicant",
                           "in_review",
                           0,
                           QString(),
                           false});
        if (p.noteAt != noTime)
            events.append({p.noteAt,
                           "note",
                           nullptr,
                           nullptr,
                           p.handler,
                           m_content.notes.at(p.note).ar,
                           false});
        if (p.escalateAt != noTime)
            events.append({p.escalateAt,
                           "escalated",
                           "in_review",
                           "escalated",
                           p.handler,
                           m_content.notes.at(p.note).ar,
                           false});
        if (p.decided != noTime) {
            QString note;
            if (p.reason >= 0)
                note = p.english ? m_content.reasons.at(p.reason).second.en
                                 : m_content.reasons.at(p.reason).second.ar;
            events.append({p.decided,
                           stateKey(p.state),
                           "in_review",
                           stateKey(p.state),
                           p.handler,
                           note,
                           true});
        }
        if (p.withdrawAt != noTime)
            events.append({p.withdrawAt,
                           "withdrawn",
                           p.claimAt != noTime ? "in_review" : "submitted",
                           "withdrawn",
                           0,
                           QString(),
                           true});
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.at < b.at;
        });
        for (const Event &ev : std::as_const(events)) {
            sink.integer(++next);
            sink.integer(p.id);
            sink.time(ev.at);
            sink.id(ev.staff);
            sink.ascii(ev.kind, int(qstrlen(ev.kind)));
            ev.from ? sink.ascii(ev.from, int(qstrlen(ev.from))) : sink.null();
            ev.to ? sink.ascii(ev.to, int(qstrlen(ev.to))) : sink.null();
            sink.textOrNull(ev.note);
            sink.boolean(ev.visible);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    progress(QStringLiteral("transaction events"), m_transactions, m_transactions);
    return sink.end();
}

// The files demo attachments point at: real sample documents in the application's own
// resources (qrc:/demo/documents/...), so that fetching one verifies against its row like a file
// from the document store. Each is read and hashed once per process.
struct DemoDocument
{
    QString url;
    QString sha256;
    qint64 size = 0;
};

const DemoDocument &demoDocument(const QString &code, bool pdf)
{
    static const QHash<QString, DemoDocument> documents = [] {
        QHash<QString, DemoDocument> files;
        for (const char *name : {"id_card.jpg",
                                 "photo.jpg",
                                 "scanned_page.jpg",
                                 "certificate.pdf",
                                 "passport.pdf",
                                 "letter.pdf"}) {
            const QString file = QLatin1String(name);
            QFile f(QStringLiteral(":/demo/documents/") + file);
            const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            files.insert(file,
                         {QStringLiteral("qrc:/demo/documents/") + file,
                          QString::fromLatin1(
                              QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                          bytes.size()});
        }
        return files;
    }();
    const auto has = [&code](const char *word) {
        return code.contains(QLatin1String(word));
    };
    const char *file = nullptr;
    if (pdf)
        file = has("passport")                                           ? "passport.pdf"
               : has("certificate") || has("insurance") || has("report") ? "certificate.pdf"
                                                                         : "letter.pdf";
    else
        file = has("photo")                ? "photo.jpg"
               : has("qid") || has("card") ? "id_card.jpg"
                                           : "scanned_page.jpg";
    return *documents.constFind(QLatin1String(file));
}

DbError Generator::seedAttachments()
{
    Sink &sink = m_backend.sink();
    if (DbError e = sink.begin(QStringLiteral("attachments"),
                               {QStringLiteral("id"),
                                QStringLiteral("transaction_id"),
                                QStringLiteral("document_code"),
                                QStringLiteral("file_name"),
                                QStringLiteral("url"),
                                QStringLiteral("sha256"),
                                QStringLiteral("size_bytes"),
                                QStringLiteral("mime_type"),
                                QStringLiteral("review_state"),
                                QStringLiteral("reviewed_by")});
        !e.ok())
        return e;
    qint64 next = m_base.attachments;
    const qint64 total = m_transactions - m_attachmentsFrom;
    for (qint64 i = m_attachmentsFrom; i < m_transactions; ++i) {
        progress(QStringLiteral("attachments"), i - m_attachmentsFrom, total);
        const TxnPlan p = planTransaction(i);
        Rng rng(m_seed, AttachmentStream, quint64(i));
        const ServiceDef &service = m_content.services.at(p.service);
        qsizetype count = std::min<qsizetype>(service.documents.size(), 1 + rng.below(3));
        if (p.state == TxnState::Awaiting && count > 1)
            --count; // something is missing: that is why it waits
        const int rejectedOne = rng.below(count);
        const QByteArray reference = QByteArray::number(p.id);
        for (qsizetype k = 0; k < count; ++k) {
            const DocumentDef &d = service.documents.at(k);
            const bool flip = rng.chance(0.25);
            const bool pdf = (d.mime == QLatin1String("application/pdf")) != flip;
            const DemoDocument &file = demoDocument(d.code, pdf);
            rng.uniform(); // the draw that once made up a size: later draws stay as they were
            // Now and then a file that no longer matches its row, so that the demo shows what a
            // clerk sees when the document store serves something else.
            const bool corrupted = k == 0 && i % 97 == 11;
            const QString sha = corrupted ? QString::fromLatin1(
                                    QCryptographicHash::hash("diwan-demo/corrupted/" + reference,
                                                             QCryptographicHash::Sha256)
                                        .toHex())
                                          : file.sha256;
            const qint64 size = file.size;
            QString fileName;
            if (!pdf && rng.chance(0.6)) {
                const TimeText t
                    = formatTime(p.submitted - qint64(rng.uniform() * double(30 * dayMs)));
                fileName = QStringLiteral("IMG_") + QString::fromLatin1(t.text, 4)
                           + QString::fromLatin1(t.text + 5, 2) + QString::fromLatin1(t.text + 8, 2)
                           + QLatin1Char('_') + QString::fromLatin1(t.text + 11, 2)
                           + QString::fromLatin1(t.text + 14, 2)
                           + QString::fromLatin1(t.text + 17, 2) + QStringLiteral(".jpg");
            } else {
                fileName = d.code + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".jpg"));
            }
            const char *review = "pending";
            switch (p.state) {
            case TxnState::Approved:
            case TxnState::Escalated:
                review = "accepted";
                break;
            case TxnState::Rejected:
            case TxnState::Awaiting:
                review = k == rejectedOne ? "rejected" : "accepted";
                break;
            case TxnState::InReview:
                review = rng.chance(0.5) ? "accepted" : "pending";
                break;
            case TxnState::Submitted:
            case TxnState::Withdrawn:
                break;
            }
            const bool reviewed = qstrcmp(review, "pending") != 0;
            sink.integer(++next);
            sink.integer(p.id);
            sink.text(d.code);
            sink.text(fileName);
            sink.text(file.url);
            sink.text(sha);
            sink.integer(size);
            sink.text(pdf ? QStringLiteral("application/pdf") : QStringLiteral("image/jpeg"));
            sink.ascii(review, int(qstrlen(review)));
            sink.id(reviewed ? p.handler : 0);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
            ++m_report.attachments;
        }
    }
    progress(QStringLiteral("attachments"), total, total);
    return sink.end();
}

// ---- issues for discussion

DbError Generator::seedTopics()
{
    Sink &sink = m_backend.sink();
    if (DbError e = sink.begin(QStringLiteral("topics"),
                               columns("id, title_ar, title_en, body_ar, body_en, state, opens_at, "
                                       "closes_at, created_by"));
        !e.ok())
        return e;
    qint64 next = m_base.topics;
    const qint64 editor = staffId(QStringLiteral("editor"));
    for (qsizetype k = 0; k < m_content.topics.size(); ++k) {
        TopicDef &t = m_content.topics[k];
        t.id = ++next;
        t.opensAt = t.opensDaysAgo ? m_now - qint64(*t.opensDaysAgo) * dayMs : noTime;
        t.closesAt = t.closesDaysAgo ? m_now - qint64(*t.closesDaysAgo) * dayMs : noTime;
        sink.integer(t.id);
        sink.text(t.title.ar);
        sink.text(t.title.en);
        sink.text(t.body.ar);
        sink.text(t.body.en);
        sink.text(t.state);
        sink.time(t.opensAt);
        sink.time(t.closesAt);
        sink.id(editor);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        const bool public_ = t.state == QLatin1String("open") || t.state == QLatin1String("closed")
                             || t.state == QLatin1String("archived");
        if (public_ && t.weight > 0 && t.opensAt != noTime && t.opensAt < m_now)
            m_topicsWithContributions << int(k);
    }
    if (DbError e = sink.end(); !e.ok())
        return e;
    if (m_topicsWithContributions.isEmpty())
        return contentError(QStringLiteral("topics.json"),
                            QStringLiteral("no open or closed topic"));

    // Contributions arrive while their topic is open.
    const Content &content = m_content;
    const QList<int> topics = m_topicsWithContributions;
    const qint64 now = m_now;
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
    m_contributionTime = std::make_unique<TimeWarp>(m_yearAgo, m_now, weight);
    m_pendingDecay = solveDecay(*m_contributionTime, 0.30);
    return {};
}

void Generator::resetContributions()
{
    m_duplicatesSeen.clear();
}

ContributionPlan Generator::planContribution(qint64 index)
{
    Rng rng(m_seed, ContributionStream, quint64(index));
    ContributionPlan p;
    p.id = m_base.contributions + index + 1;
    p.submitted = m_contributionTime->at((double(index) + rng.uniform())
                                         / double(std::max<qint64>(1, m_contributions)));

    // The topic: one of those open at that moment, by weight.
    QList<double> weights;
    for (int k : std::as_const(m_topicsWithContributions)) {
        const TopicDef &t = m_content.topics.at(k);
        const qint64 closes = t.closesAt == noTime ? m_now : t.closesAt;
        weights << ((p.submitted >= t.opensAt && p.submitted < closes) ? t.weight : 0.0);
    }
    if (std::all_of(weights.begin(), weights.end(), [](double w) { return w <= 0; }))
        weights = QList<double>(weights.size(), 1.0);
    p.topic = m_topicsWithContributions.at(Weighted(weights).pick(rng));
    const TopicDef &topic = m_content.topics.at(p.topic);

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
    if (m_contributions >= 12) {
        // The newest few show every kind of problem to a moderator, even in a tiny database.
        static const ContributionKind newest[6] = {ContributionKind::Bidi,
                                                   ContributionKind::Abuse,
                                                   ContributionKind::Link,
                                                   ContributionKind::Phone,
                                                   ContributionKind::Duplicate,
                                                   ContributionKind::Duplicate};
        const qint64 fromEnd = m_contributions - 1 - index;
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
        return m_content.generalComments.at((draw / 10) % m_content.generalComments.size());
    };
    const int extraDraw = rng.below(1 << 20);
    switch (p.kind) {
    case ContributionKind::Normal: {
        p.body = comment(fragmentDraw);
        if (u1 < 0.15)
            p.body += QLatin1Char(' ') + comment(extraDraw);
        const bool arabic = !p.body.isEmpty() && p.body.at(0).unicode() >= 0x0600;
        if (arabic && u2 < 0.35)
            p.body = m_content.openers.at(extraDraw % m_content.openers.size()) + QLatin1Char(' ')
                     + p.body;
        if (arabic && u3 < 0.3)
            p.body += QLatin1Char(' ')
                      + m_content.closers.at((extraDraw / 7) % m_content.closers.size());
        break;
    }
    case ContributionKind::Abuse: {
        const QStringList &f = m_content.problems.value(QStringLiteral("abuse"));
        p.body = f.at(fragmentDraw % f.size());
        break;
    }
    case ContributionKind::Link: {
        const QStringList &f = m_content.problems.value(QStringLiteral("link"));
        p.body = f.at(fragmentDraw % f.size());
        if (u1 < 0.4)
            p.body = m_content.generalComments.at(extraDraw % m_content.generalComments.size())
                     + QLatin1Char(' ') + p.body;
        break;
    }
    case ContributionKind::Phone: {
        const QStringList &f = m_content.problems.value(QStringLiteral("phone"));
        p.body = f.at(fragmentDraw % f.size());
        break;
    }
    case ContributionKind::Bidi: {
        const QStringList &f = m_content.problems.value(QStringLiteral("bidi"));
        p.body = f.at(fragmentDraw % f.size());
        break;
    }
    case ContributionKind::Duplicate: {
        const QStringList &f = m_content.problems.value(QStringLiteral("duplicate"));
        const int k = fragmentDraw % f.size();
        p.body = f.at(k);
        p.duplicateSeen = m_duplicatesSeen.contains(k);
        m_duplicatesSeen.insert(k);
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
    const qint64 people = std::max<qint64>(60, m_contributions / 3);
    p.author = p.kind == ContributionKind::Link ? people + rng.below(4)
                                                : qint64(double(people) * u4 * u4);

    // Moderation: the newest wait in the queue; closed topics have been dealt with.
    const double ageDays = double(m_now - p.submitted) / double(dayMs);
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
        if (!m_moderators.isEmpty() && stateDraw < 0.06)
            p.claimedBy = m_moderators.at(staffDraw % m_moderators.size());
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
        if (!m_moderators.isEmpty())
            p.moderatedBy = m_moderators.at(staffDraw % m_moderators.size());
        p.moderatedAt
            = std::min(p.submitted + 10 * minuteMs + qint64(moderationDelay * double(48 * hourMs)),
                       m_now - minuteMs);
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
    return p;
}

QString Generator::authorName(qint64 author) const
{
    Rng rng(m_seed, AuthorStream, quint64(author));
    const NameGroup &g = m_content.groups.at(rng.chance(0.7) ? 0 : 1);
    const NamePart &first = rng.pick(rng.chance(0.35) ? g.female : g.male);
    const NamePart &family = rng.pick(g.family);
    return first.ar + QLatin1Char(' ') + family.ar;
}

DbError Generator::seedContributions()
{
    Sink &sink = m_backend.sink();
    if (DbError e = sink.begin(
            QStringLiteral("contributions"),
            columns("id, topic_id, author_id, author_name, body, body_norm, state, auto_flags, "
                    "report_count, submitted_at, claimed_by, moderated_by, moderated_at"));
        !e.ok())
        return e;
    resetContributions();
    for (qint64 i = 0; i < m_contributions; ++i) {
        const ContributionPlan p = planContribution(i);
        sink.integer(p.id);
        sink.integer(m_content.topics.at(p.topic).id);
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
        sink.time(p.moderatedAt);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        progress(QStringLiteral("contributions"), i + 1, m_contributions);
    }
    m_report.contributions = m_contributions;
    return sink.end();
}

DbError Generator::seedContributionExtras()
{
    Sink &sink = m_backend.sink();
    if (DbError e
        = sink.begin(QStringLiteral("contribution_reports"),
                     columns("id, contribution_id, reason, note, reporter_id, reported_at"));
        !e.ok())
        return e;
    resetContributions();
    qint64 next = m_base.reports;
    for (qint64 i = 0; i < m_contributions; ++i) {
        progress(QStringLiteral("contribution reports"), i, m_contributions);
        const ContributionPlan p = planContribution(i);
        if (!p.reports)
            continue;
        Rng rng(m_seed, ReportStream, quint64(i));
        const qint64 until = p.moderatedAt != noTime ? p.moderatedAt : m_now;
        for (int r = 0; r < p.reports; ++r) {
            const char *reason = rng.chance(0.8) ? reasonFor(p.kind) : "other";
            const QStringList &notes = m_content.reportNotes.value(QLatin1String(reason));
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
    progress(QStringLiteral("contribution reports"), m_contributions, m_contributions);
    if (DbError e = sink.end(); !e.ok())
        return e;

    // The moderation log: one decision per moderated contribution.
    if (DbError e = sink.begin(QStringLiteral("moderation_actions"),
                               columns("id, contribution_id, staff_id, action, reason, at"));
        !e.ok())
        return e;
    resetContributions();
    next = m_base.actions;
    for (qint64 i = 0; i < m_contributions && !m_moderators.isEmpty(); ++i) {
        progress(QStringLiteral("moderation actions"), i, m_contributions);
        const ContributionPlan p = planContribution(i);
        if (p.state == ContributionState::Pending || !p.moderatedBy)
            continue;
        const char *action = p.state == ContributionState::Published
                                 ? "approve"
                                 : (p.state == ContributionState::Rejected ? "reject" : "hide");
        sink.integer(++next);
        sink.integer(p.id);
        sink.integer(p.moderatedBy);
        sink.ascii(action, int(qstrlen(action)));
        if (p.state == ContributionState::Published)
            sink.null();
        else
            sink.ascii(reasonFor(p.kind), int(qstrlen(reasonFor(p.kind))));
        sink.time(p.moderatedAt);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
    }
    progress(QStringLiteral("moderation actions"), m_contributions, m_contributions);
    return sink.end();
}

// ---- opinion polls

DbError Generator::seedPolls()
{
    const qint64 editor = staffId(QStringLiteral("editor"));
    const qint64 manager = staffId(QStringLiteral("manager"));
    qint64 nextPoll = m_base.polls;
    qint64 nextQuestion = m_base.questions;
    qint64 nextOption = m_base.options;
    for (PollDef &p : m_content.polls) {
        p.id = ++nextPoll;
        p.opensAt = p.opensDaysAgo ? m_now - qint64(*p.opensDaysAgo) * dayMs : noTime;
        p.closesAt = p.closesDaysAgo ? m_now - qint64(*p.closesDaysAgo) * dayMs : noTime;
        for (QuestionDef &q : p.questions) {
            q.id = ++nextQuestion;
            for (OptionDef &o : q.options)
                o.id = ++nextOption;
        }
    }
    Sink &sink = m_backend.sink();
    if (DbError e
        = sink.begin(QStringLiteral("polls"),
                     columns("id, title_ar, title_en, description_ar, description_en, state, "
                             "audience, opens_at, closes_at, created_by, reviewed_by"));
        !e.ok())
        return e;
    for (const PollDef &p : std::as_const(m_content.polls)) {
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
        ++m_report.polls;
    }
    if (DbError e = sink.end(); !e.ok())
        return e;

    if (DbError e = sink.begin(QStringLiteral("poll_questions"),
                               columns("id, poll_id, position, kind, text_ar, text_en, required"));
        !e.ok())
        return e;
    for (const PollDef &p : std::as_const(m_content.polls)) {
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

    if (DbError e = sink.begin(QStringLiteral("poll_options"),
                               columns("id, question_id, position, text_ar, text_en, is_other"));
        !e.ok())
        return e;
    for (const PollDef &p : std::as_const(m_content.polls)) {
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
    for (qsizetype k = 0; k < m_content.polls.size(); ++k) {
        const PollDef &p = m_content.polls.at(k);
        const bool answered = p.state == QLatin1String("open") || p.state == QLatin1String("closed")
                              || p.state == QLatin1String("archived");
        if (answered && p.share > 0 && p.opensAt != noTime && p.opensAt < m_now) {
            m_pollsWithResponses << int(k);
            shares += p.share;
        }
    }
    qint64 assigned = 0;
    for (int k : std::as_const(m_pollsWithResponses)) {
        const qint64 n = qint64(double(m_responses) * m_content.polls.at(k).share / shares);
        m_pollResponseCounts << n;
        assigned += n;
    }
    if (!m_pollResponseCounts.isEmpty())
        m_pollResponseCounts[0] += m_responses - assigned;
    qint64 offset = 0;
    for (qsizetype j = 0; j < m_pollsWithResponses.size(); ++j) {
        m_pollResponseOffsets << offset;
        offset += m_pollResponseCounts.at(j);
        const PollDef &p = m_content.polls.at(m_pollsWithResponses.at(j));
        const qint64 opens = p.opensAt;
        const qint64 closes = p.closesAt == noTime ? m_now : std::min(p.closesAt, m_now);
        // A burst when a poll is launched, then the everyday rhythm.
        m_pollTime.push_back(std::make_unique<TimeWarp>(opens, closes, [opens](qint64 t) {
            return activity(t) * (1.0 + 2.5 * std::exp(-double(t - opens) / double(7 * dayMs)));
        }));
    }
    return {};
}

ResponsePlan Generator::planResponse(qint64 index, Rng &rng) const
{
    // Which poll: responses are numbered poll after poll.
    qsizetype j = 0;
    while (j + 1 < m_pollResponseOffsets.size() && index >= m_pollResponseOffsets.at(j + 1))
        ++j;
    ResponsePlan r;
    r.id = m_base.responses + index + 1;
    r.poll = m_pollsWithResponses.at(j);
    const qint64 within = index - m_pollResponseOffsets.at(j);
    const TimeWarp &warp = *m_pollTime.at(size_t(j));
    r.at = warp.at((double(within) + rng.uniform())
                   / double(std::max<qint64>(1, m_pollResponseCounts.at(j))));
    const PollDef &poll = m_content.polls.at(r.poll);
    const qint64 closes = poll.closesAt == noTime ? m_now : std::min(poll.closesAt, m_now);
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

void Generator::answers(const ResponsePlan &r, Rng &rng, QList<Answer> *out) const
{
    out->clear();
    const PollDef &poll = m_content.polls.at(r.poll);
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

DbError Generator::seedResponses()
{
    Sink &sink = m_backend.sink();
    if (DbError e = sink.begin(
            QStringLiteral("poll_responses"),
            columns(
                "id, poll_id, submitted_at, gender, age_band, nationality_group, municipality"));
        !e.ok())
        return e;
    const qint64 total = m_pollsWithResponses.isEmpty() ? 0 : m_responses;
    for (qint64 i = 0; i < total; ++i) {
        Rng rng = responseRng(i);
        const ResponsePlan r = planResponse(i, rng);
        sink.integer(r.id);
        sink.integer(m_content.polls.at(r.poll).id);
        sink.time(r.at);
        sink.ascii(r.female ? "female" : "male", r.female ? 6 : 4);
        sink.ascii(ageBands[r.ageBand], int(qstrlen(ageBands[r.ageBand])));
        sink.ascii(r.qatari ? "qatari" : "non_qatari", r.qatari ? 6 : 10);
        sink.ascii(municipalities[r.municipality], int(qstrlen(municipalities[r.municipality])));
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        progress(QStringLiteral("poll responses"), i + 1, total);
    }
    m_report.pollResponses = total;
    return sink.end();
}

DbError Generator::seedAnswers()
{
    Sink &sink = m_backend.sink();
    if (DbError e
        = sink.begin(QStringLiteral("poll_answers"),
                     columns("response_id, question_id, option_id, value_int, value_text"));
        !e.ok())
        return e;
    QList<Answer> list;
    const qint64 total = m_report.pollResponses;
    for (qint64 i = 0; i < total; ++i) {
        progress(QStringLiteral("poll answers"), i, total);
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
    progress(QStringLiteral("poll answers"), total, total);
    return sink.end();
}

DbError Generator::finish()
{
    // The dashboards' rollup, in one statement.
    progress(QStringLiteral("poll daily counts"), 0, 1);
    const QString day = m_backend.isPostgres()
                            ? QStringLiteral("CAST(r.submitted_at AT TIME ZONE 'UTC' AS date)")
                            : QStringLiteral("substr(r.submitted_at, 1, 10)");
    const QString mark = m_backend.isPostgres() ? QStringLiteral("$1") : QStringLiteral("?");
    if (DbError e = m_backend.exec(
            QStringLiteral(
                "INSERT INTO poll_daily_counts (poll_id, question_id, option_id, day, answers) "
                "SELECT r.poll_id, a.question_id, a.option_id, %1, count(*) "
                "FROM poll_answers a JOIN poll_responses r ON r.id = a.response_id "
                "WHERE a.option_id IS NOT NULL AND r.poll_id > %2 "
                "GROUP BY r.poll_id, a.question_id, a.option_id, %1")
                .arg(day, mark),
            {m_base.polls});
        !e.ok())
        return e;
    progress(QStringLiteral("poll daily counts"), 1, 1);

    if (!m_backend.isPostgres()) // the search index followed the inserts (migration 004's triggers)
        return {};
    // Identity columns continue after the explicit ids.
    for (const char *table : {"staff",
                              "services",
                              "service_documents",
                              "canned_responses",
                              "transactions",
                              "transaction_events",
                              "attachments",
                              "topics",
                              "contributions",
                              "contribution_reports",
                              "moderation_actions",
                              "polls",
                              "poll_questions",
                              "poll_options",
                              "poll_responses"}) {
        if (DbError e = m_backend.exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('diwan.%1', 'id'), max(id)) "
                               "FROM diwan.%1")
                    .arg(QLatin1String(table)));
            !e.ok())
            return e;
    }
    return {};
}

// PostgreSQL: the COPY connection's settings, from the options or else from the open connection.
ConnectionProfile copyProfile(const QSqlDatabase &db, const Options &options, QString *password)
{
    *password = options.password;
    if (options.profile.isPostgres())
        return options.profile;
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Postgres;
    p.host = db.hostName();
    p.port = db.port() > 0 ? db.port() : 5432;
    p.database = db.databaseName();
    p.user = db.userName();
    for (const QString &part : db.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            p.options.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    if (password->isEmpty())
        *password = db.password();
    return p;
}

QList<DemoAccount> loadAccounts()
{
    QList<DemoAccount> out;
    for (const StaffDef &s : staffDefs())
        out << DemoAccount{s.login, s.password, s.roles, s.name.ar, s.name.en};
    return out;
}

} // namespace

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts = loadAccounts();
    return accounts;
}

bool isSeeded(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM transactions LIMIT 1")) && q.next();
}

DbError seed(QSqlDatabase &db, const Options &options, Report *report)
{
    if (!db.isOpen())
        return DbError::make(DbError::Kind::ConnectionLost,
                             QStringLiteral("the database is not open"));
    if (isSeeded(db))
        return DbError::make(
            DbError::Kind::Invalid,
            QStringLiteral("the database already holds transactions; seed only a fresh database"));
    if (db.driverName() == QLatin1String("QPSQL")) {
        auto backend = std::make_unique<PostgresBackend>();
        QString password;
        const ConnectionProfile profile = copyProfile(db, options, &password);
        if (DbError e = backend->copy().open(profile, password); !e.ok())
            return e;
        Generator generator(options, *backend);
        return generator.run(report);
    }
    SqliteBackend backend(db);
    Generator generator(options, backend);
    return generator.run(report);
}

} // namespace Seeder
