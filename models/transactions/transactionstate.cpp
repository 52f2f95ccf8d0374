#include "transactions/transactionstate.h"

#include <QCoreApplication>
#include <QStringList>

namespace TransactionStates {

namespace {

struct Info
{
    TransactionState state;
    const char *key;
    const char *text;
};

// QT_TRANSLATE_NOOP: the names are translated where they are shown (text()).
constexpr Info infos[] = {
    {TransactionState::Submitted, "submitted", QT_TRANSLATE_NOOP("TransactionState", "Submitted")},
    {TransactionState::InReview, "in_review", QT_TRANSLATE_NOOP("TransactionState", "In review")},
    {TransactionState::AwaitingApplicant,
     "awaiting_applicant",
     QT_TRANSLATE_NOOP("TransactionState", "Awaiting documents")},
    {TransactionState::Escalated, "escalated", QT_TRANSLATE_NOOP("TransactionState", "Escalated")},
    {TransactionState::Approved, "approved", QT_TRANSLATE_NOOP("TransactionState", "Approved")},
    {TransactionState::Rejected, "rejected", QT_TRANSLATE_NOOP("TransactionState", "Rejected")},
    {TransactionState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("TransactionState", "Withdrawn")},
};

const Info &info(TransactionState state)
{
    return infos[static_cast<int>(state)];
}

} // namespace

const QList<TransactionState> &all()
{
    static const QList<TransactionState> states = [] {
        QList<TransactionState> list;
        for (const Info &i : infos)
            list << i.state;
        return list;
    }();
    return states;
}

QString key(TransactionState state)
{
    return QString::fromLatin1(info(state).key);
}

std::optional<TransactionState> fromKey(QStringView key)
{
    for (const Info &i : infos)
        if (key == QLatin1String(i.key))
            return i.state;
    return std::nullopt;
}

QString text(TransactionState state)
{
    return QCoreApplication::translate("TransactionState", info(state).text);
}

QString text(const QString &key)
{
    const auto state = fromKey(key);
    return state ? text(*state) : key;
}

bool isOpen(TransactionState state)
{
    return state == TransactionState::Submitted || state == TransactionState::InReview
           || state == TransactionState::AwaitingApplicant || state == TransactionState::Escalated;
}

bool isOpen(QStringView key)
{
    const auto state = fromKey(key);
    return state && isOpen(*state);
}

bool isDecided(TransactionState state)
{
    return state == TransactionState::Approved || state == TransactionState::Rejected;
}

bool isDecided(QStringView key)
{
    const auto state = fromKey(key);
    return state && isDecided(*state);
}

bool isUndecided(TransactionState state)
{
    return state == TransactionState::Submitted || state == TransactionState::InReview;
}

bool isUndecided(QStringView key)
{
    const auto state = fromKey(key);
    return state && isUndecided(*state);
}

QList<TransactionState> openStates()
{
    QList<TransactionState> states;
    for (TransactionState s : all())
        if (isOpen(s))
            states << s;
    return states;
}

QList<TransactionState> undecidedStates()
{
    QList<TransactionState> states;
    for (TransactionState s : all())
        if (isUndecided(s))
            states << s;
    return states;
}

bool canChange(TransactionState from, TransactionState to)
{
    using S = TransactionState;
    switch (from) {
    case S::Submitted:
        return to == S::InReview || to == S::Withdrawn || to == S::Escalated;
    case S::InReview:
        return to == S::AwaitingApplicant || to == S::Approved || to == S::Rejected
               || to == S::Escalated || to == S::Withdrawn || to == S::Submitted;
    case S::AwaitingApplicant:
        return to == S::InReview || to == S::Withdrawn;
    case S::Escalated:
        return to == S::InReview || to == S::Approved || to == S::Rejected || to == S::Withdrawn;
    case S::Approved:
    case S::Rejected:
    case S::Withdrawn:
        return false;
    }
    return false;
}

QString sqlList(const QList<TransactionState> &states)
{
    QStringList quoted;
    for (TransactionState s : states)
        quoted << QLatin1Char('\'') + key(s) + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace TransactionStates
