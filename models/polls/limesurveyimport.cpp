#include "polls/limesurveyimport.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace Polls {

namespace {

using Row = QHash<QString, QString>;
constexpr qsizetype MaxFileSize = 32 * 1024 * 1024;
constexpr int MaxRows = 200000;

struct Document
{
    QString docType;
    int dbVersion = -1;
    QStringList languages;
    QHash<QString, QList<Row>> sections;
    QString error;
};

// <document><section><rows><row><field>text</field>...</row></rows></section>...</document>
Document parse(const QByteArray &xml)
{
    Document doc;
    QXmlStreamReader r(xml);
    int rows = 0;
    if (!r.readNextStartElement() || r.name() != QLatin1String("document")) {
        doc.error
            = r.hasError() ? QString() : QStringLiteral("not a LimeSurvey file: no <document>");
    }
    while (doc.error.isEmpty() && r.readNextStartElement()) {
        const QString section = r.name().toString();
        if (section == QLatin1String("LimeSurveyDocType")) {
            doc.docType = r.readElementText().trimmed();
        } else if (section == QLatin1String("DBVersion")) {
            bool ok = false;
            doc.dbVersion = r.readElementText().trimmed().toInt(&ok);
            if (!ok)
                doc.dbVersion = -1;
        } else if (section == QLatin1String("languages")) {
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("language"))
                    doc.languages.append(r.readElementText().trimmed());
                else
                    r.skipCurrentElement();
            }
        } else {
            QList<Row> &list = doc.sections[section];
            while (r.readNextStartElement()) {
                if (r.name() != QLatin1String("rows")) {
                    r.skipCurrentElement();
                    continue;
                }
                while (r.readNextStartElement()) {
                    if (r.name() != QLatin1String("row")) {
                        r.skipCurrentElement();
                        continue;
                    }
                    if (++rows > MaxRows) {
                        doc.error = QStringLiteral("more than %1 rows: not a survey structure")
                                        .arg(MaxRows);
                        return doc;
                    }
                    Row row;
                    while (r.readNextStartElement()) {
                        const QString field = r.name().toString();
                        row.insert(field, r.readElementText(QXmlStreamReader::SkipChildElements));
                    }
                    list.append(row);
                }
            }
        }
    }
    if (r.hasError())
        doc.error = QStringLiteral("not well-formed XML at line %1, column %2: %3")
                        .arg(r.lineNumber())
                        .arg(r.columnNumber())
                        .arg(r.errorString());
    return doc;
}

int number(const Row &row, const char *field, int fallback = 0)
{
    bool ok = false;
    const int n = row.value(QString::fromLatin1(field)).trimmed().toInt(&ok);
    return ok ? n : fallback;
}

QString field(const Row &row, const char *name)
{
    return row.value(QString::fromLatin1(name));
}

// Texts by language of one thing (a question, a subquestion, an answer).
using Texts = QHash<QString, QString>;

struct Mapping
{
    std::optional<QuestionKind> kind;
    QString why; // when kind is empty
    bool likertRows = false;
    bool fixedScale = false; // the options are Diwan's own (yes/no, Likert)
};

Mapping mapType(const QString &type)
{
    const QChar t = type.isEmpty() ? QChar() : type.at(0);
    switch (t.unicode()) {
    case 'L':
    case '!':
        return {QuestionKind::Single, {}, false, false};
    case 'O':
        return {QuestionKind::Single, {}, false, false};
    case 'M':
    case 'P':
        return {QuestionKind::Multiple, {}, false, false};
    case 'Y':
        return {QuestionKind::YesNo, {}, false, true};
    case '5':
        return {QuestionKind::Likert, {}, false, true};
    case 'A':
        return {QuestionKind::Likert, {}, true, true};
    case 'R':
        return {QuestionKind::Ranking, {}, false, false};
    case 'S':
    case 'T':
    case 'U':
        return {QuestionKind::OpenText, {}, false, false};
    case 'G':
        return {std::nullopt,
                QStringLiteral("a gender question: Diwan takes the respondent's demographics from "
                               "their verified profile")};
    case 'X':
        return {std::nullopt, QStringLiteral("a text display, not a question")};
    case '*':
        return {std::nullopt, QStringLiteral("an equation: computed, not asked")};
    case 'K':
        return {std::nullopt, QStringLiteral("multiple numerical input has no Diwan type")};
    case 'N':
        return {std::nullopt, QStringLiteral("numerical input has no Diwan type")};
    case 'Q':
        return {std::nullopt, QStringLiteral("multiple short text has no Diwan type")};
    case 'D':
        return {std::nullopt, QStringLiteral("a date question has no Diwan type")};
    case '|':
        return {std::nullopt, QStringLiteral("a file upload has no Diwan type")};
    case 'I':
        return {std::nullopt, QStringLiteral("a language switch has no Diwan type")};
    default:
        break;
    }
    return {std::nullopt,
            QStringLiteral("LimeSurvey type \"%1\" has no Diwan type").arg(type.left(8))};
}

bool hasExpression(const QString &relevance)
{
    const QString r = relevance.trimmed();
    return !r.isEmpty() && r != QLatin1String("1");
}

} // namespace

QString LimeSurveyImporter::plainText(const QString &html)
{
    static const QRegularExpression scripts(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/?p|/?div|/?li|/?h[1-6])\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\x{000B}\\x{00A0}]+"));
    static const QRegularExpression lines(QStringLiteral("\\s*\\n\\s*"));
    QString text = html;
    text.remove(scripts);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    // Entities last, so that an escaped "&lt;b&gt;" stays text.
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != QLatin1Char('&')) {
            out.append(text.at(i++));
            continue;
        }
        const auto m = numeric.match(text,
                                     i,
                                     QRegularExpression::NormalMatch,
                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            const QString n = m.captured(1);
            bool ok = false;
            const uint code
                = n.startsWith(QLatin1Char('x')) ? n.mid(1).toUInt(&ok, 16) : n.toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                out.append(QString::fromUcs4(&c, 1));
            }
            i = m.capturedEnd();
            continue;
        }
        static const std::pair<const char *, const char *> named[] = {{"&amp;", "&"},
                                                                      {"&lt;", "<"},
                                                                      {"&gt;", ">"},
                                                                      {"&quot;", "\""},
                                                                      {"&#39;", "'"},
                                                                      {"&apos;", "'"},
                                                                      {"&nbsp;", " "}};
        bool done = false;
        for (const auto &[entity, value] : named) {
            const QLatin1String e(entity);
            if (QStringView(text).mid(i).startsWith(e)) {
                out.append(QLatin1String(value));
                i += e.size();
                done = true;
                break;
            }
        }
        if (!done)
            out.append(text.at(i++));
    }
    out.replace(spaces, QStringLiteral(" "));
    out.replace(lines, QStringLiteral("\n"));
    return out.trimmed();
}

LimeSurveyImport LimeSurveyImporter::read(const QByteArray &xml)
{
    LimeSurveyImport result;
    if (xml.size() > MaxFileSize) {
        result.refusal = QStringLiteral("the file is larger than %1 MB: not a survey structure")
                             .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    const Document doc = parse(xml);
    if (!doc.error.isEmpty()) {
        result.refusal = doc.error;
        return result;
    }
    if (doc.docType != QLatin1String("Survey")) {
        result.refusal
            = doc.docType.isEmpty()
                  ? QStringLiteral("not a LimeSurvey survey: no LimeSurveyDocType")
                  : QStringLiteral("a LimeSurvey %1 file, not a survey").arg(doc.docType);
        return result;
    }
    const bool hasArabic = doc.languages.contains(QLatin1String("ar"));
    const bool hasEnglish = doc.languages.contains(QLatin1String("en"));
    if (!hasArabic && !hasEnglish) {
        result.refusal
            = QStringLiteral("the survey has no Arabic or English text (its languages: %1)")
                  .arg(doc.languages.isEmpty() ? QStringLiteral("none")
                                               : doc.languages.join(QStringLiteral(", ")));
        return result;
    }
    for (const QString &language : doc.languages)
        if (language != QLatin1String("ar") && language != QLatin1String("en"))
            result.notImported.append(
                QStringLiteral("language %1: Diwan polls are in Arabic and English").arg(language));

    bool htmlReduced = false;
    auto clean = [&htmlReduced](const QString &text) {
        const QString plain = plainText(text);
        if (plain != text.trimmed())
            htmlReduced = true;
        return plain;
    };

    // Texts: old layouts carry "language" and "question"/"answer" in the row itself, new ones
    // keep them in question_l10ns / answer_l10ns.
    QHash<QString, Texts> questionTexts;     // qid -> language -> text
    QHash<QString, Row> questions;           // qid -> its row (one per qid)
    QHash<QString, QList<QString>> children; // parent qid -> subquestion qids
    for (const char *sectionName : {"questions", "subquestions"}) {
        for (const Row &row : doc.sections.value(QString::fromLatin1(sectionName))) {
            const QString qid = field(row, "qid");
            if (qid.isEmpty())
                continue;
            if (!questions.contains(qid)) {
                questions.insert(qid, row);
                const QString parent = field(row, "parent_qid");
                if (!parent.isEmpty() && parent != QLatin1String("0"))
                    children[parent].append(qid);
            }
            if (row.contains(QStringLiteral("language")))
                questionTexts[qid].insert(field(row, "language"), field(row, "question"));
        }
    }
    for (const Row &row : doc.sections.value(QStringLiteral("question_l10ns")))
        questionTexts[field(row, "qid")].insert(field(row, "language"), field(row, "question"));

    struct Answer
    {
        int scale = 0;
        int order = 0;
        QString code;
        Texts texts;
    };
    QHash<QString, QList<Answer>> answers; // qid -> its answers
    QHash<QString, Texts> answerTexts;     // aid -> language -> text
    for (const Row &row : doc.sections.value(QStringLiteral("answer_l10ns")))
        answerTexts[field(row, "aid")].insert(field(row, "language"), field(row, "answer"));
    for (const Row &row : doc.sections.value(QStringLiteral("answers"))) {
        QList<Answer> &list = answers[field(row, "qid")];
        const QString code = field(row, "code");
        const int scale = number(row, "scale_id");
        auto it = std::find_if(list.begin(), list.end(), [&](const Answer &a) {
            return a.code == code && a.scale == scale;
        });
        if (it == list.end()) {
            list.append({scale, number(row, "sortorder"), code, {}});
            it = list.end() - 1;
        }
        if (row.contains(QStringLiteral("language")))
            it->texts.insert(field(row, "language"), field(row, "answer"));
        else
            it->texts = answerTexts.value(field(row, "aid"));
    }
    QHash<QString, Row> attributes; // qid -> attribute -> value (language-neutral ones)
    for (const Row &row : doc.sections.value(QStringLiteral("question_attributes")))
        if (field(row, "language").isEmpty())
            attributes[field(row, "qid")].insert(field(row, "attribute"), field(row, "value"));

    QHash<QString, int> groupOrder;
    for (const Row &row : doc.sections.value(QStringLiteral("groups")))
        groupOrder.insert(field(row, "gid"), number(row, "group_order"));

    // Groups flatten in their order, questions in theirs within a group.
    QList<Row> top;
    for (const Row &row : std::as_const(questions)) {
        const QString parent = field(row, "parent_qid");
        if (parent.isEmpty() || parent == QLatin1String("0"))
            top.append(row);
    }
    std::sort(top.begin(), top.end(), [&](const Row &a, const Row &b) {
        const auto ka = std::make_tuple(groupOrder.value(field(a, "gid")),
                                        field(a, "gid").toInt(),
                                        number(a, "question_order"),
                                        field(a, "qid").toInt());
        const auto kb = std::make_tuple(groupOrder.value(field(b, "gid")),
                                        field(b, "gid").toInt(),
                                        number(b, "question_order"),
                                        field(b, "qid").toInt());
        return ka < kb;
    });

    auto textsOf = [&](const Texts &texts, QString &ar, QString &en) {
        ar = clean(texts.value(QStringLiteral("ar")));
        en = clean(texts.value(QStringLiteral("en")));
    };

    Poll poll;
    for (const Row &row : doc.sections.value(QStringLiteral("surveys_languagesettings"))) {
        const QString language = field(row, "surveyls_language");
        if (language == QLatin1String("ar")) {
            poll.titleAr = clean(field(row, "surveyls_title"));
            poll.descriptionAr = clean(field(row, "surveyls_description"));
        } else if (language == QLatin1String("en")) {
            poll.titleEn = clean(field(row, "surveyls_title"));
            poll.descriptionEn = clean(field(row, "surveyls_description"));
        }
    }

    int arabicMissing = 0;
    for (const Row &row : top) {
        const QString qid = field(row, "qid");
        const QString code = field(row, "title");
        const QString name = QStringLiteral("question %1").arg(code.isEmpty() ? qid : code);
        const Mapping mapping = mapType(field(row, "type"));
        if (!mapping.kind) {
            result.notImported.append(name + QStringLiteral(": ") + mapping.why);
            continue;
        }
        Question q;
        q.kind = *mapping.kind;
        q.required = field(row, "mandatory") == QLatin1String("Y");
        q.otherOption = field(row, "other") == QLatin1String("Y") && hasOwnOptions(q.kind)
                        && q.kind != QuestionKind::Ranking;
        const Row attrs = attributes.value(qid);
        q.randomOrder = attrs.value(QStringLiteral("random_order")) == QLatin1String("1");
        textsOf(questionTexts.value(qid), q.textAr, q.textEn);
        if (hasExpression(field(row, "relevance")))
            result.notImported.append(
                name
                + QStringLiteral(": its condition \"%1\" is a LimeSurvey expression; the "
                                 "question is imported without it")
                      .arg(field(row, "relevance").trimmed().left(120)));
        if (q.textAr.contains(QLatin1Char('{')) || q.textEn.contains(QLatin1Char('{')))
            result.notes.append(name
                                + QStringLiteral(": its text holds a LimeSurvey expression "
                                                 "in braces, kept as plain text"));
        if (field(row, "type") == QLatin1String("O"))
            result.notImported.append(name
                                      + QStringLiteral(": the comment box of a list with "
                                                       "comment has no Diwan counterpart"));
        if (field(row, "type") == QLatin1String("P"))
            result.notImported.append(name
                                      + QStringLiteral(": the comment boxes of multiple "
                                                       "choice with comments have no Diwan "
                                                       "counterpart"));

        // Options: answers (lists, ranking) or subquestions (multiple choice, old ranking).
        QList<Option> options;
        QList<Answer> own = answers.value(qid);
        std::sort(own.begin(), own.end(), [](const Answer &a, const Answer &b) {
            return std::tie(a.scale, a.order) < std::tie(b.scale, b.order);
        });
        QList<Row> subs;
        for (const QString &sub : children.value(qid))
            subs.append(questions.value(sub));
        std::sort(subs.begin(), subs.end(), [](const Row &a, const Row &b) {
            return std::make_tuple(number(a, "scale_id"), number(a, "question_order"))
                   < std::make_tuple(number(b, "scale_id"), number(b, "question_order"));
        });
        const bool fromSubquestions = q.kind == QuestionKind::Multiple
                                      || (q.kind == QuestionKind::Ranking && own.isEmpty());
        if (!mapping.fixedScale && hasOwnOptions(q.kind)) {
            if (fromSubquestions) {
                for (const Row &sub : subs) {
                    Option o;
                    textsOf(questionTexts.value(field(sub, "qid")), o.textAr, o.textEn);
                    options.append(o);
                }
            } else {
                for (const Answer &a : own) {
                    Option o;
                    textsOf(a.texts, o.textAr, o.textEn);
                    options.append(o);
                }
            }
            if (q.kind == QuestionKind::Multiple) {
                q.minPicks = std::max(0, attrs.value(QStringLiteral("min_answers")).toInt());
                q.maxPicks = std::max(0, attrs.value(QStringLiteral("max_answers")).toInt());
                if (q.maxPicks > options.size())
                    q.maxPicks = 0;
            }
            q.options = options;
        }
        if (mapping.likertRows) {
            // An array of 5-point choices: one agreement question per row.
            if (subs.isEmpty()) {
                result.notImported.append(name + QStringLiteral(": an array without rows"));
                continue;
            }
            for (const Row &sub : subs) {
                Question rowQuestion = q;
                QString ar, en;
                textsOf(questionTexts.value(field(sub, "qid")), ar, en);
                rowQuestion.textAr = q.textAr.isEmpty() ? ar : q.textAr + QStringLiteral(": ") + ar;
                rowQuestion.textEn = q.textEn.isEmpty() ? en : q.textEn + QStringLiteral(": ") + en;
                if (rowQuestion.textAr.trimmed().isEmpty())
                    ++arabicMissing;
                poll.questions.append(rowQuestion);
            }
            continue;
        }
        if (q.textAr.trimmed().isEmpty())
            ++arabicMissing;
        poll.questions.append(q);
    }
    if (!doc.sections.value(QStringLiteral("quota")).isEmpty())
        result.notImported.append(QStringLiteral("quotas (%1): Diwan polls have no quotas")
                                      .arg(doc.sections.value(QStringLiteral("quota")).size()));
    if (!doc.sections.value(QStringLiteral("conditions")).isEmpty())
        result.notImported.append(
            QStringLiteral("conditions (%1): LimeSurvey conditions are not converted; set the "
                           "show-if conditions in the designer")
                .arg(doc.sections.value(QStringLiteral("conditions")).size()));
    for (const char *grouped : {"groups", "group_l10ns"}) {
        for (const Row &row : doc.sections.value(QString::fromLatin1(grouped)))
            if (hasExpression(field(row, "grelevance"))) {
                result.notImported.append(
                    QStringLiteral("group %1: its condition is a LimeSurvey expression; its "
                                   "questions are imported without it")
                        .arg(field(row, "gid")));
                break;
            }
    }

    if (poll.questions.isEmpty()) {
        result.refusal = QStringLiteral("no question could be imported");
        if (!result.notImported.isEmpty())
            result.refusal += QStringLiteral(": ") + result.notImported.join(QStringLiteral("; "));
        result.notImported.clear();
        return result;
    }
    if (htmlReduced)
        result.notes.append(QStringLiteral("HTML in the texts was reduced to plain text"));
    if (!hasArabic || arabicMissing > 0)
        result.notes.append(
            QStringLiteral("no Arabic text for %1 of %2 questions: the poll is a draft until its "
                           "Arabic is written")
                .arg(hasArabic ? arabicMissing : int(poll.questions.size()))
                .arg(poll.questions.size()));
    result.questionsImported = int(poll.questions.size());
    result.poll = poll;
    return result;
}

} // namespace Polls
