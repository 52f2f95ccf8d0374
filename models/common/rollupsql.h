#pragma once

#include <QString>
#include <QStringList>

// A rollup table as the GROUP BY over the raw rows it must equal, and the one definition of the
// poll rollups (migration 016), shared by the two work areas that need it: Polls::PollRollup (the
// seeder's load, the tests' comparisons) and the dashboards' Rollups (`diwan-admin rollup`, its
// `--check`). Work areas may not include each other, hence here.
//
// poll_rollup counts answers by (poll, question, option_id, value_int, day, gender, age band,
// nationality group, municipality), with option_id = coalesce(poll_answers.option_id, 0) and
// value_int = coalesce(poll_answers.value_int, 0); poll_participation counts responses by (poll,
// day, demographics). `day` is the date in Asia/Qatar time (UTC+3 all year since 1972).
namespace RollupSql {

struct Definition
{
    QString table;           // the rollup
    QStringList keys;        // its grouping columns, in order
    QStringList expressions; // what each key is over the raw rows
    QString value;           // its counted column
    QString from;            // the raw rows (with a WHERE of their own if need be)
    QString count = QStringLiteral("count(*)");
};

// The Asia/Qatar day of a timestamp column (text YYYY-MM-DD on SQLite).
QString qatarDay(bool postgres, const QString &column);

// poll_rollup over poll_answers a JOIN poll_responses r; poll_participation over poll_responses r.
Definition pollAnswers(bool postgres);
Definition pollParticipation(bool postgres);

// SELECT <expression> AS <key>, ..., <count> AS <value> FROM <from> [WHERE|AND <where>]
// GROUP BY 1, ..., n: the rollup's columns in order.
QString groupBy(const Definition &d, const QString &where = {});
// INSERT INTO <table> (<keys>, <value>) <groupBy(d, where)>: filling an empty rollup.
QString insert(const Definition &d, const QString &where = {});

} // namespace RollupSql
