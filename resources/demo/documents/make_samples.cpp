// Makes the demo attachments in this folder: mock scans and PDFs that say SPECIMEN, real files
// any viewer opens. Not part of the build; run once when they need to change, then re-seed:
//   g++ -std=c++20 -fPIC make_samples.cpp $(pkg-config --cflags --libs Qt6Gui) -o /tmp/make_samples
//   QT_QPA_PLATFORM=offscreen /tmp/make_samples resources/demo/documents
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace {

const QString stateOfQatar = QString::fromUtf16(u"\u062f\u0648\u0644\u0629 \u0642\u0637\u0631");
const QString ministry = QString::fromUtf16(
    u"\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629");
const QString specimen = QString::fromUtf16(u"\u0646\u0645\u0648\u0630\u062c");
const QString certificateWord = QString::fromUtf16(u"\u0634\u0647\u0627\u062f\u0629");

QFont font(const QString &family, int pixels, bool bold = false)
{
    QFont f(family);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

void watermark(QPainter &p, const QRectF &r)
{
    p.save();
    p.translate(r.center());
    p.rotate(-20);
    p.setPen(QColor(200, 30, 30, 70));
    p.setFont(font(QStringLiteral("DejaVu Sans"), int(r.width() / 9), true));
    p.drawText(QRectF(-r.width(), -r.height() / 2, 2 * r.width(), r.height() / 2),
               Qt::AlignCenter,
               QStringLiteral("SPECIMEN"));
    p.setFont(font(QStringLiteral("Noto Naskh Arabic"), int(r.width() / 10), true));
    p.drawText(QRectF(-r.width(), 0, 2 * r.width(), r.height() / 2), Qt::AlignCenter, specimen);
    p.restore();
}

// Light sensor noise, so the scans look scanned and compress like photos.
void noise(QImage &image, int amount)
{
    QRandomGenerator rng(42);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = int(rng.bounded(2 * amount + 1)) - amount;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + d, 255),
                           qBound(0, qGreen(c) + d, 255),
                           qBound(0, qBlue(c) + d, 255));
        }
    }
}

void person(QPainter &p, const QRectF &r)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(120, 130, 150));
    const qreal w = r.width();
    p.drawEllipse(QPointF(r.center().x(), r.top() + r.height() * 0.38), w * 0.22, w * 0.27);
    QPainterPath body;
    body.moveTo(r.left() + w * 0.1, r.bottom());
    body.cubicTo(r.left() + w * 0.12,
                 r.top() + r.height() * 0.68,
                 r.right() - w * 0.12,
                 r.top() + r.height() * 0.68,
                 r.right() - w * 0.1,
                 r.bottom());
    body.closeSubpath();
    p.drawPath(body);
    p.restore();
}

bool saveJpeg(const QImage &image, const QString &path)
{
    QImageWriter writer(path, "jpeg");
    writer.setQuality(72);
    return writer.write(image);
}

bool idCard(const QString &path)
{
    QImage image(640, 404, QImage::Format_RGB32);
    image.fill(QColor(70, 70, 70)); // the scanner lid
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card(24, 22, 592, 360);
    QLinearGradient g(card.topLeft(), card.bottomRight());
    g.setColorAt(0, QColor(236, 226, 240));
    g.setColorAt(1, QColor(206, 222, 238));
    p.setBrush(g);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(card, 18, 18);
    p.setBrush(QColor(138, 21, 56)); // maroon band
    p.drawRect(QRectF(card.left(), card.top() + 18, card.width(), 46));
    p.setPen(Qt::white);
    p.setFont(font(QStringLiteral("DejaVu Sans"), 20, true));
    p.drawText(QRectF(card.left() + 20, card.top() + 18, 260, 46),
               Qt::AlignVCenter | Qt::AlignLeft,
               QStringLiteral("State of Qatar"));
    p.setFont(font(QStringLiteral("Noto Naskh Arabic"), 24, true));
    p.drawText(QRectF(card.right() - 280, card.top() + 18, 260, 46),
               Qt::AlignVCenter | Qt::AlignRight,
               stateOfQatar);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(235, 235, 235));
    const QRectF photo(card.left() + 24, card.top() + 90, 140, 176);
    p.drawRect(photo);
    person(p, photo);
    p.setPen(QColor(30, 30, 60));
    p.setFont(font(QStringLiteral("DejaVu Sans"), 17, true));
    p.drawText(QPointF(photo.right() + 28, card.top() + 108), QStringLiteral("Residency Permit"));
    p.setFont(font(QStringLiteral("DejaVu Sans"), 15));
    const char *lines[] = {"ID No.: 284 0000 0000",
                           "Name: SPECIMEN HOLDER",
                           "Nationality: ---",
                           "Date of birth: 01/01/1990",
                           "Expiry: 31/12/2030",
                           "Occupation: ---"};
    qreal y = card.top() + 140;
    for (const char *line : lines) {
        p.drawText(QPointF(photo.right() + 28, y), QString::fromLatin1(line));
        y += 28;
    }
    watermark(p, card);
    p.end();
    noise(image, 6);
    return saveJpeg(image, path);
}

bool portrait(const QString &path)
{
    QImage image(360, 460, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient g(0, 0, 0, 460);
    g.setColorAt(0, QColor(232, 238, 246));
    g.setColorAt(1, QColor(196, 210, 228));
    p.fillRect(image.rect(), g);
    person(p, QRectF(30, 40, 300, 420));
    watermark(p, QRectF(image.rect()));
    p.end();
    noise(image, 5);
    return saveJpeg(image, path);
}

bool scannedPage(const QString &path)
{
    QImage image(620, 820, QImage::Format_RGB32);
    image.fill(QColor(60, 52, 44)); // a desk
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(310, 410);
    p.rotate(-2.5);
    const QRectF page(-270, -370, 540, 740);
    p.fillRect(page, QColor(246, 244, 236));
    p.setPen(QColor(40, 40, 40));
    p.setFont(font(QStringLiteral("Noto Naskh Arabic"), 24, true));
    p.drawText(QRectF(page.left(), page.top() + 30, page.width(), 40), Qt::AlignCenter, ministry);
    p.setFont(font(QStringLiteral("DejaVu Sans"), 15, true));
    p.drawText(QRectF(page.left(), page.top() + 72, page.width(), 30),
               Qt::AlignCenter,
               QStringLiteral("To whom it may concern"));
    QRandomGenerator rng(7);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(90, 90, 90));
    for (qreal y = page.top() + 130; y < page.bottom() - 140; y += 22) {
        const qreal w = 380 + rng.bounded(90);
        p.drawRect(QRectF(page.right() - 40 - w, y, w, 7)); // right-aligned lines of text
    }
    p.setPen(QPen(QColor(30, 60, 150), 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(page.left() + 110, page.bottom() - 80), 52, 52);
    watermark(p, page);
    p.end();
    noise(image, 7);
    return saveJpeg(image, path);
}

void pdfHeader(QPainter &p, const QRectF &page, const QString &title)
{
    p.setPen(QPen(QColor(138, 21, 56), 6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(page.adjusted(20, 20, -20, -20));
    p.setPen(QColor(138, 21, 56));
    p.setFont(font(QStringLiteral("Noto Naskh Arabic"), 30, true));
    p.drawText(QRectF(page.left(), page.top() + 50, page.width(), 50), Qt::AlignCenter, ministry);
    p.setFont(font(QStringLiteral("DejaVu Sans"), 26, true));
    p.drawText(QRectF(page.left(), page.top() + 110, page.width(), 40), Qt::AlignCenter, title);
}

bool pdf(const QString &path, const QString &title, int pages, bool mrz)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(title + QStringLiteral(" (specimen)"));
    writer.setCreator(QStringLiteral("Diwan demo data"));
    QPainter p(&writer);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, writer.width(), writer.height());
    for (int n = 0; n < pages; ++n) {
        if (n > 0)
            writer.newPage();
        pdfHeader(p, page, title);
        p.setPen(QColor(30, 30, 30));
        p.setFont(font(QStringLiteral("DejaVu Sans"), 13));
        qreal y = page.top() + 190;
        if (mrz && n == 0) {
            const QRectF photo(page.left() + 60, y, 130, 165);
            p.fillRect(photo, QColor(225, 228, 235));
            person(p, photo);
            const char *fields[] = {"Type: P",
                                    "Country code: ---",
                                    "Passport No.: X0000000",
                                    "Surname: SPECIMEN",
                                    "Given names: HOLDER",
                                    "Date of expiry: 31 DEC 2030"};
            qreal fy = y + 14;
            for (const char *f : fields) {
                p.drawText(QPointF(photo.right() + 30, fy), QString::fromLatin1(f));
                fy += 26;
            }
            p.setFont(font(QStringLiteral("DejaVu Sans Mono"), 15));
            p.drawText(QPointF(page.left() + 60, y + 230),
                       QStringLiteral("P<XXXSPECIMEN<<HOLDER<<<<<<<<<<<<<<<<<<<<<<<"));
            p.drawText(QPointF(page.left() + 60, y + 254),
                       QStringLiteral("X0000000<0XXX9001011M3012310<<<<<<<<<<<<<<00"));
            y += 300;
            p.setFont(font(QStringLiteral("DejaVu Sans"), 13));
        }
        for (int line = 0; line < 18 && y < page.bottom() - 140; ++line, y += 24)
            p.drawText(QPointF(page.left() + 60, y),
                       QStringLiteral("Specimen made for the Diwan demo data "
                                      "(page %1, line %2).")
                           .arg(n + 1)
                           .arg(line + 1));
        p.setPen(QPen(QColor(30, 60, 150), 3));
        p.drawEllipse(QPointF(page.right() - 130, page.bottom() - 110), 55, 55);
        p.setFont(font(QStringLiteral("Noto Naskh Arabic"), 18, true));
        p.drawText(QRectF(page.right() - 185, page.bottom() - 130, 110, 40),
                   Qt::AlignCenter,
                   certificateWord);
        watermark(p, page);
    }
    return p.end();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const bool ok
        = idCard(dir + QStringLiteral("/id_card.jpg"))
          && portrait(dir + QStringLiteral("/photo.jpg"))
          && scannedPage(dir + QStringLiteral("/scanned_page.jpg"))
          && pdf(dir + QStringLiteral("/certificate.pdf"), QStringLiteral("Certificate"), 1, false)
          && pdf(
              dir + QStringLiteral("/passport.pdf"), QStringLiteral("Passport data page"), 1, true)
          && pdf(dir + QStringLiteral("/letter.pdf"), QStringLiteral("Letter"), 2, false);
    return ok ? 0 : 1;
}
