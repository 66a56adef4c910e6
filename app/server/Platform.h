#pragma once
// The server's few POSIX-only needs, guarded so the rest stays portable.
// Turns SIGTERM/SIGINT into a clean QCoreApplication::quit() (no-op where signals do not exist).
class QObject;
void quitOnTerminationSignals(QObject* parent);
// Raises the open-file limit to the hard maximum: each connection is one descriptor.
void raiseFileLimit();
