#include "polls/poll.h"

#include "common/domaintext.h"

#include <QCoreApplication>

namespace Polls {

namespace {

struct KindRow
{
    QuestionKind kind;
    const char *key;
};

constexpr KindRow kKinds[] = {
    {QuestionKind::Single, "single"},
    {QuestionKind::Multiple, "multiple"},
    {QuestionKind::YesNo, "yes_no"},
    {QuestionKind::Likert, "likert"},
    {QuestionKind::Rating, "rating"},
    {QuestionKind::Ranking, "ranking"},
    {QuestionKind::OpenText, "open"},
};

} // namespace

bool hasOwnOptions(QuestionKind kind)
{
    return kind == QuestionKind::Single || kind == QuestionKind::Multiple
           || kind == QuestionKind::Ranking;
}

const QList<QuestionKind> &allKinds()
{
    static const QList<QuestionKind> kinds = [] {
        QList<QuestionKind> list;
        for (const KindRow &row : kKinds)
            list.append(row.kind);
        return list;
    }();
    return kinds;
}

QString key(QuestionKind kind)
{
    for (const KindRow &row : kKinds)
        if (row.kind == kind)
            return QString::fromLatin1(row.key);
    return {};
}

std::optional<QuestionKind> kindFromKey(QStringView key)
{
    for (const KindRow &row : kKinds)
        if (key == QLatin1String(row.key))
            return row.kind;
    return std::nullopt;
}

QString key(Audience audience)
{
    switch (audience) {
    case Audience::Everyone:
        return QStringLiteral("everyone");
    case Audience::Residents:
        return QStringLiteral("residents");
    case Audience::VerifiedQid:
        return QStringLiteral("verified_qid");
    }
    return {};
}

std::optional<Audience> audienceFromKey(QStringView key)
{
    for (Audience a : {Audience::Everyone, Audience::Residents, Audience::VerifiedQid})
        if (key == Polls::key(a))
            return a;
    return std::nullopt;
}

QString key(ResultsVisibility results)
{
    switch (results) {
    case ResultsVisibility::Live:
        return QStringLiteral("live");
    case ResultsVisibility::AfterClosing:
        return QStringLiteral("after_closing");
    case ResultsVisibility::Never:
        return QStringLiteral("never");
    }
    return {};
}

std::optional<ResultsVisibility> resultsFromKey(QStringView key)
{
    for (ResultsVisibility r :
         {ResultsVisibility::Live, ResultsVisibility::AfterClosing, ResultsVisibility::Never})
        if (key == Polls::key(r))
            return r;
    return std::nullopt;
}

QString text(QuestionKind kind)
{
    // DomainText names the kinds the lists already show; yes/no is new with the designer.
    if (kind == QuestionKind::YesNo)
        return QCoreApplication::translate("Polls", "Yes or no");
    return DomainText::questionKind(key(kind));
}

const QStringList &municipalityKeys()
{
    static const QStringList keys{QStringLiteral("doha"),
                                  QStringLiteral("al_rayyan"),
                                  QStringLiteral("al_wakrah"),
                                  QStringLiteral("umm_salal"),
                                  QStringLiteral("al_khor"),
                                  QStringLiteral("al_shamal"),
                                  QStringLiteral("al_daayen"),
                                  QStringLiteral("al_sheehaniya")};
    return keys;
}

QString municipalityName(const QString &key)
{
    static const char *const names[][2]
        = {{"doha", QT_TRANSLATE_NOOP("Polls", "Doha")},
           {"al_rayyan", QT_TRANSLATE_NOOP("Polls", "Al Rayyan")},
           {"al_wakrah", QT_TRANSLATE_NOOP("Polls", "Al Wakrah")},
           {"umm_salal", QT_TRANSLATE_NOOP("Polls", "Umm Salal")},
           {"al_khor", QT_TRANSLATE_NOOP("Polls", "Al Khor and Al Thakhira")},
           {"al_shamal", QT_TRANSLATE_NOOP("Polls", "Al Shamal")},
           {"al_daayen", QT_TRANSLATE_NOOP("Polls", "Al Daayen")},
           {"al_sheehaniya", QT_TRANSLATE_NOOP("Polls", "Al Sheehaniya")}};
    for (const auto &n : names)
        if (key == QLatin1String(n[0]))
            return QCoreApplication::translate("Polls", n[1]);
    return key;
}

const QStringList &ageBandKeys()
{
    static const QStringList keys{QStringLiteral("18-24"),
                                  QStringLiteral("25-34"),
                                  QStringLiteral("35-44"),
                                  QStringLiteral("45-54"),
                                  QStringLiteral("55-64"),
                                  QStringLiteral("65+")};
    return keys;
}

} // namespace Polls
