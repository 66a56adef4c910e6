#include "Translator.h"
#include "UiLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace zt::ui {

Translator::Translator(QObject* parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this)) {
}

QString Translator::resolve(const QString& choice) {
    if (languageCodes().contains(choice)) return choice;
    const QLocale locale = QLocale::system();
    if (locale.language() != QLocale::Chinese) return QStringLiteral("en");
    // Hong Kong and Macao write Traditional characters too, even when the script is not given.
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript ||
                             locale.territory() == QLocale::Taiwan ||
                             locale.territory() == QLocale::HongKong ||
                             locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString Translator::install(const QString& choice) {
    const QString code = resolve(choice);
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    QLocale::setDefault(QLocale(code));
    if (m_app->load(QStringLiteral(":/i18n/zhengtong_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(m_app);
    else
        qCWarning(lcUi) << "no embedded translation for" << code;
    // Qt's own strings (standard buttons, context menus) when the system ships them.
    if (m_qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    qCInfo(lcUi) << "user interface language" << code;
    return code;
}

} // namespace zt::ui
