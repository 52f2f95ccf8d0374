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
