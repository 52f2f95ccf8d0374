#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// An opinion poll as the editor designs it: bilingual texts (Arabic required, English flagged
// when missing), who may answer, when, when the public sees results, and an ordered list of
// questions. A plain value: the validator, the JSON and LimeSurvey formats, the service and the
// designer all work on it.
namespace Polls {

enum class QuestionKind {
    Single,   // one option
    Multiple, // between minPicks and maxPicks options
    YesNo,
    Likert,   // five points, strongly agree ... strongly disagree
    Rating,   // 1 to 10
    Ranking,  // the options in the respondent's order
    OpenText, // free text, moderated like a contribution
};

enum class Audience { Everyone, Residents, VerifiedQid };
enum class ResultsVisibility { Live, AfterClosing, Never };

// "Show this question only if question N was answered with option M", N earlier than the
// question itself (indexes into Poll::questions and Question::options).
struct ShowIf
{
    int question = -1;
    int option = -1;
    bool operator==(const ShowIf &) const = default;
};

struct Option
{
    QString textAr;
    QString textEn;
    bool operator==(const Option &) const = default;
};

struct Question
{
    QuestionKind kind = QuestionKind::Single;
    QString textAr;
    QString textEn;
    bool required = true;
    int minPicks = 0;         // multiple choice only
    int maxPicks = 0;         // multiple choice only; 0: up to the number of options
    bool otherOption = false; // "other (please specify)": single and multiple choice
    bool randomOrder = false; // options shown in a random order
    std::optional<ShowIf> showIf;
    QList<Option> options; // single, multiple and ranking only; the others have fixed scales
    bool operator==(const Question &) const = default;
};

struct Poll
{
    QString titleAr;
    QString titleEn;
    QString descriptionAr;
    QString descriptionEn;
    Audience audience = Audience::Everyone;
    QStringList municipalities; // keys of poll_responses.municipality; empty: all
    QStringList ageBands;       // keys of poll_responses.age_band; empty: all
    ResultsVisibility results = ResultsVisibility::AfterClosing;
    QDateTime opensAt;  // UTC; null while not scheduled
    QDateTime closesAt; // UTC
    QList<Question> questions;
    bool operator==(const Poll &) const = default;
};

// The kinds whose options the editor writes (the others have fixed scales).
bool hasOwnOptions(QuestionKind kind);
const QList<QuestionKind> &allKinds();
// Stored and exported keys: "single", "multiple", "yes_no", "likert", "rating", "ranking", "open".
QString key(QuestionKind kind);
std::optional<QuestionKind> kindFromKey(QStringView key);
QString key(Audience audience);
std::optional<Audience> audienceFromKey(QStringView key);
QString key(ResultsVisibility results);
std::optional<ResultsVisibility> resultsFromKey(QStringView key);
// The kind's name in the UI language, as the glossary has it.
QString text(QuestionKind kind);

const QStringList &municipalityKeys();
const QStringList &ageBandKeys();
// A municipality's name in the UI language (the glossary's), from its key.
QString municipalityName(const QString &key);

// Length limits, in characters.
inline constexpr int TitleLimit = 200;
inline constexpr int DescriptionLimit = 2000;
inline constexpr int QuestionLimit = 500;
inline constexpr int OptionLimit = 200;
inline constexpr int QuestionCountLimit = 100;
inline constexpr int OptionCountLimit = 50;

} // namespace Polls
