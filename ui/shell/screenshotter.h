#pragma once

#include <QString>
#include <QStringList>

class MainWindow;

// Renders every page and the main dialogs in the given languages to DIR/<language>-<name>.png
// (for `diwan --screenshots`, run.sh without a display, and the GUI tests).
namespace Screenshotter {

// Returns the files written; *error says what failed.
QStringList
renderAll(MainWindow &window, const QString &folder, const QStringList &languages, QString *error);

} // namespace Screenshotter
