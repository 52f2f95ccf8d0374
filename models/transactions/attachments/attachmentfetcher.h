#pragma once

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <QCryptographicHash>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

// What an attachment row says about its file: where it is, and what it must be.
struct AttachmentInfo
{
    qint64 id = 0;
    QUrl url;
    QString sha256; // lower-case hex, 64 characters
    qint64 size = 0;
    QString mimeType;
    QString fileName;
};

// How a fetch ended. ok: localPath names a verified copy in the cache (its SHA-256 and size are
// those of the row); otherwise error and message say why, and nothing was kept.
struct AttachmentFetchResult
{
    enum class Error {
        None,
        NotFound,          // 404 / 410, or a missing local file
        HttpError,         // any other HTTP failure status, or too many redirects
        Refused,           // connection refused
        Unreachable,       // host not found, network down, TLS failure
        Timeout,           // no data for the transfer timeout, or over the total deadline
        TooLarge,          // more bytes than the row says
        Incomplete,        // fewer bytes than the row says
        ChecksumMismatch,  // the bytes are not the ones the applicant uploaded
        Cancelled,         // cancel(), or another fetch started
        UnsupportedScheme, // a URL this computer does not fetch from
        BadRecord,         // the row itself is unusable (no valid SHA-256)
        LocalError,        // the cache could not be written
    };

    qint64 attachmentId = 0;
    bool ok = false;
    QString localPath;
    bool fromCache = false;
    Error error = Error::None;
    QString message; // one translated sentence for the clerk
    int httpStatus = 0;
    QString detail; // technical detail for logs
};
Q_DECLARE_METATYPE(AttachmentFetchResult)

// Fetches an applicant's document from the document store (HTTP(S), or the application's own
// resources for demo data), streaming it to disk while hashing it, refusing it the moment it is
// larger than its row says, and handing it over only once its SHA-256 and size match the row.
// Verified files are kept in a bounded least-recently-used cache keyed by SHA-256; a cached copy
// is hashed again before use and dropped if it no longer matches. One fetch at a time: a new
// fetch() cancels the one running.
class AttachmentFetcher : public QObject
{
    Q_OBJECT
public:
    using Error = AttachmentFetchResult::Error;

    explicit AttachmentFetcher(QObject *parent = nullptr);
    ~AttachmentFetcher() override;

    // Longest silence (no bytes) before a transfer is abandoned; default 30 s.
    void setTransferTimeout(int ms) { m_transferTimeout = ms; }
    int transferTimeout() const { return m_transferTimeout; }
    // Longest a whole transfer may take, however steadily it trickles; default 10 min.
    void setTotalTimeout(int ms) { m_totalTimeout = ms; }
    void setMaxRedirects(int count) { m_maxRedirects = count; }
    // Where verified files are kept (default: the user's cache location + "/attachments") and
    // how many bytes it may hold (default 512 MiB).
    void setCacheDirectory(const QString &path) { m_cacheDir = path; }
    QString cacheDirectory() const { return m_cacheDir; }
    void setCacheLimit(qint64 bytes) { m_cacheLimit = bytes; }
    qint64 cacheLimit() const { return m_cacheLimit; }
    // URL schemes fetched from; default http, https and qrc (the demo documents).
    void setAllowedSchemes(const QStringList &schemes) { m_schemes = schemes; }
    QStringList allowedSchemes() const { return m_schemes; }

    void fetch(const AttachmentInfo &attachment);
    void cancel();
    bool isBusy() const { return m_busy; }
    qint64 currentId() const { return m_busy ? m_current.id : 0; }

    // The cache file a verified attachment with this SHA-256 would have.
    QString cachePath(const QString &sha256) const;
    // The clerk's sentence for an error kind.
    static QString errorMessage(Error error, int httpStatus = 0);

signals:
    // Bytes received so far of the row's size (total is the row's size).
    void progress(qint64 received, qint64 total);
    void finished(const AttachmentFetchResult &result);

private:
    void startDownload();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void abortWith(Error error, const QString &detail);
    void finish(AttachmentFetchResult result);
    void finishLater(Error error, const QString &detail);
    void cleanupTransfer();
    void touch(const QString &path) const;
    void evict(const QString &keep) const;
    AttachmentFetchResult failure(Error error, const QString &detail, int httpStatus = 0) const;

    QNetworkAccessManager *m_manager = nullptr;
    QString m_cacheDir;
    qint64 m_cacheLimit = 512ll * 1024 * 1024;
    int m_transferTimeout = 30000;
    int m_totalTimeout = 600000;
    int m_maxRedirects = 3;
    QStringList m_schemes;

    AttachmentInfo m_current;
    bool m_busy = false;
    quint64 m_generation = 0; // drops results of work that was cancelled
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_received = 0;
    qint64 m_discarded = 0; // bytes of an error page, dropped
    Error m_abortReason = Error::None;
    QString m_abortDetail;
    int m_httpStatus = 0;
    bool m_finishing = false; // inside onReplyFinished(): no abort() on a finished reply
    QTimer m_deadline;
};
