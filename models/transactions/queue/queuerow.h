#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

// One line of a transaction queue, as the loader reads it.
struct QueueRow
{
    qint64 id = 0;
    QString reference;
    QString serviceAr;
    QString serviceEn;
    QString applicant;
    QDateTime submittedAt;
    QDateTime dueAt;
    QString state;
    int priority = 2;
    QString owner;
    int version = 0;
    QVariant dueKey; // the sort key exactly as the database gave it, to seek from
};

// The sort key of a row: (due_at, id). dueKey is text so that no precision is lost on the way.
struct QueueKey
{
    QVariant due;
    qint64 id = 0;
};

Q_DECLARE_METATYPE(QueueRow)
Q_DECLARE_METATYPE(QueueKey)
