#include "transactions/attachments/attachmentfetcher.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr qint64 chunkSize = 64 * 1024;
// What QNetworkReply may buffer ahead of us: memory stays bounded whatever the file's size.
constexpr qint64 readBufferSize = 256 * 1024;

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

struct FileDigest
{
    qint64 size = -1;
    QString sha256;
};

// Hashes a cached file in chunks (off the UI thread).
FileDigest digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return {file.size(), QString::fromLatin1(hash.result().toHex())};
}

} // namespace

AttachmentFetcher::AttachmentFetcher(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
    , m_cacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                 + QStringLiteral("/attachments"))
    , m_schemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("qrc")}
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abortWith(Error::Timeout, QStringLiteral("over the total deadline"));
    });
}

AttachmentFetcher::~AttachmentFetcher()
{
    ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString AttachmentFetcher::cachePath(const QString &sha256) const
{
    return QDir(m_cacheDir).filePath(sha256);
}

QString AttachmentFetcher::errorMessage(Error error, int httpStatus)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("The document store has no such file (it may have been removed). Ask the "
                  "applicant to upload it again.");
    case Error::HttpError:
        return httpStatus > 0
                   ? tr("The document store refused the request (HTTP %1). Try again later.")
                         .arg(httpStatus)
                   : tr("The document store refused the request. Try again later.");
    case Error::Refused:
        return tr("The document store refused the connection. Check that it is running, or "
                  "try again later.");
    case Error::Unreachable:
        return tr("The document store cannot be reached. Check the network connection and try "
                  "again.");
    case Error::Timeout:
        return tr("The document store took too long to answer. Try again later.");
    case Error::TooLarge:
        return tr("The file is larger than the one the applicant uploaded. It was not opened.");
    case Error::Incomplete:
        return tr("The file arrived incomplete. Try again.");
    case Error::ChecksumMismatch:
        return tr("The file does not match the one the applicant uploaded (its checksum "
                  "differs). It was not shown.");
    case Error::Cancelled:
        return tr("The download was cancelled.");
    case Error::UnsupportedScheme:
        return tr("The document's address cannot be opened from Diwan.");
    case Error::BadRecord:
        return tr("The document's record has no valid checksum, so the file cannot be verified.");
    case Error::LocalError:
        return tr("The document could not be saved on this computer. Check the free disk space.");
    }
    return {};
}

AttachmentFetchResult
AttachmentFetcher::failure(Error error, const QString &detail, int httpStatus) const
{
    AttachmentFetchResult r;
    r.attachmentId = m_current.id;
    r.error = error;
    r.message = errorMessage(error, httpStatus);
    r.httpStatus = httpStatus;
    r.detail = detail;
    return r;
}

void AttachmentFetcher::fetch(const AttachmentInfo &attachment)
{
    cancel();
    m_current = attachment;
    m_current.sha256 = attachment.sha256.trimmed().toLower();
    m_busy = true;
    const quint64 generation = ++m_generation;

    if (!isSha256(m_current.sha256) || m_current.size < 0)
        return finishLater(Error::BadRecord, QStringLiteral("sha256 '%1'").arg(attachment.sha256));
    const QString scheme = m_current.url.scheme().toLower();
    if (!m_current.url.isValid() || !m_schemes.contains(scheme))
        return finishLater(Error::UnsupportedScheme, m_current.url.toDisplayString());

    const QString path = cachePath(m_current.sha256);
    if (!QFileInfo::exists(path))
        return startDownload();
    // A cached copy is used only after hashing it again: disks and people change files.
    auto *watcher = new QFutureWatcher<FileDigest>(this);
    connect(
        watcher, &QFutureWatcher<FileDigest>::finished, this, [this, watcher, generation, path] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const FileDigest digest = watcher->result();
            if (digest.size == m_current.size && digest.sha256 == m_current.sha256) {
                touch(path);
                emit progress(m_current.size, m_current.size);
                AttachmentFetchResult r;
                r.attachmentId = m_current.id;
                r.ok = true;
                r.localPath = path;
                r.fromCache = true;
                return finish(r);
            }
            QFile::remove(path); // corrupted: drop it and fetch again
            startDownload();
        });
    watcher->setFuture(QtConcurrent::run(digestOf, path));
}

void AttachmentFetcher::startDownload()
{
    if (!QDir().mkpath(m_cacheDir))
        return finish(failure(Error::LocalError, QStringLiteral("cannot create ") + m_cacheDir));
    m_file = std::make_unique<QSaveFile>(cachePath(m_current.sha256));
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        m_file.reset();
        return finish(failure(Error::LocalError, why));
    }
    m_hash.reset();
    m_received = 0;
    m_discarded = 0;
    m_abortReason = Error::None;
    m_abortDetail.clear();
    m_httpStatus = 0;

    QNetworkRequest request(m_current.url);
    request.setTransferTimeout(m_transferTimeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_maxRedirects);
    // The bytes as stored: no transparent decompression, so sizes and hashes are the row's.
    request.setRawHeader("Accept-Encoding", "identity");
    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(readBufferSize);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply == m_reply)
            onMetaData();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply == m_reply)
            onReadyRead();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_reply)
            onReplyFinished();
        else
            reply->deleteLater();
    });
    if (m_totalTimeout > 0)
        m_deadline.start(m_totalTimeout);
}

void AttachmentFetcher::onMetaData()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        const int code = status.toInt();
        if (code >= 300 && code < 400)
            return; // a redirect being followed
        m_httpStatus = code;
        if (code < 200 || code >= 300) {
            // QNetworkReply fails this reply by itself (aborting it too would fail it twice):
            // note why, and drop the error page as it comes.
            m_abortReason = code == 404 || code == 410 ? Error::NotFound : Error::HttpError;
            m_abortDetail = QStringLiteral("HTTP %1").arg(code);
            return;
        }
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid()) {
        const qint64 announced = length.toLongLong();
        if (announced > m_current.size)
            return abortWith(Error::TooLarge,
                             QStringLiteral("Content-Length %1, row says %2")
                                 .arg(announced)
                                 .arg(m_current.size));
        if (announced < m_current.size)
            return abortWith(Error::Incomplete,
                             QStringLiteral("Content-Length %1, row says %2")
                                 .arg(announced)
                                 .arg(m_current.size));
    }
}

void AttachmentFetcher::onReadyRead()
{
    if (m_abortReason != Error::None) {
        // An error page: read and forget, and stop listening if it goes on and on.
        m_discarded += m_reply->skip(m_reply->bytesAvailable());
        if (m_discarded > readBufferSize && !m_finishing)
            m_reply->abort();
        return;
    }
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(chunkSize);
        if (chunk.isEmpty())
            break;
        m_received += chunk.size();
        if (m_received > m_current.size)
            return abortWith(Error::TooLarge,
                             QStringLiteral("over %1 bytes received").arg(m_current.size));
        m_hash.addData(chunk);
        if (m_file->write(chunk) != chunk.size())
            return abortWith(Error::LocalError, m_file->errorString());
    }
    emit progress(m_received, m_current.size);
}

void AttachmentFetcher::onReplyFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    AttachmentFetchResult result;
    m_finishing = true;
    if (m_abortReason == Error::None && reply->error() == QNetworkReply::NoError)
        onReadyRead(); // what arrived with the end
    if (m_abortReason != Error::None) {
        result = failure(m_abortReason, m_abortDetail, m_httpStatus);
    } else if (reply->error() != QNetworkReply::NoError) {
        Error kind = Error::Unreachable;
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts like this
        case QNetworkReply::TimeoutError:
            kind = Error::Timeout;
            break;
        case QNetworkReply::ConnectionRefusedError:
            kind = Error::Refused;
            break;
        case QNetworkReply::RemoteHostClosedError:
            kind = m_received > 0 ? Error::Incomplete : Error::Unreachable;
            break;
        case QNetworkReply::ContentNotFoundError:
        case QNetworkReply::ContentGoneError:
            kind = Error::NotFound;
            break;
        case QNetworkReply::ProtocolUnknownError:
            kind = Error::UnsupportedScheme;
            break;
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            kind = Error::HttpError;
            break;
        default:
            if (m_httpStatus >= 400)
                kind = Error::HttpError;
            break;
        }
        result = failure(kind, reply->errorString(), m_httpStatus);
    } else if (m_received != m_current.size) {
        result = failure(Error::Incomplete,
                         QStringLiteral("%1 of %2 bytes").arg(m_received).arg(m_current.size));
    } else if (const QString sha = QString::fromLatin1(m_hash.result().toHex());
               sha != m_current.sha256) {
        result = failure(Error::ChecksumMismatch,
                         QStringLiteral("received %1, row says %2").arg(sha, m_current.sha256));
    } else if (!m_file->commit()) {
        result = failure(Error::LocalError, m_file->errorString());
    } else {
        result.attachmentId = m_current.id;
        result.ok = true;
        result.localPath = cachePath(m_current.sha256);
        touch(result.localPath);
        evict(m_current.sha256);
    }
    m_finishing = false;
    cleanupTransfer();
    finish(result);
}

void AttachmentFetcher::abortWith(Error error, const QString &detail)
{
    if (!m_reply || m_abortReason != Error::None)
        return;
    m_abortReason = error;
    m_abortDetail = detail;
    if (!m_finishing)
        m_reply->abort(); // finished() follows, and reports the reason
}

void AttachmentFetcher::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    if (m_reply) {
        m_abortReason = Error::None; // whatever was noted, the clerk cancelled
        abortWith(Error::Cancelled, QStringLiteral("cancelled"));
        if (!m_reply)
            return; // finished() already reported it
        m_reply->disconnect(this);
        cleanupTransfer();
    }
    finish(failure(Error::Cancelled, QStringLiteral("cancelled")));
}

void AttachmentFetcher::cleanupTransfer()
{
    m_deadline.stop();
    if (m_reply) {
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_file.reset(); // an uncommitted QSaveFile leaves nothing behind
}

void AttachmentFetcher::finish(AttachmentFetchResult result)
{
    m_busy = false;
    emit finished(result);
}

void AttachmentFetcher::finishLater(Error error, const QString &detail)
{
    // Results always arrive after fetch() returns, whatever the path.
    const quint64 generation = m_generation;
    const AttachmentFetchResult r = failure(error, detail);
    QMetaObject::invokeMethod(
        this,
        [this, generation, r] {
            if (generation == m_generation)
                finish(r);
        },
        Qt::QueuedConnection);
}

void AttachmentFetcher::touch(const QString &path) const
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        file.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
}

void AttachmentFetcher::evict(const QString &keep) const
{
    QDir dir(m_cacheDir);
    // Newest first: the least recently used go first.
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Time);
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    qint64 total = 0;
    QFileInfoList cached;
    for (const QFileInfo &info : files) {
        if (isSha256(info.fileName())) {
            total += info.size();
            cached << info;
        } else if (info.lastModified() < stale) {
            QFile::remove(info.filePath()); // a partial download left by a crash
        }
    }
    for (qsizetype i = cached.size() - 1; i >= 0 && total > m_cacheLimit; --i) {
        if (cached.at(i).fileName() == keep)
            continue;
        if (QFile::remove(cached.at(i).filePath()))
            total -= cached.at(i).size();
    }
}
