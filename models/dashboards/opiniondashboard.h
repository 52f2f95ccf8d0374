#pragma once

#include "dashboards/dashboardfilters.h"
#include "dashboards/datatable.h"
#include "db/dberror.h"

#include <QSqlDatabase>

// The Opinion dashboard's figures for one poll question, from the poll rollups by segment only
// (poll_segment_rollup, poll_segment_participation of migration 024: one demographic at a time,
// or 'all'; never a scan of responses or answers, nor of every demographic combination): the
// share of each answer with its 95% Wilson interval, the breakdown by a demographic segment, the
// daily or weekly trend, participation per day, and the comparison of the period's two halves
// with the two-proportion z-test.
//
// What "n" is: the answers to the question for single, yes/no and Likert questions (one per
// respondent); the responses to the poll for multiple choice (the share of respondents who
// picked the option); the answers at rank 1 for ranking (the share ranking the option first);
// the ratings for rating questions (the share giving each value).
namespace OpinionDashboard {

struct Option
{
    qint64 id = 0;
    QString text;
};

struct Question
{
    qint64 id = 0;
    QString kind; // single, multiple, yes_no, likert, rating, ranking, open
    QString text;
    QList<Option> options;
};

struct Poll
{
    qint64 id = 0;
    QString title;
};

// Polls that have responses, open ones first.
DbError polls(const QSqlDatabase &db, QList<Poll> *out);
DbError questions(const QSqlDatabase &db, qint64 pollId, QList<Question> *out);

constexpr qint64 smallSample = 30; // below this many, the dashboard warns

struct Result
{
    Question question;
    qint64 n = 0;
    DataTable results;       // answer, answers, share, lower, upper
    DataTable breakdown;     // segment value, n, then the share of each answer
    DataTable trend;         // period, answer, answers, n, share, lower, upper
    DataTable participation; // day, responses
    DataTable comparison;    // answer, n and share in each half, change, z, p, significant
    QList<DataTable> all() const { return {results, breakdown, trend, participation, comparison}; }
};

// The question is filters.questionId, or the poll's first question with options.
DbError load(const QSqlDatabase &db, const DashboardFilters &filters, Result *out);

// The two halves the comparison uses: [from, mid] and [mid + 1, to].
QPair<QDate, QDate> firstHalf(const DashboardFilters &f);
QPair<QDate, QDate> secondHalf(const DashboardFilters &f);

} // namespace OpinionDashboard
