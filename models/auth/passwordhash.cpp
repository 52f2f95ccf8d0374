#include "auth/passwordhash.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace PasswordHash {

static QByteArray randomSalt(int bytes)
{
    QByteArray salt(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), bytes / 4);
    return salt;
}

static QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256,
        password.normalized(QString::NormalizationForm_KC).toUtf8(),
        salt,
        iterations,
        32);
}

QString hashWithSalt(const QString &password, const QByteArray &salt, int iterations)
{
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(pbkdf2(password, salt, iterations).toBase64()));
}

QString hash(const QString &password, int iterations)
{
    return hashWithSalt(password, randomSalt(16), iterations);
}

int iterationsOf(const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return 0;
    return parts.at(1).toInt();
}

bool verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    const int iterations = iterationsOf(encoded);
    if (iterations <= 0 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray actual = pbkdf2(password, salt, iterations);
    if (expected.size() != actual.size() || expected.isEmpty())
        return false;
    // Constant time: do not tell an attacker how many bytes matched.
    unsigned char diff = 0;
    for (int i = 0; i < actual.size(); ++i)
        diff |= static_cast<unsigned char>(actual.at(i) ^ expected.at(i));
    return diff == 0;
}

QString scramVerifier(const QString &password, const QByteArray &givenSalt, int iterations)
{
    const QByteArray salt = givenSalt.isEmpty() ? randomSalt(16) : givenSalt;
    const QByteArray salted = pbkdf2(password, salt, iterations);
    const QByteArray clientKey
        = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey
        = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace PasswordHash
