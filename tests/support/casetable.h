#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The shared tables of cases in resources/ (one case a line, fields separated by tabs, lines
// starting with # are comments): the same expectations checked against the C++ and the SQL.
// Fields write invisible characters as \uXXXX, and \t, \n, \r, \\ as in C.
namespace CaseTable {

// Every case of resources/<relativePath>, each as its decoded fields.
QList<QStringList> read(const QString &relativePath);
QString decode(const QString &field);

} // namespace CaseTable
