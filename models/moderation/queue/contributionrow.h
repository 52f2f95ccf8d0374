#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <utility>

// The moderation queue's tabs: which contributions each shows.
enum class ContributionTab {
    Pending,    // waiting for review
    Reported,   // published, with open reports
    AutoHidden, // hidden by their reports, waiting for a moderator
    Hidden,     // hidden by a moderator
    Published,
    Rejected,
    LastTab
};

// The tab's condition on contributions c (" AND ..."): what ContributionLoader reads and what
// ContributionSearch narrows a search to. Here, not in the loader, so that what searches needs
// no thread or model (the fuzz target of the search compiles it alone).
inline QString contributionTabWhere(ContributionTab tab)
{
    switch (tab) {
    case ContributionTab::Pending:
        return QStringLiteral(" AND c.state = 'pending'");
    case ContributionTab::Reported:
        return QStringLiteral(" AND c.state = 'published' AND c.report_count > 0");
    case ContributionTab::AutoHidden:
        // Hidden by definition (the contributions_auto_hidden_is_hidden check, migration 031);
        // with the state named too PostgreSQL's planner expected a twentieth of the rows.
        return QStringLiteral(" AND c.auto_hidden_at IS NOT NULL");
    case ContributionTab::Hidden:
        return QStringLiteral(" AND c.state = 'hidden' AND c.auto_hidden_at IS NULL");
    case ContributionTab::Published:
        return QStringLiteral(" AND c.state = 'published'");
    case ContributionTab::Rejected:
        return QStringLiteral(" AND c.state = 'rejected'");
    case ContributionTab::LastTab:
        break;
    }
    return QStringLiteral(" AND 1 = 0");
}

// One line of the moderation queue, as the loader reads it.
struct ContributionRow
{
    qint64 id = 0;
    QString topicAr;
    QString topicEn;
    QString author;
    QString body;
    QString state;
    QStringList flags; // ContributionFlags codes
    int reportCount = 0;
    // The open reports by reason code, the most frequent first (ties by code).
    QList<std::pair<QString, int>> reasons;
    bool autoHidden = false;
    QDateTime submittedAt;
    int version = 0;
    QVariant key;    // submitted_at exactly as the database gave it, to seek from
    qint64 rank = 0; // the sort's leading key (ContributionFilter)
    qint64 topicId = 0;
    QString authorId;
    qint64 pollResponseId = 0; // an open poll answer: its response (0: a contribution to a topic)
    // The soft claim: who is looking at it (0: nobody, or their look ran out).
    qint64 claimedBy = 0;
    QString claimedByAr;
    QString claimedByEn;
    QDateTime claimedAt;

    // "abusive:2,spam:1" as the loader reads it, in order.
    static QList<std::pair<QString, int>> reasonsOf(const QString &text)
    {
        QList<std::pair<QString, int>> reasons;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
            if (colon > 0)
                reasons.append({part.left(colon), part.mid(colon + 1).toInt()});
        }
        std::sort(reasons.begin(), reasons.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        return reasons;
    }
};

// The sort key of a row: (rank, submitted_at, id), smallest first.
struct ContributionKey
{
    QVariant at;
    qint64 id = 0;
    qint64 rank = 0;
};

Q_DECLARE_METATYPE(ContributionRow)
Q_DECLARE_METATYPE(ContributionKey)
