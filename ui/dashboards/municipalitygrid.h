#pragma once

#include "dashboards/datatable.h"

#include <QColor>
#include <QFrame>
#include <QHash>
#include <QImage>

class QComboBox;
class QLabel;
class QPainter;
class MunicipalityTile;

// Qatar's eight municipalities as a grid of tiles placed roughly as on the map (north at the
// top, the coast of Doha on the east), each with its name and a figure of a dashboard table, the
// tile shaded lighter to darker by the figure (a lightness scale, which survives grey print); a
// municipality without data reads "No data" on a hatched tile. Each tile takes keyboard focus and
// carries its name and figure as accessible name and description and as tooltip. With several
// value columns (the share of each answer) a chooser picks the one shown.
class MunicipalityGrid : public QFrame
{
    Q_OBJECT
public:
    explicit MunicipalityGrid(QWidget *parent = nullptr);

    // The municipalities are the rows whose first column is a municipality's name (as
    // DashboardText gives it); `valueColumns` the columns that can be shown, `sampleColumn` the
    // one whose 0 means the row has no data (-1: only a missing row has none).
    void setData(const DataTable &table, const QList<int> &valueColumns, int sampleColumn = -1);
    int valueColumn() const;
    void setValueColumn(int column);

    // What a tile shows, by the municipality's key ("doha"): its figure as the user reads it, or
    // "No data"; and the tile itself (nullptr for an unknown key).
    QString tileText(const QString &key) const;
    QWidget *tile(const QString &key) const;
    // The fill of a tile: the darker, the larger the figure (invalid: no data).
    QColor tileColor(const QString &key) const;

    // The grid as a picture of the given size (PNG and the PDF report), as the tiles paint it.
    QImage picture(const QSize &size) const;

    void retranslate();

private:
    struct Tile
    {
        QString key;
        QString name;
        QString text;   // the figure, or "No data"
        QString detail; // the exact figure, for the tooltip and screen readers
        QColor fill;    // invalid: no data
    };
    void refresh();
    static void paintTile(QPainter &painter, const QRectF &rect, const Tile &tile, bool focused);
    static QRect cell(const QString &key, const QRect &area);
    friend class MunicipalityTile;

    DataTable m_data;
    QList<int> m_valueColumns;
    int m_sampleColumn = -1;
    int m_valueColumn = -1;
    QList<Tile> m_tiles;
    QHash<QString, MunicipalityTile *> m_widgets;
    QComboBox *m_chooser = nullptr;
    QLabel *m_chooserLabel = nullptr;
    QLabel *m_scale = nullptr;
    QWidget *m_map = nullptr;
};
