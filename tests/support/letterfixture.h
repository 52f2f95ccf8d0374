#pragma once

#include "testdatabase.h"

#include <QString>

#include <memory>

// Three transactions of one service for the decision letter's tests (tst_letter, the letter as
// the applicant reads it; tst_letterrecords, the record of its issue): one approved (the applicant
// writes Arabic) and one rejected (English) by the same clerk, who still holds them, and one
// submitted; and a second clerk of the service who decided nothing. Both clerks are signed in on
// connections of their own.
struct LetterFixture
{
    std::unique_ptr<TestDatabase> db;
    qint64 clerk = 0;
    qint64 other = 0;
    QString clerkLogin;
    QString clerkConnection;
    QString otherConnection;
    qint64 approved = 0; // applicant writes Arabic
    qint64 rejected = 0; // applicant writes English
    qint64 submitted = 0;

    // The rejection's reason, as the clerk wrote it for the applicant.
    static QString reasonText()
    {
        return QStringLiteral("The passport expires in less than six months.");
    }

    // Closes the clerks' connections (and the statements kept on them) before the database goes.
    ~LetterFixture();

    bool setUp();
    // The first column of the first row, read as the superuser; -1 on error.
    qint64 scalar(const QString &sql) const;
};
