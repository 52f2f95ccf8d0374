#pragma once

#include "common/itemroles.h"
#include "db/dberror.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

// A small read-only table from one SELECT that is always bounded (LIMIT): overview lists,
// counters and catalogues. Values are formatted at display time through the Presenter, so a
// language or digits change needs no reload. Big scrolling queues use keyset-paged models.
class BoundedQueryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind {
        Text,       // shown as is
        PublicText, // text from the public: controls revealed, isolated
        Name,       // a person's name: isolated with its own direction
        Code,       // reference, QID, phone: isolated left-to-right
        Number,
        DateTime,
        Date,
        DueIn,  // seconds until a deadline: "in 2 d" / "3 h overdue", coloured
        Mapped, // through `map`
    };
    enum Role { RawRole = Qt::UserRole + 1 };

    struct Column
    {
        std::function<QString()> header; // called at display time, so it follows the language
        Kind kind = Kind::Text;
        QString source;        // the name of the SELECT column shown (its alias)
        QString sourceEn = {}; // if set, the column shown in English (bilingual names)
        std::function<QString(const QVariant &)> map = {};
    };

    explicit BoundedQueryModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    // `sql` must end in "LIMIT ?" (bound to `limit`) or aggregate to a bounded result.
    DbError load(const QSqlDatabase &db, const QString &sql, const QVariantList &values, int limit);
    void clear();
    int limit() const { return m_limit; }
    bool isTruncated() const { return m_rows.size() >= m_limit; }
    // The value of the SELECT column named `field` (its alias) in `row`.
    QVariant raw(int row, const QString &field) const;
    // The SELECT column the view's `column` shows.
    QString columnSource(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Language or digits changed: repaint everything.
    void retranslate();

private:
    QString display(const Column &column, const QVariant &value) const;
    const QVariant &valueAt(int row, const Column &column) const;

    QList<Column> m_columns;
    QStringList m_fields; // the SELECT's column names
    QList<QVariantList> m_rows;
    int m_limit = 0;
};
