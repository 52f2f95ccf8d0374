#include "moderation/queue/contributionloader.h"

#include "db/database.h"
#include "db/dialect.h"
#include "moderation/moderationservice.h"

#include <QCoreApplication>
#include <QTimeZone>

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
    m_statements.clear(); // before their connection goes
    if (QSqlDatabase::contains(m_connection))
        Database::close(m_connection);
}

bool ContributionLoader::ensureConnection(quint64 generation)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isValid() && db.isOpen())
        return true;
    m_statements.clear(); // prepared on a connection that is gone
    if (DbError e = Database::cloneConnection(m_source, m_connection); !e.ok()) {
        emit failed(generation, e);
        return false;
    }
    return true;
}

namespace {
// The sort's leading key (0 for time), and its ORDER BY.
QString rankOf(ContributionFilter::Sort sort)
{
    switch (sort) {
    case ContributionFilter::Sort::Reports:
        return QStringLiteral("(-c.report_count)");
    case ContributionFilter::Sort::Flags:
        return QStringLiteral("(-c.flag_count)");
    case ContributionFilter::Sort::Time:
        break;
    }
    return {};
}

QString orderOf(ContributionFilter::Sort sort)
{
    const QString rank = rankOf(sort);
    return (rank.isEmpty() ? QString() : rank + QStringLiteral(", "))
           + QStringLiteral("c.submitted_at, c.id");
}
} // namespace

QString
ContributionLoader::filterWhere(const Dialect &d, const ContributionFilter &f, QVariantList *values)
{
    QString sql;
    if (f.pollAnswers)
        sql += QStringLiteral(" AND c.poll_response_id IS NOT NULL");
    if (f.topicId > 0) {
        sql += QStringLiteral(" AND c.topic_id = ?");
        *values << f.topicId;
    }
    if (!f.flag.isEmpty()) {
        sql += QStringLiteral(" AND (',' || c.auto_flags || ',') LIKE ?");
        *values << QStringLiteral("%,") + f.flag + QStringLiteral(",%");
    }
    if (!f.reportReason.isEmpty()) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM contribution_reports r WHERE "
            "r.contribution_id = c.id AND r.reason = ? AND r.dismissed_at IS NULL)");
        *values << f.reportReason;
    }
    if (!f.authorId.isEmpty()) {
        sql += QStringLiteral(" AND c.author_id = ?");
        *values << f.authorId;
    }
    if (f.moderatorId > 0) {
        sql += QStringLiteral(" AND c.moderated_by = ?");
        *values << f.moderatorId;
    }
    const QString at = d.timestampParam(QStringLiteral("?"));
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND c.submitted_at >= ") + at;
        *values << Database::fromDateTime(f.from.startOfDay(QTimeZone::utc()));
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND c.submitted_at < ") + at;
        *values << Database::fromDateTime(f.to.addDays(1).startOfDay(QTimeZone::utc()));
    }
    if (f.searching) {
        if (f.ids.isEmpty())
            return sql + QStringLiteral(" AND 1 = 0");
        QStringList marks;
        for (const qint64 id : f.ids) {
            marks << QStringLiteral("?");
            *values << id;
        }
        sql += QStringLiteral(" AND c.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    return sql;
}

QString ContributionLoader::pageSql(const Dialect &d, ContributionTab tab, bool seek)
{
    return pageSql(d, contributionTabWhere(tab), ContributionFilter::Sort::Time, seek);
}

QString ContributionLoader::pageSql(const Dialect &d,
                                    const QString &where,
                                    ContributionFilter::Sort sort,
                                    bool seek)
{
    // On PostgreSQL the moments come as epoch milliseconds (no timestamptz parsing per row) and
    // the key as text, exactly as the database has it.
    const QString rank = rankOf(sort);
    const QString columns
        = d.isPostgres()
              ? QStringLiteral("c.id, t.title_ar, t.title_en, c.author_name, c.body, c.state, "
                               "c.auto_flags, c.report_count, c.auto_hidden_at IS NOT NULL, "
                               "CAST(extract(epoch FROM c.submitted_at) * 1000 AS bigint), "
                               "c.version, CAST(c.submitted_at AS text), %1, c.topic_id, "
                               "c.author_id, k.staff_id, ks.display_name_ar, ks.display_name_en, "
                               "CAST(extract(epoch FROM k.claimed_at) * 1000 AS bigint), "
                               "c.poll_response_id, %2")
              : QStringLiteral("c.id, t.title_ar, t.title_en, c.author_name, c.body, c.state, "
                               "c.auto_flags, c.report_count, c.auto_hidden_at IS NOT NULL, "
                               "c.submitted_at, c.version, c.submitted_at, %1, c.topic_id, "
                               "c.author_id, k.staff_id, ks.display_name_ar, ks.display_name_en, "
                               "k.claimed_at, c.poll_response_id, %2");
    // The open reports by reason ("abusive:2,spam:1"), read only for a row that has any: one
    // probe of contribution_reports_idx each.
    const QString reasons
        = QStringLiteral("CASE WHEN c.report_count > 0 THEN (SELECT %1(r.reason || ':' || r.n, "
                         "',') FROM (SELECT reason, count(*) AS n FROM contribution_reports "
                         "WHERE contribution_id = c.id AND dismissed_at IS NULL GROUP BY reason) "
                         "r) END")
              .arg(d.isPostgres() ? QStringLiteral("string_agg") : QStringLiteral("group_concat"));
    const QString ts = d.timestampParam(QStringLiteral("?"));
    QString seekClause;
    if (seek)
        seekClause
            = rank.isEmpty()
                  ? QStringLiteral(" AND (c.submitted_at, c.id) >= (%1, ?)").arg(ts)
                  : QStringLiteral(" AND (%1, c.submitted_at, c.id) >= (?, %2, ?)").arg(rank, ts);
    return QStringLiteral("SELECT ")
           + columns.arg(rank.isEmpty() ? QStringLiteral("0") : rank, reasons)
           + QStringLiteral(" FROM contributions c JOIN topics t ON t.id = c.topic_id "
                            "LEFT JOIN contribution_claims k ON k.contribution_id = c.id "
                            "LEFT JOIN staff ks ON ks.id = k.staff_id WHERE 1 = 1")
           + where + seekClause + QStringLiteral(" ORDER BY ") + orderOf(sort)
           + QStringLiteral(" LIMIT ?");
}

QString ContributionLoader::bookmarkSql(const Dialect &d, ContributionTab tab)
{
    return bookmarkSql(d, contributionTabWhere(tab), ContributionFilter::Sort::Time);
}

QString ContributionLoader::bookmarkSql(const Dialect &d,
                                        const QString &where,
                                        ContributionFilter::Sort sort)
{
    const QString key = d.isPostgres() ? QStringLiteral("CAST(c.submitted_at AS text)")
                                       : QStringLiteral("c.submitted_at");
    const QString rank = rankOf(sort);
    return QStringLiteral("SELECT k, id, rank FROM (SELECT %1 AS k, c.id AS id, %4 AS rank, "
                          "row_number() OVER (ORDER BY %3) AS rn FROM contributions c "
                          "WHERE 1 = 1%2) b WHERE (rn - 1) % ? = 0 ORDER BY rn")
        .arg(key, where, orderOf(sort), rank.isEmpty() ? QStringLiteral("0") : rank);
}

QList<ContributionRow>
ContributionLoader::readPage(quint64 generation, const ContributionKey *from, bool *ok)
{
    *ok = false;
    QList<ContributionRow> rows;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Dialect d = Dialect::of(db);
    QVariantList values;
    const QString filter = filterWhere(d, m_filter, &values);
    if (from) {
        if (m_filter.sort != ContributionFilter::Sort::Time)
            values << from->rank;
        values << from->at << from->id;
    }
    values << m_pageSize;
    DbError e;
    QSqlQuery *page = m_statements.exec(
        m_connection,
        pageSql(d, contributionTabWhere(m_tab) + filter, m_filter.sort, from != nullptr),
        values,
        &e);
    if (!page) {
        emit failed(generation, e);
        return rows;
    }
    QSqlQuery &q = *page;
    // PostgreSQL's epoch milliseconds may come as a number or, under a high-precision policy,
    // as its digits; SQLite's moments are ISO text.
    const auto moment = [](const QVariant &at) {
        bool number = false;
        const qint64 ms = at.toLongLong(&number);
        return number ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : Database::toDateTime(at);
    };
    const QDateTime lookRanOut
        = QDateTime::currentDateTimeUtc().addSecs(-60 * ModerationService::claimMinutes);
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
        r.submittedAt = moment(q.value(9));
        r.version = q.value(10).toInt();
        r.key = q.value(11).toString();
        r.rank = q.value(12).toLongLong();
        r.topicId = q.value(13).toLongLong();
        r.authorId = q.value(14).toString();
        r.pollResponseId = q.value(19).toLongLong();
        r.reasons = ContributionRow::reasonsOf(q.value(20).toString());
        // An open poll answer has no author's name (migration 022): it says what it is.
        if (r.pollResponseId > 0 && r.author.isEmpty())
            r.author = QCoreApplication::translate("ContributionLoader", "Poll respondent");
        if (!q.value(15).isNull()) {
            r.claimedAt = moment(q.value(18));
            if (r.claimedAt > lookRanOut) {
                r.claimedBy = q.value(15).toLongLong();
                r.claimedByAr = q.value(16).toString();
                r.claimedByEn = q.value(17).toString();
            }
        }
        rows << r;
    }
    q.finish(); // the result goes, the prepared statement stays
    *ok = true;
    return rows;
}

void ContributionLoader::start(quint64 generation,
                               ContributionTab tab,
                               const ContributionFilter &filter)
{
    m_generation = generation;
    m_tab = tab;
    m_filter = filter;
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
                  + contributionTabWhere(ContributionTab(t))
                  + QStringLiteral(" LIMIT ?) AS capped"));
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
                                 : QList<ContributionKey>{
                                     {first.first().key, first.first().id, first.first().rank}});
        return;
    }
    QVariantList values;
    const QString filtered = contributionTabWhere(tab) + filterWhere(d, filter, &values);
    q.prepare(QStringLiteral("SELECT count(*) FROM contributions c WHERE 1 = 1") + filtered);
    if (DbError e = Database::exec(q, values); !e.ok() || !q.next()) {
        emit failed(generation, e.ok() ? DbError::fromSql(q.lastError()) : e);
        return;
    }
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    emit counted(generation, count);
    if (m_latest.loadAcquire() != generation)
        return;
    q.prepare(bookmarkSql(d, filtered, filter.sort));
    if (DbError e = Database::exec(q, values << m_pageSize); !e.ok()) {
        emit failed(generation, e);
        return;
    }
    QList<ContributionKey> bookmarks;
    bookmarks.reserve(int(count / m_pageSize) + 1);
    while (q.next())
        bookmarks << ContributionKey{
            q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
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
