#include "polls/pollvalidator.h"

#include "common/arabictext.h"

#include <QCoreApplication>
#include <QHash>

namespace Polls {

namespace {

class Collector
{
public:
    void error(const QString &field, const QString &message)
    {
        m_problems.append({field, message, Problem::Severity::Error});
    }
    void warning(const QString &field, const QString &message)
    {
        m_problems.append({field, message, Problem::Severity::Warning});
    }
    // Arabic required, English flagged, both within the limit.
    void bilingual(const QString &prefix,
                   const QString &ar,
                   const QString &en,
                   int limit,
                   const QString &arabicMissing)
    {
        const QString arField = prefix + QStringLiteral("text_ar");
        const QString enField = prefix + QStringLiteral("text_en");
        text(arField, ar, limit, arabicMissing, true);
        text(enField,
             en,
             limit,
             QCoreApplication::translate("PollValidator", "The English text is missing."),
             false);
    }
    void text(const QString &field,
              const QString &value,
              int limit,
              const QString &missing,
              bool required)
    {
        if (value.trimmed().isEmpty()) {
            if (required)
                error(field, missing);
            else
                warning(field, missing);
        } else if (value.size() > limit) {
            error(field,
                  QCoreApplication::translate(
                      "PollValidator", "Too long: at most %n characters.", nullptr, limit));
        }
    }
    QList<Problem> take() { return std::move(m_problems); }

private:
    QList<Problem> m_problems;
};

void checkOptions(Collector &c, const Question &q, int qi)
{
    const QString prefix = PollValidator::questionPath(qi);
    if (!hasOwnOptions(q.kind)) {
        if (!q.options.isEmpty())
            c.error(prefix + QStringLiteral(".options"),
                    QCoreApplication::translate(
                        "PollValidator",
                        "This kind of question has a fixed scale and no options of its own."));
        return;
    }
    if (q.options.size() < 2)
        c.error(prefix + QStringLiteral(".options"),
                QCoreApplication::translate("PollValidator",
                                            "A choice question needs at least two options."));
    if (q.options.size() > OptionCountLimit)
        c.error(prefix + QStringLiteral(".options"),
                QCoreApplication::translate(
                    "PollValidator", "Too many options: at most %n.", nullptr, OptionCountLimit));
    QHash<QString, int> seen[2];
    for (int oi = 0; oi < q.options.size(); ++oi) {
        const Option &o = q.options.at(oi);
        const QString path = PollValidator::optionPath(qi, oi) + QLatin1Char('.');
        if (o.textAr.trimmed().isEmpty())
            c.error(path + QStringLiteral("text_ar"),
                    QCoreApplication::translate("PollValidator", "An option cannot be empty."));
        else if (o.textAr.size() > OptionLimit)
            c.error(path + QStringLiteral("text_ar"),
                    QCoreApplication::translate(
                        "PollValidator", "Too long: at most %n characters.", nullptr, OptionLimit));
        c.text(path + QStringLiteral("text_en"),
               o.textEn,
               OptionLimit,
               QCoreApplication::translate("PollValidator", "The English text is missing."),
               false);
        const QString texts[2] = {o.textAr, o.textEn};
        const char *const fields[2] = {"text_ar", "text_en"};
        for (int lang = 0; lang < 2; ++lang) {
            const QString normal = ArabicText::normalize(texts[lang]);
            if (normal.isEmpty())
                continue;
            const auto it = seen[lang].constFind(normal);
            if (it != seen[lang].constEnd())
                c.error(path + QLatin1String(fields[lang]),
                        QCoreApplication::translate(
                            "PollValidator", "The same as option %1: two options may not be equal.")
                            .arg(it.value() + 1));
            else
                seen[lang].insert(normal, oi);
        }
    }
    if (q.kind == QuestionKind::Multiple) {
        const int count = q.options.size();
        if (q.minPicks < 0)
            c.error(prefix + QStringLiteral(".min_picks"),
                    QCoreApplication::translate("PollValidator",
                                                "The fewest picks cannot be below zero."));
        if (q.maxPicks < 0)
            c.error(prefix + QStringLiteral(".max_picks"),
                    QCoreApplication::translate("PollValidator",
                                                "The most picks cannot be below zero."));
        const int most = q.maxPicks == 0 ? count : q.maxPicks;
        if (q.minPicks > most)
            c.error(prefix + QStringLiteral(".min_picks"),
                    QCoreApplication::translate("PollValidator",
                                                "The fewest picks is more than the most picks."));
        if (q.maxPicks > count)
            c.error(prefix + QStringLiteral(".max_picks"),
                    QCoreApplication::translate(
                        "PollValidator", "The most picks is more than the number of options."));
    } else if (q.minPicks != 0 || q.maxPicks != 0) {
        c.error(prefix + QStringLiteral(".max_picks"),
                QCoreApplication::translate(
                    "PollValidator", "Only a multiple choice question has a number of picks."));
    }
    if (q.otherOption && q.kind == QuestionKind::Ranking)
        c.error(prefix + QStringLiteral(".other"),
                QCoreApplication::translate(
                    "PollValidator", "A ranking question cannot have \"other (please specify)\"."));
}

void checkCondition(Collector &c, const QList<Question> &questions, int qi)
{
    const Question &q = questions.at(qi);
    if (!q.showIf)
        return;
    const QString field = PollValidator::questionPath(qi) + QStringLiteral(".show_if");
    const ShowIf &s = *q.showIf;
    if (s.question < 0 || s.question >= qi) {
        c.error(field,
                QCoreApplication::translate("PollValidator",
                                            "A condition can only refer to an earlier question."));
        return;
    }
    const Question &earlier = questions.at(s.question);
    const int options = earlier.kind == QuestionKind::YesNo    ? 2
                        : earlier.kind == QuestionKind::Likert ? 5
                        : earlier.kind == QuestionKind::Rating ? 10
                        : hasOwnOptions(earlier.kind) && earlier.kind != QuestionKind::Ranking
                            ? int(earlier.options.size())
                            : 0;
    if (options == 0)
        c.error(
            field,
            QCoreApplication::translate(
                "PollValidator", "A condition can only refer to a question answered by choosing."));
    else if (s.option < 0 || s.option >= options)
        c.error(field,
                QCoreApplication::translate(
                    "PollValidator",
                    "The condition refers to an answer the earlier question does not have."));
}

} // namespace

QString PollValidator::questionPath(int question)
{
    return QStringLiteral("questions[%1]").arg(question);
}

QString PollValidator::optionPath(int question, int option)
{
    return QStringLiteral("questions[%1].options[%2]").arg(question).arg(option);
}

QList<Problem> PollValidator::validate(const Poll &poll, const QDateTime &now)
{
    Collector c;
    c.text(QStringLiteral("title_ar"),
           poll.titleAr,
           TitleLimit,
           QCoreApplication::translate("PollValidator", "The Arabic title is required."),
           true);
    c.text(QStringLiteral("title_en"),
           poll.titleEn,
           TitleLimit,
           QCoreApplication::translate("PollValidator", "The English title is missing."),
           false);
    if (poll.descriptionAr.size() > DescriptionLimit)
        c.error(
            QStringLiteral("description_ar"),
            QCoreApplication::translate(
                "PollValidator", "Too long: at most %n characters.", nullptr, DescriptionLimit));
    if (poll.descriptionEn.size() > DescriptionLimit)
        c.error(
            QStringLiteral("description_en"),
            QCoreApplication::translate(
                "PollValidator", "Too long: at most %n characters.", nullptr, DescriptionLimit));
    if (!poll.descriptionAr.trimmed().isEmpty() && poll.descriptionEn.trimmed().isEmpty())
        c.warning(QStringLiteral("description_en"),
                  QCoreApplication::translate("PollValidator", "The English text is missing."));
    for (const QString &m : poll.municipalities)
        if (!municipalityKeys().contains(m))
            c.error(
                QStringLiteral("municipalities"),
                QCoreApplication::translate("PollValidator", "Unknown municipality: %1.").arg(m));
    for (const QString &a : poll.ageBands)
        if (!ageBandKeys().contains(a))
            c.error(QStringLiteral("age_bands"),
                    QCoreApplication::translate("PollValidator", "Unknown age band: %1.").arg(a));

    // Shares seen while answering pull later answers towards them: allowed, but said.
    if (poll.results == ResultsVisibility::Live)
        c.warning(QStringLiteral("results"),
                  QCoreApplication::translate(
                      "PollValidator",
                      "Results shown while the poll is open can sway the answers still to come."));

    if (poll.opensAt.isValid() != poll.closesAt.isValid())
        c.error(
            poll.opensAt.isValid() ? QStringLiteral("closes_at") : QStringLiteral("opens_at"),
            QCoreApplication::translate(
                "PollValidator", "A poll is scheduled with both an opening and a closing time."));
    if (poll.opensAt.isValid() && poll.opensAt < now)
        c.error(QStringLiteral("opens_at"),
                QCoreApplication::translate("PollValidator", "The opening time is in the past."));
    if (poll.opensAt.isValid() && poll.closesAt.isValid() && poll.closesAt <= poll.opensAt)
        c.error(
            QStringLiteral("closes_at"),
            QCoreApplication::translate("PollValidator", "The poll must close after it opens."));

    if (poll.questions.isEmpty())
        c.error(
            QStringLiteral("questions"),
            QCoreApplication::translate("PollValidator", "A poll needs at least one question."));
    if (poll.questions.size() > QuestionCountLimit)
        c.error(
            QStringLiteral("questions"),
            QCoreApplication::translate(
                "PollValidator", "Too many questions: at most %n.", nullptr, QuestionCountLimit));
    for (int qi = 0; qi < poll.questions.size(); ++qi) {
        const Question &q = poll.questions.at(qi);
        c.bilingual(questionPath(qi) + QLatin1Char('.'),
                    q.textAr,
                    q.textEn,
                    QuestionLimit,
                    QCoreApplication::translate("PollValidator",
                                                "The Arabic text of the question is required."));
        checkOptions(c, q, qi);
        checkCondition(c, poll.questions, qi);
    }
    return c.take();
}

bool PollValidator::hasErrors(const QList<Problem> &problems)
{
    for (const Problem &p : problems)
        if (p.severity == Problem::Severity::Error)
            return true;
    return false;
}

QList<Problem> PollValidator::forField(const QList<Problem> &problems, const QString &field)
{
    QList<Problem> out;
    for (const Problem &p : problems)
        if (p.field == field)
            out.append(p);
    return out;
}

} // namespace Polls
