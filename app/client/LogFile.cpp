#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QThread>

namespace zt::app {

namespace {

struct State {
    QMutex mutex; // messages come from the GUI and the core thread
    QFile file;
    QString path;
    QtMessageHandler previous = nullptr;
};

State& state() {
    static State s;
    return s;
}

const char* levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

QString rotatedName(const QString& path, int n) {
    return path + QLatin1Char('.') + QString::number(n);
}

// zhengtong.log → .1 → .2 → .3; the oldest falls off. Called with the mutex held.
void rotate(State& s) {
    s.file.close();
    QFile::remove(rotatedName(s.path, LogFile::kKeep));
    for (int n = LogFile::kKeep - 1; n >= 1; --n)
        QFile::rename(rotatedName(s.path, n), rotatedName(s.path, n + 1));
    QFile::rename(s.path, rotatedName(s.path, 1));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QString line =
                QStringLiteral("%1 %2 [%3] %4: %5\n")
                    .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs),
                         QString::fromLatin1(levelName(type)),
                         QThread::currentThread()->objectName(),
                         QString::fromLatin1(context.category ? context.category : "default"),
                         message);
            s.file.write(line.toUtf8());
            s.file.flush(); // a crash must not lose the lines that explain it
            if (s.file.size() >= LogFile::kMaxBytes) rotate(s);
        }
    }
    if (s.previous) s.previous(type, context, message);
}

} // namespace

bool LogFile::install(const QString& dir) {
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(dir);
        s.path = QDir(dir).filePath(QStringLiteral("zhengtong.log"));
        s.file.setFileName(s.path);
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) return false;
        if (s.file.size() >= kMaxBytes) rotate(s);
    }
    s.previous = qInstallMessageHandler(handler);
    return true;
}

} // namespace zt::app
