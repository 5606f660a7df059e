#include "smoketest.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QPixmap>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

double millisecondsSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks after boot;
    // CLOCK_BOOTTIME is "now" on the same clock.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + now.tv_nsec / 1e9 - startSeconds) * 1000.0;
}

namespace {

class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, QString screenshotPath) : QObject(window), m_window(window), m_screenshot(std::move(screenshotPath)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // Let the paint finish, then report.
            QTimer::singleShot(0, qApp, [this] {
                if (!m_screenshot.isEmpty() && !m_window->grab().save(m_screenshot))
                    std::fprintf(stderr, "cannot save %s\n", qPrintable(m_screenshot));
                std::printf("first paint after %.0f ms\n", millisecondsSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QString m_screenshot;
    bool m_reported = false;
};

} // namespace

void reportFirstPaintAndQuit(QWidget *window, const QString &screenshotPath)
{
    window->installEventFilter(new FirstPaintWatcher(window, screenshotPath));
    // A window that never paints is a failure, not a hang.
    QTimer::singleShot(30000, qApp, [] {
        std::fprintf(stderr, "no paint within 30 s\n");
        QCoreApplication::exit(1);
    });
}
