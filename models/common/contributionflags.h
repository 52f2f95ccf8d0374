#pragma once

#include "db/dberror.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The automatic flags a contribution gets when it arrives, each a code a moderator sees as a
// badge saying why it fired. PostgreSQL computes the same in diwan.contribution_flags (migration
// 013) for the portal's entry point; tst_contributionflags checks both against
// resources/moderation/flag_cases.tsv. Codes, in this order:
//   abuse  a word of the moderators' list (blocked_words), matched on matchKey()
//   link   a web address (http://, www., or a name under a common top-level domain)
//   email  an e-mail address
//   phone  a Qatari or international phone number (digits may be spaced, dashed, Arabic-Indic)
//   qid    an 11-digit Qatar ID number starting with 2 or 3
//   bidi   invisible characters: bidi controls, zero-width characters, soft hyphen
//   lookalike  a word mixing scripts: Cyrillic or Greek letters posing as Latin or Arabic ones
//              (migration 021)
// and, last, one that needs the other contributions (PortalEntry and diwan.submit_contribution
// add it, with the contribution it resembles; Similarity computes it):
//   duplicate  the same or nearly the same text in the topic or from the same author
namespace ContributionFlags {

// Text as the abusive-word list is matched against: ArabicText::normalize, then only letters
// (Latin a-z, Arabic) and digits kept, then each run of one repeated character made one
// ("ح ـمـــار", "حمااار" and "حَمار" all give "حمار"). A word matches anywhere in it.
QString matchKey(QStringView text);

// True when a word of the normalised text (a run of Latin, Greek, Cyrillic or Arabic letters)
// mixes Cyrillic or Greek letters with Latin or Arabic ones, or Cyrillic with Greek: "pаypal"
// with a Cyrillic a. A wholly Russian or Greek word, or Arabic next to Latin ("الiphone"), is not.
bool hasLookalike(QStringView normalized);

// The flags of `body`, given the match keys of the blocked words.
QStringList compute(const QString &body, const QStringList &blockedWordKeys);

// A passage of the body that made a flag fire: (start, length) in the QString given to
// evidence(), the characters the normaliser dropped inside it included ("غــبي" whole for
// the key "غبي"). For abuse, the match key of the list's word it matched.
struct Hit
{
    int start = 0;
    int length = 0;
    QString wordKey;
    bool operator==(const Hit &) const = default;
};

// Why one flag fired: every passage that fires it, in the order of the text (abuse: word by word
// of the list, each in the order of the text).
struct Evidence
{
    QString flag;
    QList<Hit> hits;
};

// Why each flag of compute(body, blockedWordKeys) fires: the same flags in the same order, each
// with at least one passage of `body`. The passages are found on the same normalised text and
// match key as compute(), each character of which remembers the characters of `body` it came
// from (tatweel, diacritics, spaces and repeated letters dropped inside a match are covered by
// it). Links are widened to the whole address ("www.offers.qa", not "s.qa ").
QList<Evidence> evidence(const QString &body, const QStringList &blockedWordKeys);

// As stored in contributions.auto_flags: comma-separated, in the order above.
inline QString join(const QStringList &flags)
{
    return flags.join(QLatin1Char(','));
}

// SQLite: registers diwan_normalize(text) (ArabicText::normalize) and
// diwan_contribution_flags(body, keys) (compute(), the blocked words' match keys one a line) on a
// connection, so that migration 022's trigger flags an open poll answer as PostgreSQL does.
// Database::open calls it for every SQLite connection.
DbError installSqlite(QSqlDatabase &db);

// The longest contribution the portal accepts, in characters (diwan.contribution_max_length).
constexpr int MaxLength = 2000;

} // namespace ContributionFlags
