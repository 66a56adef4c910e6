#pragma once
// Sends all qDebug/qInfo/qWarning output (every "zt.*" logging category) to
// <dir>/zhengtong.log as well as to the console. The file is rotated at 5 MiB and the three
// previous files are kept, so a help desk can ask for them without the disk filling up.
#include <QString>

namespace zt::app {

class LogFile {
public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;
    static constexpr int kKeep = 3;

    // Returns false when the file cannot be opened; logging then goes to the console only.
    static bool install(const QString& dir);
};

} // namespace zt::app
