#pragma once

#include <QString>

// What a text revision of an approved poll may change: a typo, nothing more (a bigger change is
// a new version of the poll). The same rule as diwan.typo_refusal (migration 023), which the
// database applies on PostgreSQL; this one applies it on SQLite and lets the designer say so
// before saving:
//   * a text that was blank (an English text added later) may be written freely;
//   * otherwise the runs of digits (Arabic-Indic and Eastern digits read as 0-9) stay the same;
//   * and the Levenshtein distance in characters is at most clamp(length(old) / 10, 2, 6).
namespace Polls::TypoRule {

struct Verdict
{
    bool allowed = true;
    bool numbersChanged = false;
    int distance = 0; // the Levenshtein distance, in characters (code points)
    int limit = 0;    // the most this text may change
};

int limitFor(const QString &oldText);
int editDistance(const QString &a, const QString &b);
Verdict check(const QString &oldText, const QString &newText);

// The SQLSTATE both databases report a refused revision with.
inline constexpr char RefusalCode[] = "DW211";

} // namespace Polls::TypoRule
