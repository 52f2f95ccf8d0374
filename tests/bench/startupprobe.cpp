// A Qt generic plugin for diwan-bench's cold start measurement: loaded into any Qt GUI program by
// QT_QPA_GENERIC_PLUGINS=diwanstartupprobe (with QT_PLUGIN_PATH pointing at its folder), it
// prints one line when the program's first window is exposed and ends the process at once. The
// program itself is not changed: Diwan and the minimal Widgets program are timed the same way.
#include <QCoreApplication>
#include <QEvent>
#include <QGenericPlugin>
#include <QWindow>

#include <cstdio>
#include <unistd.h>

namespace {

class Probe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && watched->isWindowType()
            && static_cast<QWindow *>(watched)->isExposed()) {
            std::fputs("diwan-startup-probe: exposed\n", stdout);
            std::fflush(stdout);
            ::_exit(0);
        }
        return false;
    }
};

} // namespace

class StartupProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "startupprobe.json")
public:
    QObject *create(const QString &, const QString &) override
    {
        auto *probe = new Probe;
        QCoreApplication::instance()->installEventFilter(probe);
        return probe;
    }
};

#include "startupprobe.moc"
