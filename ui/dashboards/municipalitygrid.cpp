#include "dashboards/municipalitygrid.h"

#include "common/presenter.h"
#include "dashboards/chartpanel.h"
#include "dashboards/dashboardtext.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

// One tile: it paints itself as the grid's picture paints it, and takes keyboard focus.
class MunicipalityTile : public QWidget
{
public:
    MunicipalityTile(MunicipalityGrid *grid, const QString &key, QWidget *parent)
        : QWidget(parent)
        , m_grid(grid)
        , m_key(key)
    {
        setObjectName(QStringLiteral("tile-") + key);
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_Hover);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        for (const MunicipalityGrid::Tile &t : std::as_const(m_grid->m_tiles)) {
            if (t.key == m_key)
                MunicipalityGrid::paintTile(painter, QRectF(rect()), t, hasFocus());
        }
    }
    void focusInEvent(QFocusEvent *e) override
    {
        QWidget::focusInEvent(e);
        update();
    }
    void focusOutEvent(QFocusEvent *e) override
    {
        QWidget::focusOutEvent(e);
        update();
    }

private:
    MunicipalityGrid *m_grid;
    QString m_key;
};

namespace {

constexpr int Gap = 6;
constexpr int Columns = 3;
constexpr int Rows = 4;

QStringList allKeys()
{
    return DashboardText::segmentValues(QStringLiteral("municipality"))
           << QStringLiteral("unknown");
}

// Places the tiles on `map` whenever it changes size.
class MapLayout : public QObject
{
public:
    MapLayout(QWidget *map, std::function<void()> place)
        : QObject(map)
        , m_place(std::move(place))
    {
        map->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_place();
        return false;
    }

private:
    std::function<void()> m_place;
};

} // namespace

MunicipalityGrid::MunicipalityGrid(QWidget *parent)
    : QFrame(parent)
    , m_chooser(new QComboBox(this))
    , m_chooserLabel(new QLabel(this))
    , m_scale(new QLabel(this))
    , m_map(new QWidget(this))
{
    // A map is geography: Al Shamal is north and Doha on the eastern coast in Arabic as in
    // English, so the tiles are placed by absolute position and never mirrored for right to left
    // (only the text on them, the chooser and the scale follow the language).
    m_map->setLayoutDirection(Qt::LeftToRight);
    const int tileHeight = 2 * fontMetrics().height() + 16;
    m_map->setMinimumHeight(Rows * tileHeight + (Rows - 1) * Gap);
    m_map->setMaximumHeight(Rows * tileHeight * 3 / 2 + (Rows - 1) * Gap);
    for (const QString &key : allKeys()) {
        auto *tile = new MunicipalityTile(this, key, m_map);
        m_widgets.insert(key, tile);
    }
    new MapLayout(m_map, [this] {
        for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it)
            it.value()->setGeometry(cell(it.key(), m_map->rect()));
    });
    m_chooserLabel->setBuddy(m_chooser);
    m_scale->setWordWrap(true);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_valueColumns.size())
            setValueColumn(m_valueColumns.at(i));
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_chooserLabel);
    top->addWidget(m_chooser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_scale);
    layout->addStretch();
    retranslate();
}

QRect MunicipalityGrid::cell(const QString &key, const QRect &area)
{
    // column (0: west), row (0: north), columns and rows spanned
    static const QHash<QString, QRect> places{
        {QStringLiteral("unknown"), QRect(0, 0, 1, 1)},
        {QStringLiteral("al_shamal"), QRect(1, 0, 1, 1)},
        {QStringLiteral("al_khor"), QRect(2, 0, 1, 1)},
        {QStringLiteral("al_sheehaniya"), QRect(0, 1, 1, 2)},
        {QStringLiteral("umm_salal"), QRect(1, 1, 1, 1)},
        {QStringLiteral("al_daayen"), QRect(2, 1, 1, 1)},
        {QStringLiteral("al_rayyan"), QRect(1, 2, 1, 1)},
        {QStringLiteral("doha"), QRect(2, 2, 1, 1)},
        {QStringLiteral("al_wakrah"), QRect(1, 3, 2, 1)},
    };
    const QRect p = places.value(key);
    const double w = double(area.width() - (Columns - 1) * Gap) / Columns;
    const double h = double(area.height() - (Rows - 1) * Gap) / Rows;
    const int x = area.x() + int(p.x() * (w + Gap));
    const int y = area.y() + int(p.y() * (h + Gap));
    return QRect(x,
                 y,
                 int(p.width() * w + (p.width() - 1) * Gap),
                 int(p.height() * h + (p.height() - 1) * Gap));
}

void MunicipalityGrid::setData(const DataTable &table,
                               const QList<int> &valueColumns,
                               int sampleColumn)
{
    m_data = table;
    m_valueColumns = valueColumns;
    m_sampleColumn = sampleColumn;
    if (!m_valueColumns.contains(m_valueColumn))
        m_valueColumn = m_valueColumns.value(0, -1);
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->clear();
        for (int c : std::as_const(m_valueColumns))
            m_chooser->addItem(m_data.columns.value(c));
        m_chooser->setCurrentIndex(int(m_valueColumns.indexOf(m_valueColumn)));
    }
    m_chooser->setVisible(m_valueColumns.size() > 1);
    m_chooserLabel->setVisible(m_valueColumns.size() > 1);
    refresh();
}

int MunicipalityGrid::valueColumn() const
{
    return m_valueColumn;
}

void MunicipalityGrid::setValueColumn(int column)
{
    m_valueColumn = column;
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->setCurrentIndex(int(m_valueColumns.indexOf(column)));
    }
    refresh();
}

void MunicipalityGrid::refresh()
{
    const Presenter &p = Presenter::current();
    const QString column = m_data.columns.value(m_valueColumn);
    const bool percent = m_data.isPercent(m_valueColumn);
    // The row of each municipality, by its name as the tables give it.
    QHash<QString, int> rowOf;
    for (int r = 0; r < m_data.rows.size(); ++r)
        rowOf.insert(m_data.rows.at(r).value(0).toString(), r);
    m_tiles.clear();
    double low = 0;
    double high = 0;
    bool any = false;
    QList<double> values;
    for (const QString &key : allKeys()) {
        Tile t{key, DashboardText::municipality(key), {}, {}, {}};
        const int r = rowOf.value(t.name, -1);
        const bool hasData
            = r >= 0 && m_valueColumn >= 0 && m_data.rows.at(r).value(m_valueColumn).isValid()
              && (m_sampleColumn < 0 || m_data.rows.at(r).value(m_sampleColumn).toLongLong() > 0);
        double v = 0;
        if (hasData) {
            v = m_data.rows.at(r).value(m_valueColumn).toDouble();
            t.text = ChartPanel::cellText(m_data, r, m_valueColumn);
            t.detail = tr("%1: %2").arg(
                column, percent ? p.percent(v, 2) : ChartPanel::cellText(m_data, r, m_valueColumn));
            if (m_sampleColumn >= 0)
                t.detail += tr(" (%1: %2)")
                                .arg(m_data.columns.value(m_sampleColumn),
                                     ChartPanel::cellText(m_data, r, m_sampleColumn));
            low = any ? std::min(low, v) : v;
            high = any ? std::max(high, v) : v;
            any = true;
            t.fill = QColor(Qt::black); // shaded below, once the range is known
        } else {
            t.text = tr("No data");
            t.detail = tr("No data");
        }
        if (key == QLatin1String("unknown") && r < 0)
            continue; // on the map only when some applicant's municipality is unknown
        m_tiles << t;
        values << v;
    }
    for (int i = 0; i < m_tiles.size(); ++i) {
        Tile &t = m_tiles[i];
        if (!t.fill.isValid())
            continue;
        const double share = high > low ? (values.at(i) - low) / (high - low) : 1.0;
        // Lightness alone carries the figure (hue and saturation fixed): 240 (least) to 55
        // (most), distinct in grey print.
        t.fill = QColor::fromHsl(205, 110, int(240 - share * 185));
    }
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        MunicipalityTile *w = it.value();
        const auto found = std::find_if(
            m_tiles.cbegin(), m_tiles.cend(), [&](const Tile &t) { return t.key == it.key(); });
        w->setVisible(found != m_tiles.cend());
        if (found == m_tiles.cend())
            continue;
        w->setAccessibleName(found->name);
        w->setAccessibleDescription(found->detail);
        w->setToolTip(found->name + QStringLiteral("\n") + found->detail);
        w->update();
    }
    m_scale->setText(
        any ? tr("Lighter tiles: less; darker: more (from %1 to %2). Hatched: no data.")
                  .arg(percent ? p.percent(low, 1) : p.number(qint64(low)),
                       percent ? p.percent(high, 1) : p.number(qint64(high)))
            : tr("No data for any municipality in the period."));
    m_map->setAccessibleName(m_data.title);
    m_map->setAccessibleDescription(m_scale->text());
}

QString MunicipalityGrid::tileText(const QString &key) const
{
    for (const Tile &t : m_tiles) {
        if (t.key == key)
            return t.text;
    }
    return {};
}

QWidget *MunicipalityGrid::tile(const QString &key) const
{
    return m_widgets.value(key);
}

QColor MunicipalityGrid::tileColor(const QString &key) const
{
    for (const Tile &t : m_tiles) {
        if (t.key == key)
            return t.fill;
    }
    return {};
}

void MunicipalityGrid::paintTile(QPainter &painter,
                                 const QRectF &rect,
                                 const Tile &tile,
                                 bool focused)
{
    const QRectF r = rect.adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(r, 4, 4);
    if (tile.fill.isValid()) {
        painter.fillPath(path, tile.fill);
    } else {
        painter.fillPath(path, Qt::white);
        painter.fillPath(path, QBrush(QColor(0x9a, 0x9a, 0x9a), Qt::BDiagPattern));
    }
    painter.setPen(QPen(focused ? QColor(0x1a, 0x1a, 0x1a) : QColor(0x5f, 0x6b, 0x73),
                        focused ? 3.0 : 1.0,
                        tile.key == QLatin1String("unknown") ? Qt::DashLine : Qt::SolidLine));
    painter.drawPath(path);
    const bool dark = tile.fill.isValid() && tile.fill.lightness() < 140;
    const QColor ink = dark ? QColor(Qt::white) : QColor(0x1a, 0x1a, 0x1a);
    QTextOption option(Qt::AlignCenter);
    option.setTextDirection(Presenter::current().direction());
    QFont bold = painter.font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const QRectF text = r.adjusted(4, 2, -4, -2);
    const double line = metrics.height();
    const QRectF nameRect(text.left(), text.center().y() - line, text.width(), line);
    const QRectF valueRect(text.left(), text.center().y(), text.width(), line);
    if (!tile.fill.isValid()) {
        // The label sits on a plain band over the hatching.
        painter.fillRect(valueRect.adjusted(text.width() / 4, 0, -text.width() / 4, 0), Qt::white);
    }
    painter.setPen(ink);
    const QFont plain = painter.font();
    painter.setFont(bold);
    painter.drawText(nameRect, metrics.elidedText(tile.name, Qt::ElideRight, text.width()), option);
    painter.setFont(plain);
    painter.drawText(valueRect, tile.text, option);
}

QImage MunicipalityGrid::picture(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    painter.setFont(f);
    const int scaleHeight = 3 * QFontMetrics(f).height();
    const QRect area(8, 8, size.width() - 16, size.height() - 16 - scaleHeight);
    for (const Tile &t : m_tiles)
        paintTile(painter, QRectF(cell(t.key, area)), t, false);
    QTextOption option(Qt::AlignCenter);
    option.setTextDirection(Presenter::current().direction());
    option.setWrapMode(QTextOption::WordWrap);
    painter.setPen(Qt::black);
    painter.drawText(
        QRectF(8, area.bottom() + 8, size.width() - 16, scaleHeight), m_scale->text(), option);
    painter.end();
    return image;
}

void MunicipalityGrid::retranslate()
{
    m_chooserLabel->setText(tr("Shown on the map:"));
    m_chooser->setAccessibleName(tr("The answer whose share the map shows"));
    if (!m_data.columns.isEmpty())
        refresh();
}
