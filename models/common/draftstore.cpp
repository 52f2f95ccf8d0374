#include "common/draftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

DraftStore::DraftStore(const QString &scope)
{
    // A folder name from the scope that reveals nothing of it.
    const QByteArray id
        = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    m_folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("drafts/") + QString::fromLatin1(id));
}

QString DraftStore::path(const QString &key) const
{
    // Keys are the program's own (e.g. "transaction-42"); anything else is hashed.
    static const QString allowed = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789-_");
    bool plain = !key.isEmpty() && key.size() <= 64;
    for (const QChar c : key)
        plain = plain && allowed.contains(c);
    const QString name
        = plain ? key
                : QString::fromLatin1(
                    QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    return QDir(m_folder).filePath(name + QStringLiteral(".txt"));
}

bool DraftStore::save(const QString &key, const QString &text) const
{
    if (text.trimmed().isEmpty()) {
        remove(key);
        return true;
    }
    if (!QDir().mkpath(m_folder))
        return false;
    QSaveFile file(path(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(text.toUtf8());
    return file.commit();
}

QString DraftStore::load(const QString &key) const
{
    QFile file(path(key));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void DraftStore::remove(const QString &key) const
{
    QFile::remove(path(key));
}
