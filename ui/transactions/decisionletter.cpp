#include "transactions/decisionletter.h"

#include "common/arabictext.h"
#include "common/hijricalendar.h"
#include "common/presenter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextOption>

#include <cmath>
#include <numbers>

namespace DecisionLetter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DecisionLetter", text);
}

const QJsonObject &wording()
{
    static const QJsonObject all = [] {
        QFile f(QStringLiteral(":/letter/letter.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }();
    return all;
}

// A phrase of the letter in its language, with {variables} filled in.
QString
phrase(const QString &language, const QString &key, const QHash<QString, QString> &values = {})
{
    QString text = wording().value(language).toObject().value(key).toString();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QStringList headerLines(const QString &language)
{
    QStringList lines;
    const QJsonArray array
        = wording().value(QLatin1String("header")).toObject().value(language).toArray();
    for (const QJsonValue &v : array)
        lines << v.toString();
    return lines;
}

QDate qatarDate(const QDateTime &utc)
{
    return utc.toTimeZone(Presenter::timeZone()).date();
}

QString gregorianDate(const LetterData &d, const QDate &day)
{
    const Presenter p(d.language, Presenter::Digits::Latin);
    const QString suffix = phrase(d.language, QStringLiteral("gregorian_suffix"));
    const QString text = p.longDate(day);
    return suffix.isEmpty() ? text : text + QLatin1Char(' ') + suffix;
}

// The Umm al-Qura date, as the rest of Diwan shows it, with the letter's own "AH" word (the
// Presenter's goes through the UI translation).
QString hijriDate(const LetterData &d, const QDate &day)
{
    const Presenter p(d.language, Presenter::Digits::Latin);
    const QString text = HijriCalendar::format(p.locale(), day);
    return p.digitsOf(text) + QLatin1Char(' ') + phrase(d.language, QStringLiteral("hijri_suffix"));
}

const QColor maroon(0x8a, 0x15, 0x38); // Qatar's national colour
const QColor ink(0x1f, 0x1f, 0x1f);
const QColor muted(0x5a, 0x5a, 0x5a);

// Draws (or, when painting is off, only measures) the letter top to bottom.
class Layout
{
public:
    Layout(QPainter *painter, const QRectF &page, qreal dpi, const LetterData &data, qreal scale)
        : p(painter)
        , page(page)
        , dpi(dpi)
        , d(data)
        , scale(scale)
        , dir(data.isArabic() ? Qt::RightToLeft : Qt::LeftToRight)
    {}

    qreal mm(qreal v) const { return v * dpi / 25.4; }

    QFont font(bool arabic, qreal points, bool bold = false) const
    {
        QFont f;
        f.setFamilies(
            arabic ? QStringList{QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans")}
                   : QStringList{QStringLiteral("Noto Sans"), QStringLiteral("Noto Naskh Arabic")});
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    QFont bodyFont(qreal points, bool bold = false) const
    {
        return font(d.isArabic(), points * scale, bold);
    }

    // A paragraph in `box` from y down; returns the y below it.
    qreal text(const QRectF &box,
               qreal y,
               const QString &s,
               const QFont &f,
               Qt::Alignment align,
               const QColor &colour = ink,
               Qt::LayoutDirection direction = Qt::LayoutDirectionAuto)
    {
        QTextOption option(align);
        option.setTextDirection(direction == Qt::LayoutDirectionAuto ? dir : direction);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        p->setFont(f);
        const QRectF bounds
            = p->boundingRect(QRectF(box.left(), y, box.width(), mm(400)), s, option);
        if (paint) {
            p->setPen(colour);
            p->drawText(QRectF(box.left(), y, box.width(), bounds.height()), s, option);
        }
        return y + bounds.height();
    }

    void emblem(const QPointF &centre, qreal radius)
    {
        if (!paint)
            return;
        // A neutral mark, not the state emblem: two rings and an eight-pointed star.
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(maroon, mm(0.6)));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(centre, radius, radius);
        p->setPen(QPen(maroon, mm(0.25)));
        p->drawEllipse(centre, radius * 0.84, radius * 0.84);
        QPainterPath star;
        const qreal outer = radius * 0.62;
        const qreal inner = outer * 0.72;
        for (int i = 0; i < 16; ++i) {
            const qreal r = i % 2 ? inner : outer;
            const qreal a = std::numbers::pi / 8 * i - std::numbers::pi / 2;
            const QPointF pt(centre.x() + r * std::cos(a), centre.y() + r * std::sin(a));
            if (i == 0)
                star.moveTo(pt);
            else
                star.lineTo(pt);
        }
        star.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(maroon);
        p->drawPath(star);
        p->setBrush(Qt::white);
        p->drawEllipse(centre, radius * 0.2, radius * 0.2);
        p->restore();
    }

    void rule(qreal y, qreal width, const QColor &colour)
    {
        if (paint)
            p->fillRect(QRectF(page.left(), y, page.width(), width), colour);
    }

    // Lays the letter out; returns the bottom of its body (above the footer).
    qreal run()
    {
        const QString lang = d.language;
        const bool ar = d.isArabic();
        const Qt::Alignment start = Qt::AlignLeft; // mirrored in right-to-left text
        const Qt::Alignment end = Qt::AlignRight;
        // Qt justifies by widening spaces only (no kashida), which opens holes around the
        // isolated reference in Arabic: Arabic paragraphs stay ragged.
        const Qt::Alignment paragraph = ar ? start : Qt::AlignJustify;
        const qreal w = page.width();
        qreal y = page.top();

        // Header: Arabic on the right and English on the left whatever the letter's language,
        // the mark in the middle.
        const qreal radius = mm(11);
        const qreal side = (w - 2 * radius - mm(10)) / 2;
        const QRectF rightBox(page.right() - side, y, side, mm(30));
        const QRectF leftBox(page.left(), y, side, mm(30));
        const QStringList arLines = headerLines(QStringLiteral("ar"));
        const QStringList enLines = headerLines(QStringLiteral("en"));
        qreal ry = y + mm(1);
        qreal ly = y + mm(2.2);
        for (int i = 0; i < arLines.size(); ++i)
            ry = text(rightBox,
                      ry,
                      arLines.at(i),
                      font(true, i < 2 ? 14 : 11.5, i < 2),
                      Qt::AlignLeft,
                      i < 2 ? maroon : muted,
                      Qt::RightToLeft);
        for (int i = 0; i < enLines.size(); ++i)
            ly = text(leftBox,
                      ly + (i ? mm(0.9) : 0),
                      enLines.at(i),
                      font(false, i < 2 ? 12 : 10, i < 2),
                      Qt::AlignLeft,
                      i < 2 ? maroon : muted,
                      Qt::LeftToRight);
        emblem(QPointF(page.center().x(), y + radius + mm(0.5)), radius);
        y = std::max({ry, ly, y + 2 * radius + mm(1)}) + mm(3);
        rule(y, mm(0.9), maroon);
        rule(y + mm(1.5), mm(0.25), maroon);
        y += mm(6);

        // Reference, letter number and dates in a shaded band: two columns.
        const QDate issued
            = qatarDate(d.issuedAt.isValid() ? d.issuedAt : QDateTime::currentDateTimeUtc());
        const QFont value = bodyFont(ar ? 11.5 : 10);
        const auto line = [&](const QString &key, const QString &v) {
            return phrase(lang, key) + QStringLiteral(": ") + v;
        };
        const QStringList startColumn{
            line(QStringLiteral("reference"), ArabicText::isolateLtr(d.reference)),
            line(QStringLiteral("letter_number"), ArabicText::isolateLtr(d.letterNumber()))};
        const QStringList endColumn{line(QStringLiteral("date"), gregorianDate(d, issued)),
                                    line(QStringLiteral("hijri_date"), hijriDate(d, issued))};
        const qreal pad = mm(3);
        const qreal colWidth = (w - 3 * pad) / 2;
        const QRectF startBox(
            ar ? page.right() - pad - colWidth : page.left() + pad, 0, colWidth, 0);
        const QRectF endBox(ar ? page.left() + pad : page.right() - pad - colWidth, 0, colWidth, 0);
        // Measure first, then shade, then write on the shade.
        const bool painting = paint;
        paint = false;
        qreal sy = y + pad * 0.6;
        qreal ey = y + pad * 0.6;
        for (const QString &s : startColumn)
            sy = text(startBox, sy, s, value, start);
        for (const QString &s : endColumn)
            ey = text(endBox, ey, s, value, start);
        paint = painting;
        const qreal bandBottom = std::max(sy, ey) + pad * 0.6;
        if (paint) {
            p->save();
            p->setRenderHint(QPainter::Antialiasing);
            p->setPen(QPen(QColor(0xd8, 0xc8, 0xcd), mm(0.25)));
            p->setBrush(QColor(0xf7, 0xf2, 0xf3));
            p->drawRoundedRect(QRectF(page.left(), y, w, bandBottom - y), mm(1.5), mm(1.5));
            p->restore();
        }
        sy = y + pad * 0.6;
        ey = y + pad * 0.6;
        for (const QString &s : startColumn)
            sy = text(startBox, sy, s, value, start);
        for (const QString &s : endColumn)
            ey = text(endBox, ey, s, value, start);
        y = bandBottom + mm(9);

        // Title.
        const bool approved = d.state == QLatin1String("approved");
        y = text(
            page,
            y,
            phrase(lang,
                   approved ? QStringLiteral("title_approved") : QStringLiteral("title_rejected")),
            bodyFont(ar ? 18 : 15.5, true),
            Qt::AlignHCenter,
            maroon);
        y += mm(8);

        // Addressee.
        const QString name = ArabicText::isolate(d.applicantName);
        const QFont strong = bodyFont(ar ? 13.5 : 11.5, true);
        const QFont normal = bodyFont(ar ? 13.5 : 11.5);
        const qreal before = y;
        y = text(page,
                 y,
                 phrase(lang, QStringLiteral("addressee"), {{QStringLiteral("name"), name}}),
                 strong,
                 start);
        const QString honorific = phrase(lang, QStringLiteral("addressee_honorific"));
        if (!honorific.isEmpty())
            text(page, before, honorific, strong, end);
        y = text(
            page, y, line(QStringLiteral("qid"), ArabicText::isolateLtr(d.qid)), normal, start);
        y = text(page, y, line(QStringLiteral("service"), d.serviceName), normal, start);
        y += mm(7);

        // Greeting, the decision, its reason or the documents, what next.
        y = text(page,
                 y,
                 phrase(lang, QStringLiteral("greeting"), {{QStringLiteral("name"), name}}),
                 normal,
                 start);
        y += mm(3);
        const QDate decided = qatarDate(d.decidedAt.isValid() ? d.decidedAt : d.issuedAt);
        const QString decidedOn
            = QStringLiteral("%1 (%2)").arg(gregorianDate(d, decided), hijriDate(d, decided));
        y = text(
            page,
            y,
            phrase(lang,
                   approved ? QStringLiteral("body_approved") : QStringLiteral("body_rejected"),
                   {{QStringLiteral("reference"), ArabicText::isolateLtr(d.reference)},
                    {QStringLiteral("service"), d.serviceName},
                    {QStringLiteral("date"), decidedOn}}),
            normal,
            paragraph);
        y += mm(4);

        QStringList details;
        if (!approved && !d.reasonText.trimmed().isEmpty())
            details << ArabicText::isolate(d.reasonText.trimmed());
        for (const QString &doc : d.missingDocuments)
            details << QString(QChar(0x2022)) + QLatin1Char(' ') + ArabicText::isolate(doc);
        if (!details.isEmpty()) {
            const qreal bar = mm(1.2);
            const QRectF inner(
                ar ? page.left() + mm(4) : page.left() + bar + mm(4), 0, w - bar - mm(8), 0);
            const QString heading
                = phrase(lang,
                         approved || d.reasonText.trimmed().isEmpty() ? QStringLiteral("documents")
                                                                      : QStringLiteral("reason"));
            const qreal top = y;
            const bool painting = paint;
            paint = false;
            qreal by = text(inner, top + mm(2.5), heading, strong, start);
            for (const QString &s : details)
                by = text(inner, by + mm(1), s, normal, start);
            paint = painting;
            const qreal bottom = by + mm(2.5);
            if (paint) {
                p->fillRect(QRectF(page.left(), top, w, bottom - top), QColor(0xfb, 0xf7, 0xf8));
                p->fillRect(QRectF(ar ? page.right() - bar : page.left(), top, bar, bottom - top),
                            maroon);
            }
            by = text(inner, top + mm(2.5), heading, strong, start, maroon);
            for (const QString &s : details)
                by = text(inner, by + mm(1), s, normal, start);
            y = bottom + mm(4);
        }

        y = text(
            page,
            y,
            phrase(lang,
                   approved ? QStringLiteral("next_approved") : QStringLiteral("next_rejected")),
            normal,
            paragraph);
        y += mm(6);
        y = text(page, y, phrase(lang, QStringLiteral("closing")), normal, start);
        y += mm(14);

        // The issuing officer, on the end side as a signature would be.
        const QRectF sign(ar ? page.left() : page.right() - w * 0.45, 0, w * 0.45, 0);
        y = text(sign, y, phrase(lang, QStringLiteral("issued_by")), strong, Qt::AlignHCenter);
        y = text(sign, y + mm(1.5), d.staffName, normal, Qt::AlignHCenter);
        const QStringList unit = headerLines(lang);
        if (unit.size() > 2)
            y = text(
                sign, y + mm(0.5), unit.at(2), bodyFont(ar ? 11 : 9.5), Qt::AlignHCenter, muted);
        return y;
    }

    // The footer sits at the bottom of the page; returns its top.
    qreal footer()
    {
        const QFont small = font(d.isArabic(), 8.5);
        const bool painting = paint;
        paint = false;
        const qreal height
            = text(page, 0, phrase(d.language, QStringLiteral("footer")), small, Qt::AlignHCenter)
              + mm(3);
        paint = painting;
        const qreal top = page.bottom() - height;
        rule(top, mm(0.3), maroon);
        text(page,
             top + mm(2),
             phrase(d.language, QStringLiteral("footer")),
             small,
             Qt::AlignHCenter,
             muted);
        return top;
    }

    QPainter *p;
    QRectF page;
    qreal dpi;
    const LetterData &d;
    qreal scale;
    Qt::LayoutDirection dir;
    bool paint = false;
};

} // namespace

void paintLetter(QPainter *painter, const QRectF &page, qreal dpi, const LetterData &data)
{
    painter->save();
    painter->setRenderHint(QPainter::TextAntialiasing);
    // A long reason must still fit on the one page: shrink the body until it does.
    qreal scale = 1.0;
    for (; scale > 0.6; scale -= 0.05) {
        Layout measure(painter, page, dpi, data, scale);
        const qreal footerTop = measure.footer();
        if (measure.run() <= footerTop - measure.mm(4))
            break;
    }
    Layout layout(painter, page, dpi, data, scale);
    layout.paint = true;
    layout.footer();
    layout.run();
    painter->restore();
}

namespace {
QString documentTitle(const LetterData &data)
{
    return QStringLiteral("%1 - %2").arg(phrase(data.language,
                                                data.state == QLatin1String("approved")
                                                    ? QStringLiteral("title_approved")
                                                    : QStringLiteral("title_rejected")),
                                         data.letterNumber());
}

const QMarginsF letterMargins(20, 14, 20, 12); // millimetres
} // namespace

bool writePdf(const LetterData &data, const QString &path, QString *error)
{
    // All or nothing: a half-written letter never replaces an earlier file of the same name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("the file %1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(letterMargins, QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(documentTitle(data));
        writer.setCreator(QStringLiteral("Diwan - Ministry of Interior"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("the file %1 cannot be written").arg(path);
            return false;
        }
        paintLetter(
            &painter, QRectF(0, 0, writer.width(), writer.height()), writer.resolution(), data);
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("the file %1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool printLetter(const LetterData &data, QPrinter *printer)
{
    printer->setDocName(documentTitle(data));
    printer->setCreator(QStringLiteral("Diwan - Ministry of Interior"));
    // Our margins where the printer can do them; its own minimum otherwise.
    printer->setPageMargins(letterMargins, QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    paintLetter(
        &painter, QRectF(0, 0, printer->width(), printer->height()), printer->resolution(), data);
    return painter.end();
}

} // namespace DecisionLetter
