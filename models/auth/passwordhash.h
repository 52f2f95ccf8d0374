#pragma once

#include <QByteArray>
#include <QString>

// Password hashing for the SQLite demo database (PBKDF2-SHA256, random salt) and the SCRAM
// verifiers Diwan hands PostgreSQL, so that no clear-text password ever reaches the server log.
namespace PasswordHash {

constexpr int defaultIterations = 210000; // OWASP 2023 guidance for PBKDF2-HMAC-SHA256
constexpr int minimumIterations = 100000;

// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"
QString hash(const QString &password, int iterations = defaultIterations);
QString hashWithSalt(const QString &password, const QByteArray &salt, int iterations);
bool verify(const QString &password, const QString &encoded);
int iterationsOf(const QString &encoded); // 0 if not a hash of ours

// "SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>", as PostgreSQL stores and accepts it in
// CREATE/ALTER ROLE ... PASSWORD. (ASCII passwords; others are passed through NFKC, close to
// SASLprep for real-world input.)
QString scramVerifier(const QString &password, const QByteArray &salt = {}, int iterations = 4096);

} // namespace PasswordHash
