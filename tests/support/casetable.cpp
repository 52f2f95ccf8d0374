#include "casetable.h"

#include <QFile>

namespace CaseTable {

QString decode(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        const QChar next = i + 1 < field.size() ? field.at(i + 1) : QChar();
        if (c != QLatin1Char('\\') || next.isNull()) {
            out += c;
        } else if (next == QLatin1Char('u') && i + 5 < field.size()) {
            bool ok = false;
            const ushort code = field.mid(i + 2, 4).toUShort(&ok, 16);
            out += ok ? QChar(char16_t(code)) : c;
            i += ok ? 5 : 0;
        } else {
            switch (next.unicode()) {
            case u't':
                out += QLatin1Char('\t');
                break;
            case u'n':
                out += QLatin1Char('\n');
                break;
            case u'r':
                out += QLatin1Char('\r');
                break;
            case u'\\':
                out += QLatin1Char('\\');
                break;
            default:
                out += c;
                continue;
            }
            ++i;
        }
    }
    return out;
}

QList<QStringList> read(const QString &relativePath)
{
    QFile file(QStringLiteral(DIWAN_SOURCE_DIR "/resources/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> cases;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QLatin1Char('\t'));
        for (QString &f : fields)
            f = decode(f);
        cases << fields;
    }
    return cases;
}

} // namespace CaseTable
