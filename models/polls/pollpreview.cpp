#include "polls/pollpreview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PollPreview {

namespace {

const QJsonObject &words()
{
    static const QJsonObject table = [] {
        QFile f(QStringLiteral(":/templates/poll_preview.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return table;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString word(const char *key, const QString &language)
{
    return words().value(QLatin1String(key)).toObject().value(language).toString();
}

QStringList scale(const char *key, const QString &language)
{
    QStringList out;
    for (const QJsonValue &v :
         words().value(QLatin1String(key)).toObject().value(language).toArray())
        out << v.toString();
    return out;
}

QString html(const Polls::Poll &poll, const QString &language)
{
    using Polls::QuestionKind;
    const bool ar = language == QLatin1String("ar");
    auto pick = [ar](const QString &a, const QString &e) {
        return ar ? a : e;
    };
    const QString circle = QStringLiteral(u"\u25CB ");
    const QString box = QStringLiteral(u"\u2610 ");
    QString out = QStringLiteral("<div dir=\"%1\">")
                      .arg(ar ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    out += QStringLiteral("<h3>%1</h3>").arg(esc(pick(poll.titleAr, poll.titleEn)));
    const QString description = pick(poll.descriptionAr, poll.descriptionEn);
    if (!description.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(description));
    for (int i = 0; i < poll.questions.size(); ++i) {
        const Polls::Question &q = poll.questions.at(i);
        out += QStringLiteral("<p><b>%1. %2</b>").arg(i + 1).arg(esc(pick(q.textAr, q.textEn)));
        if (q.required)
            out += QStringLiteral(" <i>(%1)</i>").arg(esc(word("required", language)));
        out += QStringLiteral("<br/>");
        if (q.showIf && q.showIf->question >= 0 && q.showIf->question < i) {
            const Polls::Question &earlier = poll.questions.at(q.showIf->question);
            QString answer = QString::number(q.showIf->option + 1);
            if (Polls::hasOwnOptions(earlier.kind) && q.showIf->option >= 0
                && q.showIf->option < earlier.options.size())
                answer = pick(earlier.options.at(q.showIf->option).textAr,
                              earlier.options.at(q.showIf->option).textEn);
            out += QStringLiteral("<small>%1</small><br/>")
                       .arg(
                           esc(word("shown_if", language).arg(q.showIf->question + 1).arg(answer)));
        }
        QStringList lines;
        switch (q.kind) {
        case QuestionKind::Single:
        case QuestionKind::Multiple:
        case QuestionKind::Ranking:
            for (const Polls::Option &o : q.options)
                lines << (q.kind == QuestionKind::Multiple ? box : circle)
                             + esc(pick(o.textAr, o.textEn));
            if (q.otherOption)
                lines << (q.kind == QuestionKind::Multiple ? box : circle)
                             + esc(word("other", language)) + QStringLiteral(" ______");
            if (q.kind == QuestionKind::Multiple)
                lines.prepend(
                    QStringLiteral("<small>%1</small>")
                        .arg(esc(word("picks", language)
                                     .arg(q.minPicks)
                                     .arg(q.maxPicks == 0 ? q.options.size() : q.maxPicks))));
            if (q.kind == QuestionKind::Ranking)
                lines.prepend(
                    QStringLiteral("<small>%1</small>").arg(esc(word("ranking", language))));
            break;
        case QuestionKind::YesNo:
            lines << circle + esc(word("yes", language)) << circle + esc(word("no", language));
            break;
        case QuestionKind::Likert:
            for (const QJsonValue &v :
                 words().value(QStringLiteral("likert")).toObject().value(language).toArray())
                lines << circle + esc(v.toString());
            break;
        case QuestionKind::Rating:
            lines << esc(word("rating", language)) + QStringLiteral(": 1 2 3 4 5 6 7 8 9 10");
            break;
        case QuestionKind::OpenText:
            lines << esc(word("open", language)) + QStringLiteral(": ____________");
            break;
        }
        out += lines.join(QStringLiteral("<br/>")) + QStringLiteral("</p>");
    }
    // What the citizen is told about the results, as the portal says it under the questions.
    const QString resultsKey = QStringLiteral("results_") + Polls::key(poll.results);
    out += QStringLiteral("<p><small>%1</small></p>")
               .arg(esc(word(resultsKey.toLatin1().constData(), language)));
    out += QStringLiteral("</div>");
    return out;
}

} // namespace PollPreview
