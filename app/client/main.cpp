// zhengtong: the desktop client. Wires the command line, logging, language and the client core
// (on its own thread) to the widgets shell.
#include "LogFile.h"
#include "core/ClientCore.h"
#include "shell/CoreThread.h"
#include "shell/ShellController.h"
#include "shell/Translator.h"
#include "shell/UiSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QThread>
#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "zt.app")

namespace {

using zt::core::ClientCore;

struct Args {
    QString profileDir;
    QString language; // empty: from the settings
    bool quitWhenOnline = false;
    bool startupProbe = false;
    ClientCore::Options core;
    zt::ui::ShellOptions shell;
};

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "zhengtong: %s\n", qPrintable(message));
    std::exit(2);
}

QString secretFromEnv(const QString& variable) {
    if (variable.isEmpty()) return {};
    if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData()))
        fail(QStringLiteral("environment variable %1 is not set").arg(variable));
    return qEnvironmentVariable(variable.toLocal8Bit().constData());
}

QList<QSslCertificate> loadCaCertificate(const QString& file) {
    if (file.isEmpty()) return {};
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(file, QSsl::Pem);
    if (certs.isEmpty()) fail(QStringLiteral("no PEM certificate in %1").arg(file));
    return certs;
}

QString opt(const char* name) {
    return QString::fromLatin1(name);
}

Args parseArgs(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Zhengtong desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(opt("profile"),
                                     opt("Profile folder (settings, caches, logs)."), opt("DIR"));
    const QCommandLineOption server(opt("server"), opt("Server address, e.g. wss://host:port."),
                                    opt("URL"));
    const QCommandLineOption user(opt("user"), opt("User name to sign in as."), opt("NAME"));
    const QCommandLineOption passwordEnv(opt("password-env"),
                                         opt("Read the password from this environment variable "
                                             "and sign in without the login dialog."),
                                         opt("VAR"));
    const QCommandLineOption noKeychain(opt("no-keychain"), opt("Do not use the system keychain."));
    const QCommandLineOption passphraseEnv(opt("passphrase-env"),
                                           opt("Answer the local cache passphrase question from "
                                               "this environment variable."),
                                           opt("VAR"));
    const QCommandLineOption lang(opt("lang"), opt("User interface language: zh_CN, zh_TW or en."),
                                  opt("LANG"));
    const QCommandLineOption quitWhenOnline(opt("quit-when-online"),
                                            opt("Exit with status 0 once online (smoke tests, "
                                                "start-up benchmark)."));
    const QCommandLineOption caCert(
        opt("ca-cert"), opt("Extra trusted CA certificate (PEM) for wss."), opt("FILE"));
    const QCommandLineOption startupProbe(
        opt("startup-probe"), opt("Print first_window_shown when the main window first appears."));
    parser.addOptions({profile, server, user, passwordEnv, noKeychain, passphraseEnv, lang,
                       quitWhenOnline, caCert, startupProbe});
    parser.process(app);

    Args args;
    args.profileDir = parser.isSet(profile)
                          ? QDir(parser.value(profile)).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    args.language = parser.value(lang);
    if (!args.language.isEmpty() && !zt::ui::Translator::languageCodes().contains(args.language))
        fail(QStringLiteral("--lang must be one of zh_CN, zh_TW, en"));
    args.quitWhenOnline = parser.isSet(quitWhenOnline);
    args.startupProbe = parser.isSet(startupProbe);
    args.core.profileDir = args.profileDir;
    args.core.useKeychain = !parser.isSet(noKeychain);
    args.core.extraCaCertificates = loadCaCertificate(parser.value(caCert));
    args.shell.server = parser.value(server);
    args.shell.user = parser.value(user);
    args.shell.password = secretFromEnv(parser.value(passwordEnv));
    args.shell.passphrase = secretFromEnv(parser.value(passphraseEnv));
    return args;
}

// When the OS reports the network back, reconnect at once instead of waiting for the back-off.
void watchReachability(ClientCore* core) {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcApp) << "no network reachability backend; relying on reconnect back-off";
        return;
    }
    QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                     qApp, [core](QNetworkInformation::Reachability reachability) {
                         qCInfo(lcApp) << "network reachability" << reachability;
                         if (reachability != QNetworkInformation::Reachability::Online) return;
                         // The status is read on the core thread, where it is written.
                         QMetaObject::invokeMethod(core, [core] {
                             if (core->status() == ClientCore::Status::Offline) core->goOnline();
                         });
                     });
}

// --quit-when-online: exit 0 when online, 1 when signing in fails (never wait for a human).
void quitWhenOnline(ClientCore* core) {
    QObject::connect(core, &ClientCore::statusChanged, qApp, [](ClientCore::Status status) {
        if (status == ClientCore::Status::Online) {
            qCInfo(lcApp) << "online; quitting as asked (--quit-when-online)";
            QCoreApplication::exit(0);
        }
    });
    QObject::connect(core, &ClientCore::signInFailed, qApp,
                     [](const QString& code, const QString& message) {
                         std::fprintf(stderr, "zhengtong: sign-in failed: %s: %s\n",
                                      qPrintable(code), qPrintable(message));
                         QCoreApplication::exit(1);
                     });
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zhengtong"));
    QCoreApplication::setApplicationName(QStringLiteral("zhengtong"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZT_VERSION));
    // The shell decides when to quit: dialogs come and go before the main window appears.
    QApplication::setQuitOnLastWindowClosed(false);
    QThread::currentThread()->setObjectName(QStringLiteral("gui"));
    const Args args = parseArgs(app);

    QDir().mkpath(args.profileDir);
    if (!zt::app::LogFile::install(QDir(args.profileDir).filePath(QStringLiteral("logs"))))
        std::fprintf(stderr, "zhengtong: cannot write the log file in %s\n",
                     qPrintable(args.profileDir));
    qCInfo(lcApp) << "starting; profile" << args.profileDir;
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    zt::ui::UiSettings settings(args.profileDir);
    zt::ui::Translator translator;
    translator.install(args.language.isEmpty() ? settings.language() : args.language);

    // Declared before the core thread so that the thread stops (and the core is deleted) first:
    // nothing may post to a widget that is being destroyed.
    std::unique_ptr<zt::ui::ShellController> shell;
    zt::ui::CoreThread coreThread;
    QObject::connect(&coreThread, &zt::ui::CoreThread::coreReady, &app, [&](ClientCore* core) {
        shell = std::make_unique<zt::ui::ShellController>(core, settings);
        QObject::connect(shell.get(), &zt::ui::ShellController::quitRequested, &app,
                         &QCoreApplication::quit);
        if (args.quitWhenOnline) quitWhenOnline(core);
        if (args.startupProbe)
            QObject::connect(shell.get(), &zt::ui::ShellController::mainWindowShown, &app, [] {
                std::printf("first_window_shown\n"); // read by bench/bench_client_start
                std::fflush(stdout);
            });
        watchReachability(core);
        shell->start(args.shell);
    });
    coreThread.start(args.core);
    const int rc = app.exec();
    coreThread.stop();
    qCInfo(lcApp) << "exiting with status" << rc;
    return rc;
}
