#pragma once

#include <QString>

#include <cstddef>

// The refusals of one of the website's entry points, as a table: each with the code word the
// website maps to its own sentence and the SQLSTATE (class DW) PostgreSQL raises it with. The
// lookups below read such a table both ways. (moderation/portalentry keeps a table of its own of
// the same shape; it could use these too.)
template<typename Refusal> struct RefusalCode
{
    Refusal refusal;
    const char *code;
    const char *sqlState;
};

namespace RefusalCodes {

template<typename Refusal, std::size_t N>
QString code(const RefusalCode<Refusal> (&codes)[N], Refusal refusal)
{
    for (const RefusalCode<Refusal> &c : codes) {
        if (c.refusal == refusal)
            return QLatin1String(c.code);
    }
    return {};
}

template<typename Refusal, std::size_t N>
QString sqlState(const RefusalCode<Refusal> (&codes)[N], Refusal refusal)
{
    for (const RefusalCode<Refusal> &c : codes) {
        if (c.refusal == refusal)
            return QLatin1String(c.sqlState);
    }
    return {};
}

// Refusal::None when the state is none of the table's.
template<typename Refusal, std::size_t N>
Refusal fromSqlState(const RefusalCode<Refusal> (&codes)[N], const QString &state)
{
    for (const RefusalCode<Refusal> &c : codes) {
        if (state == QLatin1String(c.sqlState))
            return c.refusal;
    }
    return Refusal::None;
}

} // namespace RefusalCodes
