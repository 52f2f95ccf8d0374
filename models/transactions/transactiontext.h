#pragma once

#include <QString>

// How a transaction's history reads, in the UI language.
namespace TransactionText {

// A line of a transaction's history: "Claimed", "Internal note", "In review to Approved".
QString event(const QString &kind, const QString &oldState, const QString &newState);

} // namespace TransactionText
