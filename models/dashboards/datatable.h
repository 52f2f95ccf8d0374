#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The numbers behind one chart, as its table view, the CSV and the XLSX show them: a title, the
// column headers and the rows (text as QString, counts as qint64, shares and p-values as double).
// A chart is drawn from the same table, so that every figure has one source.
struct DataTable
{
    DataTable() = default;
    DataTable(const QString &key,
              const QString &title,
              const QString &description,
              const QStringList &columns)
        : key(key)
        , title(title)
        , description(description)
        , columns(columns)
    {}

    QString key;         // stable name, for files and accessibility: "opinion-results"
    QString title;       // in the UI language
    QString description; // what it shows, for screen readers and the PDF
    QStringList columns;
    QList<QVariantList> rows;
    QString note;              // a warning the reader must see (small samples), or empty
    QList<int> percentColumns; // doubles that are shares (0..1), shown as percentages
    bool hijri = false;        // dates labelled in the Hijri calendar (DashboardFilters::hijri)

    int columnCount() const { return int(columns.size()); }
    bool isEmpty() const { return rows.isEmpty(); }
    bool isPercent(int column) const { return percentColumns.contains(column); }
};
