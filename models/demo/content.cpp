#include "demo/content.h"

#include "common/arabictext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Seeder {

namespace {

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

} // namespace

DbError contentError(const QString &file, const QString &what)
{
    return DbError::make(DbError::Kind::Other, QStringLiteral("demo data %1: %2").arg(file, what));
}

const QList<StaffDef> &staffDefs()
{
    static const QList<StaffDef> defs = loadStaff(nullptr);
    return defs;
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

} // namespace Seeder
