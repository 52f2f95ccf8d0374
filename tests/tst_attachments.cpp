#include "administration/staffadmin.h"
#include "auth/session.h"
#include "db/database.h"
#include "demo/seeder.h"
#include "fixtures.h"
#include "httptestserver.h"
#include "shell/languagemanager.h"
#include "testdatabase.h"
#include "transactions/attachmentpanel.h"
#include "transactions/attachments/attachmentfetcher.h"
#include "transactions/attachments/attachmentreview.h"
#include "transactions/transactionservice.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

namespace {

using Error = AttachmentFetchResult::Error;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray resource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray fileBytes(const QString &path)
{
    return resource(path);
}

// The files in a cache folder (verified copies and partial downloads alike).
QStringList cacheFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

// Attachments: fetched from a real HTTP server on loopback, verified before anything is shown,
// cached with a bound; reviewed in one database transaction; shown in the Documents panel.
class TestAttachments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // The fetcher against the test server.
    void goodFileIsVerifiedAndCached();
    void wrongChecksumIsRefused();
    void failuresSayWhy_data();
    void failuresSayWhy();
    void refusedConnection();
    void redirectsAreLimited();
    void slowServerTimesOut_data();
    void slowServerTimesOut();
    void largerThanTheRowIsAborted_data();
    void largerThanTheRowIsAborted();
    void cancelLeavesNothing();
    void cacheHitWithoutServerReverifies();
    void corruptedCacheIsRefetched();
    void cacheEvictsLeastRecentlyUsed();
    void largeFileStreams();

    // Review, over SQLite and PostgreSQL.
    void acceptWritesRowAndEvent_data() { TestDatabase::addRows(); }
    void acceptWritesRowAndEvent();
    void rejectNeedsAReason_data() { TestDatabase::addRows(); }
    void rejectNeedsAReason();
    void staleVersionConflicts_data() { TestDatabase::addRows(); }
    void staleVersionConflicts();
    void onlyTheHolderReviews_data() { TestDatabase::addRows(); }
    void onlyTheHolderReviews();
    void noReviewAfterTheDecision_data() { TestDatabase::addRows(); }
    void noReviewAfterTheDecision();
    void demoAttachmentsVerify_data() { TestDatabase::addRows(); }
    void demoAttachmentsVerify();

    // The panel, offscreen.
    void panelPreviewsVerifiedDocuments_data() { TestDatabase::addRows(); }
    void panelPreviewsVerifiedDocuments();

private:
    AttachmentFetchResult fetch(const AttachmentInfo &info,
                                QList<QPair<qint64, qint64>> *progress = nullptr,
                                int timeoutMs = 15000);
    AttachmentInfo
    serve(const QString &path, const QByteArray &bytes, HttpTestServer::Route route = {});

    struct Fixture
    {
        std::unique_ptr<TestDatabase> db;
        qint64 clerk = 0;
        qint64 other = 0;
        QString clerkConnection;
        QString otherConnection;
        TransactionService::Claim claim;
        QList<qint64> attachments; // passport_copy, personal_photo
        // The clerks' connections (and the statements kept on them) go before the database.
        ~Fixture()
        {
            Database::close(clerkConnection);
            Database::close(otherConnection);
        }
    };
    bool setUp(Fixture &f);
    qint64 scalar(Fixture &f, const QString &sql);
    QVariantList row(Fixture &f, const QString &sql);

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<AttachmentFetcher> m_fetcher;
};

void TestAttachments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->start());
}

void TestAttachments::init()
{
    if (!m_server->isListening())
        QVERIFY(m_server->start(m_server->port()));
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_fetcher = std::make_unique<AttachmentFetcher>();
    m_fetcher->setCacheDirectory(m_cache->path() + QStringLiteral("/attachments"));
    m_fetcher->setAllowedSchemes({QStringLiteral("http"), QStringLiteral("qrc")});
}

void TestAttachments::cleanup()
{
    m_fetcher.reset();
    m_cache.reset();
}

AttachmentFetchResult TestAttachments::fetch(const AttachmentInfo &info,
                                             QList<QPair<qint64, qint64>> *progress,
                                             int timeoutMs)
{
    QSignalSpy finished(m_fetcher.get(), &AttachmentFetcher::finished);
    QMetaObject::Connection c;
    if (progress)
        c = connect(m_fetcher.get(),
                    &AttachmentFetcher::progress,
                    this,
                    [progress](qint64 received, qint64 total) {
                        progress->append({received, total});
                    });
    m_fetcher->fetch(info);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        qWarning("no finished() within %d ms", timeoutMs);
    disconnect(c);
    if (finished.size() != 1)
        return {};
    return finished.at(0).at(0).value<AttachmentFetchResult>();
}

AttachmentInfo
TestAttachments::serve(const QString &path, const QByteArray &bytes, HttpTestServer::Route route)
{
    route.body = bytes;
    m_server->setRoute(path, route);
    static qint64 id = 0;
    return {++id,
            m_server->url(path),
            sha256(bytes),
            bytes.size(),
            QStringLiteral("application/octet-stream"),
            path.mid(1)};
}

void TestAttachments::goodFileIsVerifiedAndCached()
{
    HttpTestServer::Route slowly;
    slowly.chunkSize = 32 * 1024;
    slowly.delayBetweenChunksMs = 5;
    const QByteArray bytes = randomBytes(300 * 1024, 1);
    const AttachmentInfo info = serve(QStringLiteral("/good.bin"), bytes, slowly);
    QList<QPair<qint64, qint64>> progress;
    const AttachmentFetchResult r = fetch(info, &progress);
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char(' ') + r.detail));
    QCOMPARE(r.attachmentId, info.id);
    QCOMPARE(r.error, Error::None);
    QVERIFY(!r.fromCache);
    // The file handed over is exactly what the server sent, kept under its checksum.
    QCOMPARE(fileBytes(r.localPath), bytes);
    QCOMPARE(r.localPath, m_fetcher->cachePath(info.sha256));
    QCOMPARE(cacheFiles(m_fetcher->cacheDirectory()), QStringList{info.sha256});
    // The clerk saw it arrive.
    QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last(), qMakePair(qint64(bytes.size()), qint64(bytes.size())));
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first >= progress.at(i - 1).first);

    // The demo documents come from the application's own resources the same way.
    const QByteArray card = resource(QStringLiteral(":/demo/documents/id_card.jpg"));
    QVERIFY(card.size() > 1000);
    const AttachmentFetchResult demo
        = fetch({77,
                 QUrl(QStringLiteral("qrc:/demo/documents/id_card.jpg")),
                 sha256(card),
                 card.size(),
                 QStringLiteral("image/jpeg"),
                 QStringLiteral("id_card.jpg")});
    QVERIFY2(demo.ok, qPrintable(demo.detail));
    QCOMPARE(fileBytes(demo.localPath), card);
}

void TestAttachments::wrongChecksumIsRefused()
{
    const QByteArray bytes = randomBytes(50 * 1024, 2);
    AttachmentInfo info = serve(QStringLiteral("/tampered.bin"), bytes);
    info.sha256 = sha256("what the applicant really uploaded");
    const AttachmentFetchResult r = fetch(info);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, Error::ChecksumMismatch);
    QCOMPARE(r.message, AttachmentFetcher::errorMessage(Error::ChecksumMismatch));
    QVERIFY(r.message.contains(QStringLiteral("does not match")));
    QVERIFY(r.localPath.isEmpty());
    // Nothing kept: no cache entry, no partial file.
    QCOMPARE(cacheFiles(m_fetcher->cacheDirectory()), QStringList());
    QCOMPARE(m_server->requests(QStringLiteral("/tampered.bin")), 1);
}

void TestAttachments::failuresSayWhy_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("sha");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("words");
    const QString any = sha256("x");
    QTest::newRow("404") << 404 << "http" << any << int(Error::NotFound) << "no such file";
    QTest::newRow("410") << 410 << "http" << any << int(Error::NotFound) << "no such file";
    QTest::newRow("500") << 500 << "http" << any << int(Error::HttpError) << "HTTP 500";
    QTest::newRow("503") << 503 << "http" << any << int(Error::HttpError) << "HTTP 503";
    QTest::newRow("file scheme") << 200 << "file" << any << int(Error::UnsupportedScheme)
                                 << "cannot be opened";
    QTest::newRow("ftp scheme") << 200 << "ftp" << any << int(Error::UnsupportedScheme)
                                << "cannot be opened";
    QTest::newRow("no checksum") << 200 << "http"
                                 << "not-a-hash" << int(Error::BadRecord) << "no valid checksum";
    // An error page of 4 MiB is dropped as it comes, not kept in memory or on disk.
    QTest::newRow("404 large page")
        << 404 << "http" << any << int(Error::NotFound) << "no such file";
}

void TestAttachments::failuresSayWhy()
{
    QFETCH(int, status);
    QFETCH(QString, scheme);
    QFETCH(QString, sha);
    QFETCH(int, error);
    QFETCH(QString, words);
    HttpTestServer::Route route;
    route.status = status;
    const QString path = QStringLiteral("/status-%1-%2").arg(status).arg(QTest::currentDataTag());
    const QByteArray page = QByteArray(QTest::currentDataTag()).contains("large")
                                ? randomBytes(4 * 1024 * 1024, 15)
                                : QByteArray("body of an error page");
    AttachmentInfo info
        = serve(QString(path).replace(QLatin1Char(' '), QLatin1Char('-')), page, route);
    info.sha256 = sha;
    info.url.setScheme(scheme);
    const AttachmentFetchResult r = fetch(info);
    QVERIFY(!r.ok);
    QCOMPARE(int(r.error), error);
    QVERIFY2(r.message.contains(words), qPrintable(r.message));
    QCOMPARE(cacheFiles(m_fetcher->cacheDirectory()), QStringList());
}

void TestAttachments::refusedConnection()
{
    const quint16 port = HttpTestServer::unusedPort();
    QVERIFY(port);
    const AttachmentFetchResult r = fetch(
        {1, QUrl(QStringLiteral("http://127.0.0.1:%1/x.pdf").arg(port)), sha256("x"), 1, {}, {}});
    QVERIFY(!r.ok);
    QCOMPARE(r.error, Error::Refused);
    QVERIFY2(r.message.contains(QStringLiteral("refused the connection")), qPrintable(r.message));
}

void TestAttachments::redirectsAreLimited()
{
    const QByteArray bytes = randomBytes(10 * 1024, 14);
    const AttachmentInfo target = serve(QStringLiteral("/target.pdf"), bytes);
    HttpTestServer::Route moved;
    moved.status = 302;
    moved.location = m_server->url(QStringLiteral("/target.pdf")).toEncoded();
    AttachmentInfo info = serve(QStringLiteral("/moved.pdf"), {}, moved);
    info.sha256 = target.sha256;
    info.size = target.size;
    const AttachmentFetchResult r = fetch(info);
    QVERIFY2(r.ok, qPrintable(r.detail));
    QCOMPARE(fileBytes(r.localPath), bytes);

    // A redirect loop ends after a few hops with a clear message.
    HttpTestServer::Route loop;
    loop.status = 302;
    loop.location = m_server->url(QStringLiteral("/loop.pdf")).toEncoded();
    info = serve(QStringLiteral("/loop.pdf"), {}, loop);
    info.sha256 = sha256("x");
    const AttachmentFetchResult l = fetch(info);
    QCOMPARE(l.error, Error::HttpError);
    QVERIFY(!l.message.isEmpty());
    // The first request and 3 redirects; under load one more request can reach the server
    // before Qt reports the limit. The point is that the loop ends.
    QVERIFY2(m_server->requests(QStringLiteral("/loop.pdf")) <= 5,
             qPrintable(QString::number(m_server->requests(QStringLiteral("/loop.pdf")))));
}

void TestAttachments::slowServerTimesOut_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("between");
    QTest::addColumn<int>("total");
    QTest::newRow("silent before answering") << 4000 << 0 << 0;
    QTest::newRow("stalls in the middle") << 0 << 4000 << 0;
    // Never silent long enough for the transfer timeout, but over the whole deadline.
    QTest::newRow("trickles past the deadline") << 0 << 150 << 1200;
}

void TestAttachments::slowServerTimesOut()
{
    QFETCH(int, before);
    QFETCH(int, between);
    QFETCH(int, total);
    HttpTestServer::Route route;
    route.delayBeforeHeadersMs = before;
    route.chunkSize = 1024;
    route.delayBetweenChunksMs = between;
    const QString path = QStringLiteral("/slow-%1-%2").arg(before).arg(between);
    const AttachmentInfo info = serve(path, randomBytes(40 * 1024, 3), route);
    m_fetcher->setTransferTimeout(600);
    if (total)
        m_fetcher->setTotalTimeout(total);
    const AttachmentFetchResult r = fetch(info);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, Error::Timeout);
    QVERIFY2(r.message.contains(QStringLiteral("too long")), qPrintable(r.message));
    // Diwan gave up and hung up while the server was still sending: it did not wait it out.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->hangups(path), 1, 30000);
    QCOMPARE(m_server->completed(path), 0);
    QCOMPARE(cacheFiles(m_fetcher->cacheDirectory()), QStringList());
}

void TestAttachments::largerThanTheRowIsAborted_data()
{
    QTest::addColumn<qint64>("announced");
    QTest::addColumn<int>("error");
    // Says so in its headers: refused before the body.
    QTest::newRow("Content-Length larger") << qint64(-1) << int(Error::TooLarge);
    // Says nothing: refused as soon as the bytes pass the row's size.
    QTest::newRow("no Content-Length") << qint64(-2) << int(Error::TooLarge);
    // Lies (announces the row's size): the bytes that arrive are not the row's file.
    QTest::newRow("Content-Length lies") << qint64(20 * 1024) << int(Error::ChecksumMismatch);
    // Lies, but what it announces is the file: the rest is not read, the file verifies.
    QTest::newRow("extra bytes after the file") << qint64(20 * 1024) << int(Error::None);
}

void TestAttachments::largerThanTheRowIsAborted()
{
    QFETCH(qint64, announced);
    QFETCH(int, error);
    const QByteArray real = randomBytes(20 * 1024, 4);
    // The server sends 2 MiB slowly (about 2.5 s in all) where the row says 20 KiB.
    HttpTestServer::Route route;
    route.announcedLength = announced;
    route.chunkSize = 16 * 1024;
    route.delayBetweenChunksMs = 20;
    const QString path
        = QStringLiteral("/big-%1.jpg").arg(QTest::currentDataTag()).replace(u' ', u'-');
    const QByteArray head = error == int(Error::None) ? real : randomBytes(real.size(), 6);
    AttachmentInfo info = serve(path, head + randomBytes(2 * 1024 * 1024, 5), route);
    info.sha256 = sha256(real);
    info.size = real.size();
    QList<QPair<qint64, qint64>> progress;
    const AttachmentFetchResult r = fetch(info, &progress);
    QCOMPARE(int(r.error), error);
    if (r.ok) {
        QCOMPARE(fileBytes(r.localPath), real);
        return;
    }
    QVERIFY(!r.message.isEmpty());
    // Stopped early (hung up while the server was still sending), never past the row's size,
    // nothing kept.
    for (const auto &p : std::as_const(progress))
        QVERIFY(p.first <= info.size);
    QCOMPARE(cacheFiles(m_fetcher->cacheDirectory()), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->hangups(path), 1, 30000);
    QCOMPARE(m_server->completed(path), 0);
}

void TestAttachments::cancelLeavesNothing()
{
    HttpTestServer::Route route;
    route.chunkSize = 8 * 1024;
    route.delayBetweenChunksMs = 50;
    const AttachmentInfo info
        = serve(QStringLiteral("/cancel.pdf"), randomBytes(400 * 1024, 6), route);
    QSignalSpy progress(m_fetcher.get(), &AttachmentFetcher::progress);
    QSignalSpy finished(m_fetcher.get(), &AttachmentFetcher::finished);
    m_fetcher->fetch(info);
    QVERIFY(progress.wait(5000));
    QVERIFY(m_fetcher->isBusy());
    m_fetcher->cancel();
    QCOMPARE(finished.size(), 1);
    const auto r = finished.at(0).at(0).value<AttachmentFetchResult>();
    QCOMPARE(r.error, Error::Cancelled);
    QCOMPARE(r.attachmentId, info.id);
    QVERIFY(!m_fetcher->isBusy());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1); // nothing more arrives
    QCOMPARE(cacheFiles(m_fetcher->cacheDirectory()), QStringList());

    // A new fetch cancels the running one and reports both.
    finished.clear();
    m_fetcher->fetch(info);
    QVERIFY(progress.wait(5000));
    const AttachmentInfo small = serve(QStringLiteral("/small.jpg"), randomBytes(1000, 7));
    m_fetcher->fetch(small);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(0).at(0).value<AttachmentFetchResult>().error, Error::Cancelled);
    QCOMPARE(finished.at(1).at(0).value<AttachmentFetchResult>().attachmentId, small.id);
    QVERIFY(finished.at(1).at(0).value<AttachmentFetchResult>().ok);
}

void TestAttachments::cacheHitWithoutServerReverifies()
{
    const QByteArray bytes = randomBytes(64 * 1024, 8);
    const AttachmentInfo info = serve(QStringLiteral("/cached.jpg"), bytes);
    QVERIFY(fetch(info).ok);
    QCOMPARE(m_server->requests(QStringLiteral("/cached.jpg")), 1);

    // The document store is gone: the verified copy is still there.
    m_server->stop();
    AttachmentFetchResult r = fetch(info);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.fromCache);
    QCOMPARE(fileBytes(r.localPath), bytes);

    // The copy is hashed again before use: a changed byte, and it is dropped; without a server
    // the clerk hears why, and sees nothing.
    {
        QFile f(m_fetcher->cachePath(info.sha256));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(1000);
        f.write("X");
    }
    r = fetch(info);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, Error::Refused);
    QVERIFY(!QFile::exists(m_fetcher->cachePath(info.sha256)));
}

void TestAttachments::corruptedCacheIsRefetched()
{
    const QByteArray bytes = randomBytes(64 * 1024, 9);
    const AttachmentInfo info = serve(QStringLiteral("/refetch.pdf"), bytes);
    QVERIFY(fetch(info).ok);
    {
        QFile f(m_fetcher->cachePath(info.sha256));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // truncated on disk
        f.write(bytes.left(100));
    }
    const AttachmentFetchResult r = fetch(info);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(!r.fromCache);
    QCOMPARE(m_server->requests(QStringLiteral("/refetch.pdf")), 2);
    QCOMPARE(fileBytes(r.localPath), bytes);
}

void TestAttachments::cacheEvictsLeastRecentlyUsed()
{
    m_fetcher->setCacheLimit(250 * 1024);
    const AttachmentInfo a = serve(QStringLiteral("/a.jpg"), randomBytes(100 * 1024, 10));
    const AttachmentInfo b = serve(QStringLiteral("/b.jpg"), randomBytes(100 * 1024, 11));
    const AttachmentInfo c = serve(QStringLiteral("/c.jpg"), randomBytes(100 * 1024, 12));
    QVERIFY(fetch(a).ok);
    QTest::qWait(30);
    QVERIFY(fetch(b).ok);
    QTest::qWait(30);
    QVERIFY(fetch(a).fromCache); // a is used again: b is now the least recently used
    QTest::qWait(30);
    QVERIFY(fetch(c).ok);
    QVERIFY(QFile::exists(m_fetcher->cachePath(a.sha256)));
    QVERIFY(!QFile::exists(m_fetcher->cachePath(b.sha256)));
    QVERIFY(QFile::exists(m_fetcher->cachePath(c.sha256)));
    qint64 total = 0;
    for (const QString &name : cacheFiles(m_fetcher->cacheDirectory()))
        total += QFileInfo(QDir(m_fetcher->cacheDirectory()).filePath(name)).size();
    QVERIFY(total <= m_fetcher->cacheLimit());
}

void TestAttachments::largeFileStreams()
{
    // 24 MiB through loopback: streamed to disk and hashed on the way.
    const QByteArray bytes = randomBytes(24 * 1024 * 1024, 13);
    HttpTestServer::Route route;
    route.chunkSize = 1024 * 1024;
    const AttachmentInfo info = serve(QStringLiteral("/large.pdf"), bytes, route);
    QElapsedTimer timer;
    timer.start();
    const AttachmentFetchResult r = fetch(info, nullptr, 60000);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok, qPrintable(r.message + QLatin1Char(' ') + r.detail));
    QCOMPARE(QFileInfo(r.localPath).size(), bytes.size());
    qInfo("24 MiB fetched, hashed and stored in %lld ms (%.0f MiB/s)",
          ms,
          24.0 * 1000.0 / double(std::max<qint64>(ms, 1)));
    timer.restart();
    const AttachmentFetchResult again = fetch(info);
    QVERIFY(again.fromCache);
    qInfo("cache hit re-verified in %lld ms", timer.elapsed());
}

// ---- review

bool TestAttachments::setUp(Fixture &f)
{
    QSqlDatabase db = f.db->db();
    const bool seeded
        = Fixtures::service(db,
                            {.code = QStringLiteral("residence_renewal"),
                             .nameAr = QStringLiteral("x"),
                             .nameEn = QStringLiteral("Residence permit renewal")})
          && Fixtures::document(db,
                                {.service = QStringLiteral("residence_renewal"),
                                 .code = QStringLiteral("passport_copy"),
                                 .nameAr = QStringLiteral("\u0635\u0648\u0631\u0629 "
                                                          "\u062c\u0648\u0627\u0632 "
                                                          "\u0627\u0644\u0633\u0641\u0631"),
                                 .nameEn = QStringLiteral("Passport copy"),
                                 .position = 1})
          && Fixtures::document(db,
                                {.service = QStringLiteral("residence_renewal"),
                                 .code = QStringLiteral("personal_photo"),
                                 .nameAr = QStringLiteral("\u0635\u0648\u0631\u0629 "
                                                          "\u0634\u062e\u0635\u064a\u0629"),
                                 .nameEn = QStringLiteral("Personal photo"),
                                 .position = 2});
    const qint64 transaction
        = seeded ? Fixtures::transaction(db,
                                         {.reference = QStringLiteral("MOI-2026-0000042"),
                                          .service = QStringLiteral("residence_renewal"),
                                          .applicantName = QStringLiteral("Amal"),
                                          .language = QStringLiteral("en"),
                                          .submittedAt = Fixtures::utc(2026, 11, 20),
                                          .dueAt = Fixtures::utc(2030, 11, 21)})
                 : 0;
    if (!transaction)
        return false;
    for (const char *code : {"passport_copy", "personal_photo"}) {
        const QString c = QLatin1String(code);
        if (!Fixtures::attachment(db,
                                  {.transactionId = transaction,
                                   .documentCode = c,
                                   .fileName = c + QStringLiteral(".jpg"),
                                   .url = QStringLiteral("http://127.0.0.1:9/") + c,
                                   .sha256 = sha256(code),
                                   .sizeBytes = 1000,
                                   .mimeType = QStringLiteral("image/jpeg")}))
            return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id FROM attachments ORDER BY id"));
    while (q.next())
        f.attachments << q.value(0).toLongLong();
    const QString clerkLogin = f.db->uniqueLogin(QStringLiteral("clerk"));
    const QString otherLogin = f.db->uniqueLogin(QStringLiteral("other"));
    for (auto [login, id] : {std::pair{clerkLogin, &f.clerk}, std::pair{otherLogin, &f.other}}) {
        if (!StaffAdmin::createStaff(
                 db, {login, QString(), QString(), Role::Clerk, QStringLiteral("password-123")}, id)
                 .ok())
            return false;
        if (!Fixtures::staffServices(db, *id))
            return false;
    }
    f.clerkConnection = Database::uniqueConnectionName(QStringLiteral("review"));
    f.otherConnection = Database::uniqueConnectionName(QStringLiteral("review-other"));
    if (!signIn(f.db->profileFor(clerkLogin),
                clerkLogin,
                QStringLiteral("password-123"),
                f.clerkConnection)
             .error.ok()
        || !signIn(f.db->profileFor(otherLogin),
                   otherLogin,
                   QStringLiteral("password-123"),
                   f.otherConnection)
                .error.ok())
        return false;
    QSqlDatabase clerkDb = QSqlDatabase::database(f.clerkConnection);
    return TransactionService::takeNext(clerkDb, f.clerk, &f.claim).ok() && f.claim.id
           && f.attachments.size() == 2;
}

qint64 TestAttachments::scalar(Fixture &f, const QString &sql)
{
    QSqlQuery q(f.db->db());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QVariantList TestAttachments::row(Fixture &f, const QString &sql)
{
    QSqlQuery q(f.db->db());
    QVariantList values;
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return values;
    }
    for (int i = 0; i < q.record().count(); ++i)
        values << q.value(i);
    return values;
}

#define DIWAN_FIXTURE(f)                                                                           \
    DIWAN_OPEN_DB(t, true);                                                                        \
    Fixture f;                                                                                     \
    f.db = std::move(t);                                                                           \
    QVERIFY(setUp(f))

void TestAttachments::acceptWritesRowAndEvent()
{
    DIWAN_FIXTURE(f);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    QList<AttachmentReview::Attachment> list;
    QVERIFY(AttachmentReview::list(db, f.claim.id, QStringLiteral("en"), &list).ok());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).documentName, QStringLiteral("Passport copy"));
    QCOMPARE(list.at(0).reviewState, QStringLiteral("pending"));
    QVERIFY(AttachmentReview::list(db, f.claim.id, QStringLiteral("ar"), &list).ok());
    QCOMPARE(list.at(1).documentName,
             QString::fromUtf16(u"\u0635\u0648\u0631\u0629 \u0634\u062e\u0635\u064a\u0629"));

    const int version = list.at(0).version;
    int newVersion = 0;
    const DbError e = AttachmentReview::review(
        db, f.clerk, list.at(0).id, version, true, QString(), &newVersion);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(newVersion, version + 1);
    const QVariantList a = row(f,
                               QStringLiteral("SELECT review_state, reviewed_by, version FROM "
                                              "attachments WHERE id = %1")
                                   .arg(list.at(0).id));
    QCOMPARE(a.value(0).toString(), QStringLiteral("accepted"));
    QCOMPARE(a.value(1).toLongLong(), f.clerk);
    QCOMPARE(a.value(2).toInt(), newVersion);
    const QVariantList event = row(f,
                                   QStringLiteral("SELECT staff_id, note FROM transaction_events "
                                                  "WHERE kind = 'document_accepted'"));
    QCOMPARE(event.value(0).toLongLong(), f.clerk);
    QCOMPARE(event.value(1).toString(), QStringLiteral("Passport copy (passport_copy.jpg)"));
    // The transaction itself and the other document are as they were.
    QCOMPARE(
        scalar(f, QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(f.claim.id)),
        qint64(f.claim.version));
    QCOMPARE(
        scalar(f,
               QStringLiteral("SELECT count(*) FROM attachments WHERE review_state = 'pending'")),
        qint64(1));
}

void TestAttachments::rejectNeedsAReason()
{
    DIWAN_FIXTURE(f);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    const qint64 id = f.attachments.at(1);
    const DbError e = AttachmentReview::review(db, f.clerk, id, 1, false, QStringLiteral("  "));
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QCOMPARE(AttachmentReview::userMessage(e), QStringLiteral("Say why the document is rejected."));
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind LIKE "
                                   "'document%'")),
             qint64(0));
    QVERIFY(AttachmentReview::review(db, f.clerk, id, 1, false, QStringLiteral("Face not visible"))
                .ok());
    QCOMPARE(row(f, QStringLiteral("SELECT review_state FROM attachments WHERE id = %1").arg(id))
                 .value(0)
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(
        row(f,
            QStringLiteral("SELECT note FROM transaction_events WHERE kind = 'document_rejected'"))
            .value(0)
            .toString(),
        QStringLiteral("Personal photo (personal_photo.jpg): Face not visible"));
}

void TestAttachments::staleVersionConflicts()
{
    DIWAN_FIXTURE(f);
    // The same document open in two windows of the same clerk: one review wins.
    const QString second = Database::uniqueConnectionName(QStringLiteral("review-second"));
    QVERIFY(Database::cloneConnection(f.clerkConnection, second).ok());
    {
        QSqlDatabase one = QSqlDatabase::database(f.clerkConnection);
        QSqlDatabase two = QSqlDatabase::database(second);
        const qint64 id = f.attachments.at(0);
        QVERIFY(AttachmentReview::review(one, f.clerk, id, 1, true, {}).ok());
        const DbError e
            = AttachmentReview::review(two, f.clerk, id, 1, false, QStringLiteral("blurred"));
        QCOMPARE(e.kind, DbError::Kind::Conflict);
        QVERIFY(AttachmentReview::userMessage(e).contains(QStringLiteral("in the meantime")));
        QCOMPARE(scalar(f,
                        QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind LIKE "
                                       "'document%'")),
                 qint64(1));
        QCOMPARE(row(f,
                     QStringLiteral("SELECT review_state, version FROM attachments WHERE id = %1")
                         .arg(id)),
                 (QVariantList{QStringLiteral("accepted"), 2}));
    }
    Database::close(second);
}

void TestAttachments::onlyTheHolderReviews()
{
    DIWAN_FIXTURE(f);
    QSqlDatabase other = QSqlDatabase::database(f.otherConnection);
    const qint64 id = f.attachments.at(0);
    const DbError e = AttachmentReview::review(other, f.other, id, 1, true, {});
    QCOMPARE(e.kind, DbError::Kind::Conflict);
    QVERIFY(AttachmentReview::userMessage(e).contains(QStringLiteral("no longer assigned to you")));
    const auto unchanged = [&] {
        QCOMPARE(row(f,
                     QStringLiteral("SELECT review_state, reviewed_by, version FROM attachments "
                                    "WHERE id = %1")
                         .arg(id))
                     .value(0)
                     .toString(),
                 QStringLiteral("pending"));
        QCOMPARE(scalar(f,
                        QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind LIKE "
                                       "'document%'")),
                 qint64(0));
    };
    unchanged();
    if (!f.db->isPostgres())
        return;
    // The database itself refuses: no clerk writes a table, and the other clerk's call of the
    // review function is refused because they do not hold the transaction.
    QSqlQuery q(other);
    QVERIFY(!q.exec(QStringLiteral("UPDATE attachments SET review_state = 'accepted', "
                                   "reviewed_by = %1 WHERE id = %2")
                        .arg(f.other)
                        .arg(id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO transaction_events (transaction_id, staff_id, "
                                   "kind) VALUES (%1, %2, 'document_accepted')")
                        .arg(f.claim.id)
                        .arg(f.other)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    const QString call
        = QStringLiteral("SELECT diwan.review_document(%1, 1, true, '', 'en')").arg(id);
    QVERIFY(!q.exec(call));
    QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("is not held by you")),
             qPrintable(q.lastError().text()));
    unchanged();
    // The same call as the holder reviews it: the refusal above is about who asks.
    QSqlQuery mine(QSqlDatabase::database(f.clerkConnection));
    QVERIFY2(mine.exec(call) && mine.next(), qPrintable(mine.lastError().text()));
    QCOMPARE(mine.value(0).toInt(), 2);
}

void TestAttachments::noReviewAfterTheDecision()
{
    DIWAN_FIXTURE(f);
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    TransactionService::Decision approve;
    approve.action = TransactionService::Decision::Action::Approve;
    QVERIFY(TransactionService::decide(db, f.clerk, f.claim.id, f.claim.version, approve).ok());
    const qint64 id = f.attachments.at(1);
    const DbError e = AttachmentReview::review(db, f.clerk, id, 1, false, QStringLiteral("late"));
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QVERIFY(AttachmentReview::userMessage(e).contains(QStringLiteral("decision")));
    QCOMPARE(row(f, QStringLiteral("SELECT review_state FROM attachments WHERE id = %1").arg(id))
                 .value(0)
                 .toString(),
             QStringLiteral("pending"));
    if (!f.db->isPostgres())
        return;
    // The review function refuses the holder too, once the transaction is decided.
    QSqlQuery q(db);
    QVERIFY(!q.exec(
        QStringLiteral("SELECT diwan.review_document(%1, 1, false, 'late', 'en')").arg(id)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("23514"));
    QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("no longer open for review")),
             qPrintable(q.lastError().text()));
    QCOMPARE(row(f, QStringLiteral("SELECT review_state FROM attachments WHERE id = %1").arg(id))
                 .value(0)
                 .toString(),
             QStringLiteral("pending"));
}

void TestAttachments::demoAttachmentsVerify()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    Seeder::Options o;
    o.transactions = 300;
    o.seed = 7;
    o.now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    o.profile = t->profile();
    o.password = t->password();
    QElapsedTimer timer;
    timer.start();
    const DbError e = Seeder::seed(db, o);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    qInfo("seeded 300 transactions in %lld ms", timer.elapsed());

    // Every row names a sample shipped with Diwan, with its real size; all but the few
    // deliberately corrupted rows carry its real checksum.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id, url, sha256, size_bytes, mime_type, file_name FROM "
                                  "attachments ORDER BY id")));
    QList<AttachmentInfo> good;
    QList<AttachmentInfo> corrupted;
    QSet<QString> urls;
    while (q.next()) {
        const AttachmentInfo info{q.value(0).toLongLong(),
                                  QUrl(q.value(1).toString()),
                                  q.value(2).toString(),
                                  q.value(3).toLongLong(),
                                  q.value(4).toString(),
                                  q.value(5).toString()};
        QVERIFY2(info.url.scheme() == QLatin1String("qrc"), qPrintable(info.url.toString()));
        const QByteArray bytes = resource(QLatin1Char(':') + info.url.path());
        QVERIFY2(!bytes.isEmpty(), qPrintable(info.url.toString()));
        QCOMPARE(info.size, bytes.size());
        QCOMPARE(info.mimeType.endsWith(QLatin1String("pdf")),
                 info.url.path().endsWith(QLatin1String(".pdf")));
        (info.sha256 == sha256(bytes) ? good : corrupted) << info;
        urls << info.url.path();
    }
    QVERIFY(good.size() >= 300);
    QVERIFY(!corrupted.isEmpty());
    QVERIFY(corrupted.size() * 50 < good.size()); // a few, the demo stays mostly healthy
    QVERIFY2(urls.size() >= 5, qPrintable(QStringList(urls.cbegin(), urls.cend()).join(u' ')));

    // Fetched like a clerk would: a handful of each verify, the corrupted one is refused.
    QSet<QString> fetched;
    for (const AttachmentInfo &info : std::as_const(good)) {
        if (fetched.contains(info.url.path()))
            continue;
        fetched << info.url.path();
        const AttachmentFetchResult r = fetch(info);
        QVERIFY2(r.ok, qPrintable(info.url.toString() + QLatin1Char(' ') + r.detail));
    }
    const AttachmentFetchResult bad = fetch(corrupted.first());
    QCOMPARE(bad.error, Error::ChecksumMismatch);
}

// ---- the panel

void TestAttachments::panelPreviewsVerifiedDocuments()
{
    DIWAN_FIXTURE(f);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    // Four documents served by the test server: a photo, a PDF, a tampered file, a lost file.
    const QByteArray jpeg = resource(QStringLiteral(":/demo/documents/id_card.jpg"));
    const QByteArray pdf = resource(QStringLiteral(":/demo/documents/certificate.pdf"));
    const auto served = [](const QByteArray &bytes) {
        HttpTestServer::Route route;
        route.body = bytes;
        return route;
    };
    m_server->setRoute(QStringLiteral("/qid.jpg"), served(jpeg));
    m_server->setRoute(QStringLiteral("/certificate.pdf"), served(pdf));
    m_server->setRoute(QStringLiteral("/tampered.jpg"), served(jpeg));
    QSqlQuery q(f.db->db());
    const QList<std::tuple<QString, QString, QByteArray, QString>> files{
        {QStringLiteral("passport_copy"),
         QStringLiteral("/qid.jpg"),
         jpeg,
         QStringLiteral("image/jpeg")},
        {QStringLiteral("personal_photo"),
         QStringLiteral("/certificate.pdf"),
         pdf,
         QStringLiteral("application/pdf")},
        {QStringLiteral("health_insurance"),
         QStringLiteral("/tampered.jpg"),
         QByteArray("something else"),
         QStringLiteral("image/jpeg")},
        {QStringLiteral("salary_certificate"),
         QStringLiteral("/lost.pdf"),
         pdf + "another file", // not in the cache under the certificate's checksum
         QStringLiteral("application/pdf")},
    };
    QVERIFY(q.exec(QStringLiteral("DELETE FROM attachments")));
    for (const auto &[code, path, bytes, mime] : files) {
        QVERIFY(Fixtures::attachment(
            f.db->db(),
            {.transactionId = f.claim.id,
             .documentCode = code,
             .fileName = path.mid(1),
             .url = m_server->url(path).toString(),
             .sha256 = sha256(bytes),
             .sizeBytes = path == QLatin1String("/tampered.jpg") ? jpeg.size() : bytes.size(),
             .mimeType = mime}));
    }

    AttachmentPanel panel;
    panel.fetcher()->setCacheDirectory(m_cache->path() + QStringLiteral("/panel"));
    panel.fetcher()->setTransferTimeout(2000);
    panel.resize(1000, 560);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy reviewed(&panel, &AttachmentPanel::reviewed);
    panel.setTransaction(f.clerkConnection, f.claim.id, f.clerk, true);
    QCOMPARE(panel.documentCount(), 4);
    auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("attachmentList"));
    auto *accept = panel.findChild<QPushButton *>(QStringLiteral("acceptButton"));
    auto *reject = panel.findChild<QPushButton *>(QStringLiteral("rejectButton"));
    QVERIFY(list && accept && reject);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Passport copy"));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Pending review"));

    // The first document is fetched, verified and shown as a picture; only then may it be
    // accepted.
    QVERIFY(!accept->isEnabled());
    QTRY_COMPARE(panel.preview(), AttachmentPanel::Preview::Image);
    auto *image = panel.findChild<QLabel *>(QStringLiteral("imagePreview"));
    QVERIFY(image->isVisible());
    QVERIFY(!image->pixmap().isNull());
    QVERIFY(image->pixmap().width() > 300);
    QVERIFY(accept->isEnabled());

    // Down: the PDF, shown page by page.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_COMPARE(panel.preview(), AttachmentPanel::Preview::Pdf);
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("pdfPreview"))->isVisible());
    // Strings not yet merged into diwan_ar.ts can be previewed from a .qm of their own.
    QTranslator pending;
    const bool hasPending = pending.load(qEnvironmentVariable("DIWAN_SCREENSHOT_QM"));
    const auto switchTo = [&](const char *language) {
        QCoreApplication::removeTranslator(&pending);
        if (hasPending && qstrcmp(language, "ar") == 0)
            QCoreApplication::installTranslator(&pending);
        LanguageManager::instance().setLanguage(QLatin1String(language));
    };
    if (qEnvironmentVariableIsSet("DIWAN_SCREENSHOT_DIR")) {
        for (const char *language : {"en", "ar"}) {
            switchTo(language);
            QTRY_VERIFY(panel.preview() == AttachmentPanel::Preview::Pdf);
            QTest::qWait(300);
            panel.grab().save(
                QStringLiteral("%1/attachments-%2.png")
                    .arg(qEnvironmentVariable("DIWAN_SCREENSHOT_DIR"), QLatin1String(language)));
        }
        switchTo("en");
    }

    // Down: the tampered file. Nothing is shown, the clerk reads why, and cannot accept it.
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_COMPARE(panel.preview(), AttachmentPanel::Preview::Message);
    const QString mismatch = AttachmentFetcher::errorMessage(Error::ChecksumMismatch);
    QCOMPARE(panel.previewMessage(), mismatch);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("previewMessage"))->isVisible());
    QVERIFY(!image->isVisible());
    QVERIFY(!accept->isEnabled());
    QVERIFY(reject->isEnabled());
    if (qEnvironmentVariableIsSet("DIWAN_SCREENSHOT_DIR")) {
        for (const char *language : {"ar", "en"}) {
            switchTo(language);
            QTest::qWait(100);
            panel.grab().save(
                QStringLiteral("%1/attachments-mismatch-%2.png")
                    .arg(qEnvironmentVariable("DIWAN_SCREENSHOT_DIR"), QLatin1String(language)));
        }
    }

    // Down: the lost file.
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentItem(), list->topLevelItem(3));
    QTRY_COMPARE(panel.previewMessage(), AttachmentFetcher::errorMessage(Error::NotFound));

    // Failures changed nothing in the database.
    QCOMPARE(
        scalar(f, QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(f.claim.id)),
        qint64(f.claim.version));
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM attachments WHERE version <> 1 OR "
                                   "review_state <> 'pending'")),
             qint64(0));
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind LIKE "
                                   "'document%'")),
             qint64(0));

    // Up three times: back to the photo (from the cache), accepted with the keyboard.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(list, Qt::Key_Up);
    QTRY_COMPARE(panel.preview(), AttachmentPanel::Preview::Image);
    QTRY_VERIFY(accept->isEnabled());
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(reviewed.size(), 1);
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Accepted"));
    QVERIFY(!accept->isEnabled());
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM attachments WHERE review_state = "
                                   "'accepted'")),
             qint64(1));

    // The tampered one is rejected with a reason typed into the dialog.
    list->setCurrentItem(list->topLevelItem(2));
    QTRY_COMPARE(panel.previewMessage(), mismatch);
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            dialog->setTextValue(QStringLiteral("The file does not match the upload"));
            dialog->accept();
        }
    });
    reject->click();
    QCOMPARE(reviewed.size(), 2);
    QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("Rejected"));
    QCOMPARE(row(f,
                 QStringLiteral("SELECT note FROM transaction_events WHERE kind = "
                                "'document_rejected'"))
                 .value(0)
                 .toString(),
             QStringLiteral("health_insurance (tampered.jpg): The file does not match the upload"));

    // Another window changed the photo's review meanwhile: the clerk is told, nothing is written.
    QSqlQuery other(f.db->db());
    QVERIFY(other.exec(QStringLiteral("UPDATE attachments SET version = version + 5 WHERE "
                                      "document_code = 'personal_photo'")));
    list->setCurrentItem(list->topLevelItem(1));
    QTRY_COMPARE(panel.preview(), AttachmentPanel::Preview::Pdf);
    accept->click();
    QVERIFY2(panel.reviewMessage().contains(QStringLiteral("in the meantime")),
             qPrintable(panel.reviewMessage()));
    QCOMPARE(reviewed.size(), 2);
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind LIKE "
                                   "'document%'")),
             qint64(2));
    // A panel for a clerk who does not hold it shows the documents without review buttons.
    panel.setTransaction(f.otherConnection, f.claim.id, f.other, false);
    QVERIFY(accept->isHidden());
    QVERIFY(reject->isHidden());
}

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
