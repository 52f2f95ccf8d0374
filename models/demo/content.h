#pragma once

#include "auth/roles.h"
#include "db/dberror.h"
#include "demo/calendar.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The demo content in resources/demo/*.json (services and their documents, names, rejection
// reasons, topics and contribution fragments, polls, the demo staff), read once per seeding.
// The generators fill in the ids and moments the rows got (the last fields, after a blank line).
namespace Seeder {

struct Text2
{
    QString ar;
    QString en;
};

struct DocumentDef
{
    QString code;
    Text2 name;
    bool required = true;
    QString mime;
};

struct FieldDef
{
    QString key;
    QString type;
    int digits = 8;
    QStringList values;
};

struct ServiceDef
{
    QString code;
    Text2 name;
    QString category;
    int slaHours = 24;
    double weight = 1;
    double qatariShare = 0.3;
    QList<DocumentDef> documents;
    QList<FieldDef> fields;

    qint64 id = 0;
    bool existed = false;
};

struct NamePart
{
    QString ar;
    QString en;
    QString arNorm;
    QString enNorm;
    QStringList variants;
    QStringList variantsNorm;
};

struct NameGroup
{
    QString code;
    bool qatari = false;
    QStringList nationalities;
    double weight = 0;
    double englishShare = 0;
    bool threeParts = false;
    QList<NamePart> male;
    QList<NamePart> female;
    QList<NamePart> family;
};

struct CannedDef
{
    QString service;
    Text2 title;
    Text2 body;
};

struct TopicDef
{
    Text2 title;
    Text2 body;
    QString state;
    std::optional<int> opensDaysAgo;
    std::optional<int> closesDaysAgo;
    double weight = 0;
    QStringList comments;

    qint64 id = 0;
    qint64 opensAt = noTime;
    qint64 closesAt = noTime;
};

struct OptionDef
{
    Text2 text;
    double weight = 1;
    double trend = 0;
    bool isOther = false;

    qint64 id = 0;
};

struct QuestionDef
{
    QString kind;
    Text2 text;
    bool required = true;
    QList<OptionDef> options;
    QList<double> ratingWeights; // rating: values 1..5
    QList<double> ratingTrend;
    double tilt = 0;
    double answerShare = 0.2;
    QStringList answers;
    QStringList otherTexts;

    qint64 id = 0;
};

struct PollDef
{
    Text2 title;
    Text2 description;
    QString state;
    std::optional<int> opensDaysAgo;
    std::optional<int> closesDaysAgo;
    double share = 0;
    QString audience;
    QList<QuestionDef> questions;

    qint64 id = 0;
    qint64 opensAt = noTime;
    qint64 closesAt = noTime;
};

struct StaffDef
{
    QString login;
    QString password;
    Roles roles;
    Text2 name;
    QString services;
    QString supervisor;
};

struct Content
{
    QList<ServiceDef> services;
    QList<QPair<QString, Text2>> reasons;
    QList<Text2> notes;
    QList<Text2> messages;
    QList<CannedDef> canned;
    QList<NameGroup> groups;
    QStringList emailDomains;
    QList<TopicDef> topics;
    QStringList generalComments;
    QStringList openers;
    QStringList closers;
    QHash<QString, QStringList> problems;
    QHash<QString, QStringList> reportNotes;
    QList<PollDef> polls;
};

// Reads every file; an incomplete file is an error naming it.
DbError loadContent(Content *content);
// resources/demo/staff.json, read once per process (also behind Seeder::demoAccounts()).
const QList<StaffDef> &staffDefs();
DbError contentError(const QString &file, const QString &what);

} // namespace Seeder
