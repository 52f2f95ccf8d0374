#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// What the moderator narrows a queue tab to, and how it is sorted. Every sort is keyset-paged
// on (rank, submitted_at, id), rank being minus the open reports or minus the automatic flags
// (most first), or 0 for time (oldest first); migration 017 indexes each within a state.
struct ContributionFilter
{
    enum class Sort { Time, Reports, Flags };
    Sort sort = Sort::Time;
    bool pollAnswers = false; // only open poll answers (migration 022)
    qint64 topicId = 0;       // 0: every topic
    QString flag;             // a ContributionFlags code; empty: any
    QString reportReason;     // an open report with this reason; empty: any
    QString authorId;         // empty: any
    qint64 moderatorId = 0;   // who moderated it last; 0: anyone
    QDate from;               // submitted on or after (UTC); null: no bound
    QDate to;                 // submitted on or before (UTC); null: no bound
    bool searching = false;   // only `ids` (the search box's hits, ContributionSearch)
    QList<qint64> ids;

    bool operator==(const ContributionFilter &) const = default;
};

Q_DECLARE_METATYPE(ContributionFilter)
