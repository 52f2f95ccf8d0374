#include "dashboards/tableexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace TableExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableExport", text);
}

qint64 totalRows(const QList<DataTable> &tables)
{
    qint64 n = 0;
    for (const DataTable &t : tables)
        n += t.rows.size();
    return n;
}

} // namespace

QString csvCell(const QVariant &value)
{
    QString text;
    switch (value.metaType().id()) {
    case QMetaType::Double:
        text = QString::number(value.toDouble(), 'g', 12);
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::UnknownType:
        break;
    default:
        text = value.toString();
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

Result writeCsv(const DataTable &table, const QString &path, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, false, file.errorString()};
    file.write("\xEF\xBB\xBF"); // UTF-8 byte-order mark
    QStringList header;
    for (const QString &c : table.columns)
        header << csvCell(c);
    file.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    const qint64 total = table.rows.size();
    for (qint64 i = 0; i < total; ++i) {
        QStringList cells;
        for (const QVariant &v : table.rows.at(i))
            cells << csvCell(v);
        file.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
        if (progress && (i % 1000 == 0) && !progress(i, total)) {
            file.cancelWriting();
            return {false, true, {}};
        }
    }
    if (!file.commit())
        return {false, false, file.errorString()};
    if (progress)
        progress(total, total);
    return {true, false, {}};
}

Result writeXlsx(const QList<DataTable> &tables,
                 const QString &path,
                 const QString &heading,
                 bool rightToLeft,
                 const Progress &progress)
{
    const QByteArray file = QFile::encodeName(path);
    QByteArray tmp = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmp.data();
    lxw_workbook *book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return {false, false, tr("The file could not be created: %1").arg(path)};
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *decimal = workbook_add_format(book);
    format_set_num_format(decimal, "0.0000");
    const qint64 total = totalRows(tables);
    qint64 done = 0;
    bool cancelled = false;
    for (const DataTable &t : tables) {
        if (cancelled)
            break;
        lxw_worksheet *sheet = workbook_add_worksheet(book, t.key.left(31).toUtf8().constData());
        if (!sheet)
            continue;
        if (rightToLeft)
            worksheet_right_to_left(sheet);
        worksheet_set_column(sheet, 0, lxw_col_t(std::max(0, t.columnCount() - 1)), 18, nullptr);
        lxw_row_t row = 0;
        if (&t == &tables.first() && !heading.isEmpty())
            worksheet_write_string(sheet, row++, 0, heading.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, row++, 0, t.title.toUtf8().constData(), bold);
        if (!t.note.isEmpty())
            worksheet_write_string(sheet, row++, 0, t.note.toUtf8().constData(), nullptr);
        for (int c = 0; c < t.columnCount(); ++c)
            worksheet_write_string(
                sheet, row, lxw_col_t(c), t.columns.at(c).toUtf8().constData(), bold);
        ++row;
        for (const QVariantList &r : t.rows) {
            for (int c = 0; c < r.size(); ++c) {
                const QVariant &v = r.at(c);
                const lxw_col_t col = lxw_col_t(c);
                switch (v.metaType().id()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                    worksheet_write_number(sheet, row, col, v.toDouble(), nullptr);
                    break;
                case QMetaType::Double:
                    worksheet_write_number(
                        sheet, row, col, v.toDouble(), t.isPercent(c) ? percent : decimal);
                    break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, row, col, &when, date);
                    break;
                }
                case QMetaType::UnknownType:
                    break;
                default:
                    worksheet_write_string(
                        sheet, row, col, v.toString().toUtf8().constData(), nullptr);
                }
            }
            ++row;
            ++done;
            if (progress && done % 1000 == 0 && !progress(done, total)) {
                cancelled = true;
                break;
            }
        }
    }
    const lxw_error e = workbook_close(book);
    if (cancelled) {
        QFile::remove(path);
        return {false, true, {}};
    }
    if (e != LXW_NO_ERROR)
        return {false, false, QString::fromUtf8(lxw_strerror(e))};
    if (progress)
        progress(total, total);
    return {true, false, {}};
}

} // namespace TableExport
