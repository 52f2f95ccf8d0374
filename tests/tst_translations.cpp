#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The Linguist files as a reader of the screens would judge them: nothing left untranslated,
// every count with all its plural forms (six in Arabic), and one word for one thing: an English
// term (with the same disambiguation) is never translated two ways, wherever it appears.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void oneArabicTermPerEnglishTerm();

private:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        QStringList translations; // one, or the plural forms
        bool numerus = false;
        bool unfinished = false;
    };
    static QList<Message> read(const QString &path, QString *error);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << m;
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                           || type == QLatin1String("obsolete");
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("ar") << QStringLiteral("diwan_ar.ts") << 6;
    QTest::newRow("en") << QStringLiteral("diwan_en.ts") << 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QString error;
    const QList<Message> messages
        = read(QStringLiteral(DIWAN_SOURCE_DIR "/translations/") + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    QStringList missing;
    int counts = 0;
    for (const Message &m : messages) {
        bool ok = !m.unfinished && !m.translations.isEmpty();
        for (const QString &t : m.translations)
            ok = ok && !t.trimmed().isEmpty();
        if (m.numerus) {
            ++counts;
            ok = ok && m.translations.size() == pluralForms;
        }
        if (!ok)
            missing << m.context + QLatin1Char('/') + m.source;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
    QVERIFY2(counts >= 3, "the durations' days, hours and minutes are counts");
}

void TestTranslations::oneArabicTermPerEnglishTerm()
{
    QString error;
    const QList<Message> messages
        = read(QStringLiteral(DIWAN_SOURCE_DIR "/translations/diwan_ar.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Mnemonics and a trailing ellipsis or colon do not make another term.
    static const QRegularExpression tail(QStringLiteral("(\\.\\.\\.|\u2026|:)$"));
    const auto term = [](QString s) {
        s.remove(QLatin1Char('&'));
        return s.trimmed().remove(tail).trimmed();
    };
    QHash<QString, QSet<QString>> arabic;
    QHash<QString, QStringList> where;
    for (const Message &m : messages) {
        if (m.numerus || m.translations.isEmpty())
            continue;
        const QString key
            = term(m.source)
              + (m.comment.isEmpty() ? QString()
                                     : QLatin1String(" [") + m.comment + QLatin1Char(']'));
        arabic[key].insert(term(m.translations.first()));
        where[key] << m.context;
    }
    QStringList twoWays;
    for (auto it = arabic.cbegin(); it != arabic.cend(); ++it)
        if (it.value().size() > 1)
            twoWays << QStringLiteral("\"%1\" (%2) as %3")
                           .arg(it.key(),
                                where.value(it.key()).join(QLatin1String(", ")),
                                QStringList(it.value().cbegin(), it.value().cend())
                                    .join(QLatin1String(" / ")));
    twoWays.sort();
    QVERIFY2(twoWays.isEmpty(), qPrintable(twoWays.join(QLatin1String("\n"))));
    // The glossary's button words, Qt's own buttons included.
    for (const Message &m : messages)
        if (m.context == QLatin1String("QPlatformTheme") && m.source == QLatin1String("Cancel"))
            QCOMPARE(m.translations.first(), QStringLiteral(u"إلغاء"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
