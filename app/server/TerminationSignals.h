#pragma once
// Turns SIGTERM/SIGINT into a clean QCoreApplication::quit() (no-op where signals do not exist).
class QObject;
void quitOnTerminationSignals(QObject* parent);
