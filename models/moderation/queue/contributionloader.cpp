#include "moderation/queue/contributionloader.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QSqlError>
#include <QSqlQuery>

ContributionLoader::ContributionLoader(const QString &sourceConnection, int pageSize)
    : m_source(sourceConnection)
    , m_connection(Database::uniqueConnectionName(QStringLiteral("contribution-loader")))
    , m_pageSize(pageSize)
{
    qRegisterMetaType<ContributionRow>();
    qRegisterMetaType<ContributionKey>();
    qRegisterMetaType<QList<ContributionRow>>();
    qRegisterMetaType<QList<ContributionKey>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<ContributionTab>();
    qRegisterMetaType<DbError>();
}

ContributionLoader::~ContributionLoader() = default;

void ContributionLoader::shutdown()
{
    if (QSqlDatabase::contains(m_connection))
        Database::close(m_connection);
}

bool ContributionLoader::ensureConnection(quint64 generation)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isValid() && db.isOpen())
        return true;
    if (DbError e = Database::cloneConnection(m_source, m_connection); !e.ok()) {
        emit failed(generation, e);
        return false;
    }
    return true;
}

QString ContributionLoader::where(ContributionTab tab)
{
    switch (tab) {
    case ContributionTab::Pending:
        return QStringLiteral(" AND c.state = 'pending'");
    case ContributionTab::Reported:
        return QStringLiteral(" AND c.state = 'published' AND c.report_count > 0");
    case ContributionTab::AutoHidden:
        return QStringLiteral(" AND c.state = 'hidden' AND c.auto_hidden_at IS NOT NULL");
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

QString ContributionLoader::pageSql(const Dialect &d, ContributionTab tab, bool seek)
{
    // On PostgreSQL the moment comes as epoch milliseconds (no timestamptz parsing per row) and
    // the key as text, exactly as the database has it.
    const QString columns
        = d.isPostgres()
              ? QStringLiteral("c.id, t.title_ar, t.title_en, c.author_name, c.body, c.state, "
                               "c.auto_flags, c.report_count, c.auto_hidden_at IS NOT NULL, "
                               "CAST(extract(epoch FROM c.submitted_at) * 1000 AS bigint), "
                               "c.version, CAST(c.submitted_at AS text)")
              : QStringLiteral("c.id, t.title_ar, t.title_en, c.author_name, c.body, c.state, "
                               "c.auto_flags, c.report_count, c.auto_hidden_at IS NOT NULL, "
                               "c.submitted_at, c.version, c.submitted_at");
    const QString seekClause = seek ? QStringLiteral(" AND (c.submitted_at, c.id) >= (%1, ?)")
                                          .arg(d.timestampParam(QStringLiteral("?")))
                                    : QString();
    return QStringLiteral("SELECT ") + columns
           + QStringLiteral(" FROM contributions c JOIN topics t ON t.id = c.topic_id WHERE 1 = 1")
           + where(tab) + seekClause + QStringLiteral(" ORDER BY c.submitted_at, c.id LIMIT ?");
}

QString ContributionLoader::bookmarkSql(const Dialect &d, ContributionTab tab)
{
    const QString key = d.isPostgres() ? QStringLiteral("CAST(c.submitted_at AS text)")
                                       : QStringLiteral("c.submitted_at");
    return QStringLiteral("SELECT k, id FROM (SELECT %1 AS k, c.id AS id, row_number() OVER "
                          "(ORDER BY c.submitted_at, c.id) AS rn FROM contributions c "
                          "WHERE 1 = 1%2) b WHERE (rn - 1) % ? = 0 ORDER BY rn")
        .arg(key, where(tab));
}

QList<ContributionRow>
ContributionLoader::readPage(quint64 generation, const ContributionKey *from, bool *ok)
{
    *ok = false;
    QList<ContributionRow> rows;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Dialect d = Dialect::of(db);
    QVariantList values;
    if (from)
        values << from->at << from->id;
    values << m_pageSize;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(pageSql(d, m_tab, from != nullptr));
    if (DbError e = Database::exec(q, values); !e.ok()) {
        emit failed(generation, e);
        return rows;
    }
    rows.reserve(m_pageSize);
    while (q.next()) {
        ContributionRow r;
        r.id = q.value(0).toLongLong();
        r.topicAr = q.value(1).toString();
        r.topicEn = q.value(2).toString();
        r.author = q.value(3).toString();
        r.body = q.value(4).toString();
        r.state = q.value(5).toString();
        r.flags = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.reportCount = q.value(7).toInt();
        r.autoHidden = q.value(8).toBool();
        const QVariant at = q.value(9);
        r.submittedAt = at.typeId() == QMetaType::LongLong
                            ? QDateTime::fromMSecsSinceEpoch(at.toLongLong(), Qt::UTC)
                            : Database::toDateTime(at);
        r.version = q.value(10).toInt();
        r.key = q.value(11).toString();
        rows << r;
    }
    *ok = true;
    return rows;
}

void ContributionLoader::start(quint64 generation, ContributionTab tab)
{
    m_generation = generation;
    m_tab = tab;
    if (!ensureConnection(generation))
        return;
    bool ok = false;
    const QList<ContributionRow> first = readPage(generation, nullptr, &ok);
    if (!ok)
        return;
    emit pageLoaded(generation, 0, first);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Dialect d = Dialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Every tab's count, each stopping at CountCap.
    QList<qint64> counts;
    for (int t = 0; t < int(ContributionTab::LastTab); ++t) {
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM contributions c WHERE 1 = 1")
                  + where(ContributionTab(t)) + QStringLiteral(" LIMIT ?) AS capped"));
        if (DbError e = Database::exec(q, {CountCap}); !e.ok() || !q.next()) {
            emit failed(generation, e.ok() ? DbError::fromSql(q.lastError()) : e);
            return;
        }
        counts << q.value(0).toLongLong();
        q.finish();
    }
    emit tabsCounted(generation, counts);
    if (m_latest.loadAcquire() != generation)
        return;
    if (first.size() < m_pageSize) {
        emit counted(generation, first.size());
        emit bookmarksLoaded(generation,
                             first.isEmpty()
                                 ? QList<ContributionKey>{}
                                 : QList<ContributionKey>{{first.first().key, first.first().id}});
        return;
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM contributions c WHERE 1 = 1") + where(tab));
    if (DbError e = Database::exec(q); !e.ok() || !q.next()) {
        emit failed(generation, e.ok() ? DbError::fromSql(q.lastError()) : e);
        return;
    }
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    emit counted(generation, count);
    if (m_latest.loadAcquire() != generation)
        return;
    q.prepare(bookmarkSql(d, tab));
    if (DbError e = Database::exec(q, {m_pageSize}); !e.ok()) {
        emit failed(generation, e);
        return;
    }
    QList<ContributionKey> bookmarks;
    bookmarks.reserve(int(count / m_pageSize) + 1);
    while (q.next())
        bookmarks << ContributionKey{q.value(0).toString(), q.value(1).toLongLong()};
    emit bookmarksLoaded(generation, bookmarks);
}

void ContributionLoader::loadPage(quint64 generation, int page, const ContributionKey &from)
{
    if (generation != m_generation || m_latest.loadAcquire() != generation)
        return;
    if (!ensureConnection(generation))
        return;
    bool ok = false;
    const QList<ContributionRow> rows = readPage(generation, &from, &ok);
    if (ok)
        emit pageLoaded(generation, page, rows);
}
