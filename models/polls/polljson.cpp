#include "polls/polljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Polls {

namespace {

const QString kFormat = QStringLiteral("diwan-poll");

QJsonValue dateValue(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// Reads one JSON object field by field; the first problem wins and names its place.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString &error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool ok() const { return m_error.isEmpty(); }
    QString at(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    void fail(const QString &place, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = place + QStringLiteral(": ") + what;
    }
    // Refuses keys this version does not know: nothing is dropped silently.
    void onlyKeys(std::initializer_list<const char *> keys)
    {
        QSet<QString> known;
        for (const char *k : keys)
            known.insert(QString::fromLatin1(k));
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (!known.contains(it.key())) {
                fail(at(it.key()), QStringLiteral("unknown key"));
                return;
            }
    }
    QJsonValue value(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        if (!m_object.contains(k)) {
            fail(at(k), QStringLiteral("missing"));
            return {};
        }
        return m_object.value(k);
    }
    QString string(const char *key)
    {
        const QJsonValue v = value(key);
        if (ok() && !v.isString())
            fail(at(QString::fromLatin1(key)), QStringLiteral("expected a string"));
        return v.toString();
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = value(key);
        if (ok() && !v.isBool())
            fail(at(QString::fromLatin1(key)), QStringLiteral("expected true or false"));
        return v.toBool();
    }
    int integer(const char *key)
    {
        const QJsonValue v = value(key);
        const double d = v.toDouble();
        if (ok() && (!v.isDouble() || d != double(qint64(d)) || d < -1e6 || d > 1e6))
            fail(at(QString::fromLatin1(key)), QStringLiteral("expected a whole number"));
        return int(d);
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = value(key);
        if (ok() && !v.isArray())
            fail(at(QString::fromLatin1(key)), QStringLiteral("expected an array"));
        return v.toArray();
    }
    QStringList stringList(const char *key)
    {
        const QJsonArray a = array(key);
        QStringList out;
        for (int i = 0; ok() && i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(at(QString::fromLatin1(key)) + QStringLiteral("[%1]").arg(i),
                     QStringLiteral("expected a string"));
            out.append(a.at(i).toString());
        }
        return out;
    }
    QDateTime date(const char *key)
    {
        const QJsonValue v = value(key);
        if (!ok() || v.isNull())
            return {};
        const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !at.isValid() || at.timeSpec() == Qt::LocalTime)
            fail(this->at(QString::fromLatin1(key)),
                 QStringLiteral("expected null or a date-time with its offset "
                                "(2026-12-01T08:00:00Z)"));
        return at.toUTC();
    }
    template<typename T, typename F> T keyed(const char *key, F fromKey)
    {
        const QString s = string(key);
        if (!ok())
            return T{};
        const auto v = fromKey(s);
        if (!v) {
            fail(at(QString::fromLatin1(key)), QStringLiteral("unknown value \"%1\"").arg(s));
            return T{};
        }
        return *v;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString &m_error;
};

std::optional<QJsonObject> object(const QJsonValue &v, const QString &path, QString &error)
{
    if (!v.isObject()) {
        if (error.isEmpty())
            error = path + QStringLiteral(": expected an object");
        return std::nullopt;
    }
    return v.toObject();
}

Option readOption(const QJsonObject &o, const QString &path, QString &error)
{
    Reader r(o, path, error);
    r.onlyKeys({"text_ar", "text_en"});
    Option option;
    option.textAr = r.string("text_ar");
    option.textEn = r.string("text_en");
    return option;
}

Question readQuestion(const QJsonObject &o, const QString &path, QString &error)
{
    Reader r(o, path, error);
    r.onlyKeys({"kind",
                "text_ar",
                "text_en",
                "required",
                "min_picks",
                "max_picks",
                "other",
                "random_order",
                "show_if",
                "options"});
    Question q;
    q.kind = r.keyed<QuestionKind>("kind", [](const QString &k) { return kindFromKey(k); });
    q.textAr = r.string("text_ar");
    q.textEn = r.string("text_en");
    q.required = r.boolean("required");
    q.minPicks = r.integer("min_picks");
    q.maxPicks = r.integer("max_picks");
    q.otherOption = r.boolean("other");
    q.randomOrder = r.boolean("random_order");
    const QJsonValue showIf = r.value("show_if");
    if (r.ok() && !showIf.isNull()) {
        if (const auto s = object(showIf, r.at(QStringLiteral("show_if")), error)) {
            Reader sr(*s, r.at(QStringLiteral("show_if")), error);
            sr.onlyKeys({"question", "option"});
            ShowIf cond;
            cond.question = sr.integer("question");
            cond.option = sr.integer("option");
            q.showIf = cond;
        }
    }
    const QJsonArray options = r.array("options");
    for (int i = 0; r.ok() && i < options.size(); ++i) {
        const QString at = r.at(QStringLiteral("options[%1]").arg(i));
        if (const auto oo = object(options.at(i), at, error))
            q.options.append(readOption(*oo, at, error));
    }
    return q;
}

} // namespace

QByteArray PollJson::toJson(const Poll &poll)
{
    QJsonArray questions;
    for (const Question &q : poll.questions) {
        QJsonArray options;
        for (const Option &o : q.options)
            options.append(QJsonObject{{QStringLiteral("text_ar"), o.textAr},
                                       {QStringLiteral("text_en"), o.textEn}});
        QJsonValue showIf = QJsonValue::Null;
        if (q.showIf)
            showIf = QJsonObject{{QStringLiteral("question"), q.showIf->question},
                                 {QStringLiteral("option"), q.showIf->option}};
        questions.append(QJsonObject{
            {QStringLiteral("kind"), key(q.kind)},
            {QStringLiteral("text_ar"), q.textAr},
            {QStringLiteral("text_en"), q.textEn},
            {QStringLiteral("required"), q.required},
            {QStringLiteral("min_picks"), q.minPicks},
            {QStringLiteral("max_picks"), q.maxPicks},
            {QStringLiteral("other"), q.otherOption},
            {QStringLiteral("random_order"), q.randomOrder},
            {QStringLiteral("show_if"), showIf},
            {QStringLiteral("options"), options},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), Version},
        {QStringLiteral("title_ar"), poll.titleAr},
        {QStringLiteral("title_en"), poll.titleEn},
        {QStringLiteral("description_ar"), poll.descriptionAr},
        {QStringLiteral("description_en"), poll.descriptionEn},
        {QStringLiteral("audience"), key(poll.audience)},
        {QStringLiteral("municipalities"), strings(poll.municipalities)},
        {QStringLiteral("age_bands"), strings(poll.ageBands)},
        {QStringLiteral("results"), key(poll.results)},
        {QStringLiteral("opens_at"), dateValue(poll.opensAt)},
        {QStringLiteral("closes_at"), dateValue(poll.closesAt)},
        {QStringLiteral("questions"), questions},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

JsonImport PollJson::fromJson(const QByteArray &json)
{
    JsonImport result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("offset %1: not JSON (%2)")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    QString error;
    const auto root = object(QJsonValue(doc.object()), QStringLiteral("(document)"), error);
    if (!doc.isObject() || !root) {
        result.error = QStringLiteral("(document): expected an object");
        return result;
    }
    Reader r(*root, QString(), error);
    // The format and version first: a newer file is refused as such, not for its new keys.
    if (r.string("format") != kFormat && r.ok())
        r.fail(QStringLiteral("format"), QStringLiteral("expected \"diwan-poll\""));
    const int version = r.integer("version");
    if (r.ok() && version > Version)
        r.fail(QStringLiteral("version"),
               QStringLiteral("version %1 is newer than this Diwan reads (%2)")
                   .arg(version)
                   .arg(Version));
    else if (r.ok() && version < 1)
        r.fail(QStringLiteral("version"), QStringLiteral("unsupported version %1").arg(version));
    r.onlyKeys({"format",
                "version",
                "title_ar",
                "title_en",
                "description_ar",
                "description_en",
                "audience",
                "municipalities",
                "age_bands",
                "results",
                "opens_at",
                "closes_at",
                "questions"});
    Poll poll;
    poll.titleAr = r.string("title_ar");
    poll.titleEn = r.string("title_en");
    poll.descriptionAr = r.string("description_ar");
    poll.descriptionEn = r.string("description_en");
    poll.audience
        = r.keyed<Audience>("audience", [](const QString &k) { return audienceFromKey(k); });
    poll.municipalities = r.stringList("municipalities");
    poll.ageBands = r.stringList("age_bands");
    poll.results
        = r.keyed<ResultsVisibility>("results", [](const QString &k) { return resultsFromKey(k); });
    poll.opensAt = r.date("opens_at");
    poll.closesAt = r.date("closes_at");
    const QJsonArray questions = r.array("questions");
    for (int i = 0; r.ok() && i < questions.size(); ++i) {
        const QString at = QStringLiteral("questions[%1]").arg(i);
        if (const auto qo = object(questions.at(i), at, error))
            poll.questions.append(readQuestion(*qo, at, error));
    }
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.poll = poll;
    return result;
}

} // namespace Polls
