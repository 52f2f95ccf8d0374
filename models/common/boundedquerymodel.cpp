#include "common/boundedquerymodel.h"

#include "common/arabictext.h"
#include "common/presenter.h"
#include "db/database.h"

#include <QSqlQuery>
#include <QSqlRecord>

BoundedQueryModel::BoundedQueryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BoundedQueryModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

DbError BoundedQueryModel::load(const QSqlDatabase &db,
                                const QString &sql,
                                const QVariantList &values,
                                int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return DbError::fromSql(q.lastError());
    QVariantList binds = values;
    if (sql.contains(QLatin1String("LIMIT ?")))
        binds << limit;
    if (DbError e = Database::exec(q, binds); !e.ok())
        return e;
    QList<QVariantList> rows;
    const QSqlRecord record = q.record();
    const int n = record.count();
    QStringList fields;
    for (int i = 0; i < n; ++i)
        fields << record.fieldName(i);
    while (q.next() && rows.size() < limit) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        rows << row;
    }
    beginResetModel();
    m_fields = std::move(fields);
    m_rows = std::move(rows);
    m_limit = limit;
    endResetModel();
    return {};
}

void BoundedQueryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QVariant BoundedQueryModel::raw(int row, const QString &field) const
{
    const qsizetype column = m_fields.indexOf(field);
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
}

QString BoundedQueryModel::columnSource(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).source : QString();
}

int BoundedQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoundedQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString BoundedQueryModel::display(const Column &column, const QVariant &value) const
{
    const Presenter &p = Presenter::current();
    if (value.isNull())
        return {};
    switch (column.kind) {
    case Kind::Text:
        return value.toString();
    case Kind::PublicText:
        return ArabicText::revealControls(value.toString().simplified());
    case Kind::Name:
        return ArabicText::isolate(value.toString());
    case Kind::Code:
        return p.code(value.toString());
    case Kind::Number:
        return p.number(value.toLongLong());
    case Kind::DateTime:
        return p.dateTime(Database::toDateTime(value));
    case Kind::Date:
        return p.date(Database::toDateTime(value).toTimeZone(Presenter::timeZone()).date());
    case Kind::DueIn:
        return p.countdown(value.toLongLong());
    case Kind::Mapped:
        return column.map ? column.map(value) : value.toString();
    }
    return value.toString();
}

const QVariant &BoundedQueryModel::valueAt(int row, const Column &column) const
{
    static const QVariant none;
    const QVariantList &values = m_rows.at(row);
    const qsizetype source = m_fields.indexOf(
        !column.sourceEn.isEmpty() && !Presenter::current().isArabic() ? column.sourceEn
                                                                       : column.source);
    return source >= 0 && source < values.size() ? values.at(source) : none;
}

QVariant BoundedQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_columns.at(index.column());
    const QVariant &value = valueAt(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        return display(column, value);
    case Qt::ToolTipRole:
        return column.kind == Kind::PublicText ? display(column, value) : QVariant();
    case RawRole:
        return value;
    case Qt::TextAlignmentRole:
        // Numbers line up by their units in either direction: digits run left to right.
        if (column.kind == Kind::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        return {};
    case ItemRoles::Urgency:
        if (column.kind == Kind::DueIn && !value.isNull()) {
            const qint64 s = value.toLongLong();
            if (s < 0)
                return int(ItemRoles::UrgencyLevel::Overdue);
            if (s < ItemRoles::dueSoonSeconds)
                return int(ItemRoles::UrgencyLevel::DueSoon);
        }
        return int(ItemRoles::UrgencyLevel::None);
    default:
        return {};
    }
}

QVariant BoundedQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0
        || section >= m_columns.size())
        return {};
    return m_columns.at(section).header ? m_columns.at(section).header() : QString();
}

void BoundedQueryModel::retranslate()
{
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
}
