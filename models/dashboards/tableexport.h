#pragma once

#include "dashboards/datatable.h"

#include <functional>

// A dashboard's tables as files other programs open: CSV in UTF-8 with a byte-order mark (so that
// spreadsheet programs read the Arabic), and XLSX through libxlsxwriter with numbers as numbers,
// dates as dates, shares as percentages, a sheet per table, right to left when Arabic. The XLSX
// streams row by row (constant memory), so a long table does not grow the process.
namespace TableExport {

// Told how far it got; returns false to cancel (the file is then removed).
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct Result
{
    bool ok = false;
    bool cancelled = false;
    QString error;
};

// Text of a cell as CSV writes it: numbers with a dot and no grouping, dates ISO.
QString csvCell(const QVariant &value);

Result writeCsv(const DataTable &table, const QString &path, const Progress &progress = {});
// `heading` (the filters, in words) is written above the first table.
Result writeXlsx(const QList<DataTable> &tables,
                 const QString &path,
                 const QString &heading,
                 bool rightToLeft,
                 const Progress &progress = {});

} // namespace TableExport
