#include "ChineseText.h"

#include <QLoggingCategory>
#include <memory>
#include <unicode/utrans.h>

Q_LOGGING_CATEGORY(lcChinese, "zt.contacts.text")

namespace zt::contacts {

namespace {

struct TransliteratorDeleter {
    void operator()(UTransliterator* t) const { utrans_close(t); }
};

// ICU transliterators are not thread-safe: one per thread.
UTransliterator* traditionalToSimplified() {
    thread_local std::unique_ptr<UTransliterator, TransliteratorDeleter> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        const std::u16string id = u"Traditional-Simplified";
        UTransliterator* raw =
            utrans_openU(reinterpret_cast<const UChar*>(id.data()), int32_t(id.size()),
                         UTRANS_FORWARD, nullptr, 0, nullptr, &status);
        if (U_FAILURE(status)) {
            qCWarning(lcChinese) << "ICU Traditional-Simplified unavailable:"
                                 << u_errorName(status);
            raw = nullptr;
        }
        return std::unique_ptr<UTransliterator, TransliteratorDeleter>(raw);
    }();
    return t.get();
}

QList<QStringList> cjkRuns(const QString& text) {
    QList<QStringList> runs;
    QStringList current;
    for (const uint cp : text.toUcs4()) {
        if (isCjk(char32_t(cp))) {
            current << QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
        } else if (!current.isEmpty()) {
            runs << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) runs << current;
    return runs;
}

} // namespace

bool isCjk(char32_t ch) {
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0x3400 && ch <= 0x4DBF) ||
           (ch >= 0x20000 && ch <= 0x2FA1F) || (ch >= 0xF900 && ch <= 0xFAFF) || ch == 0x3007;
}

bool containsCjk(const QString& text) {
    for (const uint cp : text.toUcs4())
        if (isCjk(char32_t(cp))) return true;
    return false;
}

QString toSimplified(const QString& text) {
    UTransliterator* t = containsCjk(text) ? traditionalToSimplified() : nullptr;
    if (!t) return text;
    std::u16string buffer(size_t(text.size()) * 2 + 16, u'\0');
    std::copy(text.utf16(), text.utf16() + text.size(), buffer.begin());
    int32_t length = int32_t(text.size());
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(t, reinterpret_cast<UChar*>(buffer.data()), &length, int32_t(buffer.size()),
                       0, &limit, &status);
    if (U_FAILURE(status)) return text;
    return QString::fromUtf16(buffer.data(), length);
}

QStringList cjkTerms(const QString& text) {
    QStringList terms;
    for (const QStringList& run : cjkRuns(text)) {
        for (qsizetype i = 0; i < run.size(); ++i) {
            terms << run[i];
            if (i + 1 < run.size()) terms << run[i] + run[i + 1];
        }
    }
    terms.removeDuplicates();
    return terms;
}

QStringList cjkQueryTerms(const QString& text) {
    QStringList terms;
    for (const QStringList& run : cjkRuns(text)) {
        if (run.size() == 1) terms << run.first();
        for (qsizetype i = 0; i + 1 < run.size(); ++i)
            terms << run[i] + run[i + 1];
    }
    terms.removeDuplicates();
    return terms;
}

} // namespace zt::contacts
