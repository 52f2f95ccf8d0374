#include "polls/typorule.h"

#include <QList>

#include <algorithm>

namespace Polls::TypoRule {

namespace {

QList<uint> characters(const QString &text)
{
    return text.toUcs4();
}

uint asciiDigit(uint c)
{
    if (c >= 0x0660 && c <= 0x0669)
        return uint('0') + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9)
        return uint('0') + (c - 0x06F0);
    return c;
}

QList<QList<uint>> digitRuns(const QString &text)
{
    QList<QList<uint>> runs;
    bool inRun = false;
    for (uint c : characters(text)) {
        const uint d = asciiDigit(c);
        if (d >= uint('0') && d <= uint('9')) {
            if (!inRun)
                runs.append(QList<uint>());
            runs.last().append(d);
            inRun = true;
        } else {
            inRun = false;
        }
    }
    return runs;
}

bool isBlank(const QString &text)
{
    // As btrim(text, ' \t\r\n') in SQL.
    for (QChar c : text)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r')
            && c != QLatin1Char('\n'))
            return false;
    return true;
}

} // namespace

int limitFor(const QString &oldText)
{
    return std::clamp(int(characters(oldText).size()) / 10, 2, 6);
}

int editDistance(const QString &a, const QString &b)
{
    const QList<uint> x = characters(a);
    const QList<uint> y = characters(b);
    QList<int> prev(y.size() + 1);
    QList<int> cur(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

Verdict check(const QString &oldText, const QString &newText)
{
    Verdict v;
    v.limit = limitFor(oldText);
    if (isBlank(oldText))
        return v;
    v.numbersChanged = digitRuns(oldText) != digitRuns(newText);
    v.distance = editDistance(oldText, newText);
    v.allowed = !v.numbersChanged && v.distance <= v.limit;
    return v;
}

} // namespace Polls::TypoRule
