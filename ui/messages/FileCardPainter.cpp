#include "FileCardPainter.h"
#include "TransferProgress.h"
#include "chat/ChatTypes.h"
#include "chat/TimelineModel.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPixmapCache>

namespace zt::ui {

using M = chat::TimelineModel;

namespace {
constexpr int kIcon = 40;
constexpr int kGap = 8;
constexpr int kBarHeight = 6;
const QSize kPreviewBox{240, 180};

QColor typeColour(const QString& label) {
    static const QHash<QString, QColor> colours{{QStringLiteral("PDF"), QColor(0xd0, 0x3a, 0x2f)},
                                                {QStringLiteral("DOC"), QColor(0x2b, 0x57, 0x9a)},
                                                {QStringLiteral("XLS"), QColor(0x21, 0x73, 0x46)},
                                                {QStringLiteral("PPT"), QColor(0xd2, 0x47, 0x26)},
                                                {QStringLiteral("ZIP"), QColor(0x8d, 0x6e, 0x3f)},
                                                {QStringLiteral("IMG"), QColor(0x7b, 0x4f, 0xa6)},
                                                {QStringLiteral("AV"), QColor(0x1f, 0x8a, 0x8a)}};
    return colours.value(label, QColor(0x70, 0x78, 0x80));
}
} // namespace

FileCardPainter::FileCardPainter(const QFont& font, const QModelIndex& index)
    : m_font(font)
    , m_index(index)
    , m_thumb(thumbnail(index)) {
    if (m_thumb.isNull()) return;
    m_previewSize = m_thumb.size();
    if (m_previewSize.width() > kPreviewBox.width() ||
        m_previewSize.height() > kPreviewBox.height())
        m_previewSize = m_previewSize.scaled(kPreviewBox, Qt::KeepAspectRatio);
}

QPixmap FileCardPainter::thumbnail(const QModelIndex& index) {
    const QByteArray bytes = index.data(M::FileThumbRole).toByteArray();
    if (bytes.isEmpty()) return {};
    // The cid names the message on both sides; the size tells a re-sent thumbnail apart.
    const QString key =
        QStringLiteral("zt-thumb:%1:%2").arg(index.data(M::CidRole).toString()).arg(bytes.size());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap)) return pixmap;
    if (!pixmap.loadFromData(bytes)) return {};
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QSize FileCardPainter::size() const {
    const QFontMetrics fm(m_font);
    const int text = 3 * fm.height() + 2; // name, size, transfer line
    if (!m_thumb.isNull()) return {kWidth, m_previewSize.height() + kGap + text};
    return {kWidth, qMax(kIcon, 2 * fm.height() + 2) + kGap / 2 + fm.height()};
}

FileCardPainter::Geometry FileCardPainter::geometry(const QPoint& topLeft) const {
    const QFontMetrics fm(m_font);
    Geometry g;
    g.card = QRect(topLeft, size());
    int y = topLeft.y();
    int textLeft = topLeft.x();
    if (!m_thumb.isNull()) {
        g.preview = QRect(QPoint(topLeft.x(), y), m_previewSize);
        y = g.preview.bottom() + 1 + kGap;
    } else {
        g.preview = QRect(topLeft, QSize(kIcon, kIcon));
        textLeft = g.preview.right() + 1 + kGap;
    }
    const int textWidth = g.card.right() + 1 - textLeft;
    g.name = QRect(textLeft, y, textWidth, fm.height());
    g.size = QRect(textLeft, g.name.bottom() + 2, textWidth, fm.height());
    const int lineTop = m_thumb.isNull() ? qMax(g.preview.bottom(), g.size.bottom()) + 1 + kGap / 2
                                         : g.size.bottom() + 1;
    g.line = QRect(topLeft.x(), lineTop, kWidth, fm.height());
    g.bar =
        QRect(g.line.left(), g.line.center().y() - kBarHeight / 2, int(kWidth * 0.6), kBarHeight);
    return g;
}

QString FileCardPainter::lineText(const std::optional<Transfer>& t) const {
    const bool failedSend = m_index.data(M::StateRole).toInt() == int(chat::DeliveryState::Failed);
    if (failedSend) return tr("Failed: %1 · Retry").arg(m_index.data(M::ErrorRole).toString());
    if (t && t->failed()) return tr("Failed: %1 · Click to try again").arg(t->error);
    if (t)
        return t->upload ? tr("Sending %1%").arg(t->percent())
                         : tr("Downloading %1%").arg(t->percent());
    const bool image = !m_thumb.isNull();
    return image ? tr("Click to view") : tr("Click to open");
}

QString FileCardPainter::humanSize(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString FileCardPainter::typeLabel(const QString& name, const QString& mime) {
    const QString ext = QFileInfo(name).suffix().toLower();
    if (ext == QLatin1String("pdf")) return QStringLiteral("PDF");
    for (const char* e : {"doc", "docx", "odt", "wps", "rtf", "txt"})
        if (ext == QLatin1String(e)) return QStringLiteral("DOC");
    for (const char* e : {"xls", "xlsx", "ods", "csv", "et"})
        if (ext == QLatin1String(e)) return QStringLiteral("XLS");
    for (const char* e : {"ppt", "pptx", "odp", "dps"})
        if (ext == QLatin1String(e)) return QStringLiteral("PPT");
    for (const char* e : {"zip", "rar", "7z", "gz", "tar", "xz"})
        if (ext == QLatin1String(e)) return QStringLiteral("ZIP");
    if (mime.startsWith(QLatin1String("image/"))) return QStringLiteral("IMG");
    if (mime.startsWith(QLatin1String("audio/")) || mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("AV");
    return ext.isEmpty() || ext.size() > 4 ? QStringLiteral("FILE") : ext.toUpper();
}

void FileCardPainter::paint(QPainter* p, const QPoint& topLeft,
                            const std::optional<Transfer>& t) const {
    const Geometry g = geometry(topLeft);
    const QString name = m_index.data(M::FileNameRole).toString();
    const QFontMetrics fm(m_font);
    p->save();
    p->setFont(m_font);
    if (!m_thumb.isNull()) {
        p->drawPixmap(g.preview, m_thumb);
    } else {
        const QString label = typeLabel(name, m_index.data(M::FileMimeRole).toString());
        p->setPen(Qt::NoPen);
        p->setBrush(typeColour(label));
        p->drawRoundedRect(g.preview, 4, 4);
        QFont small = m_font;
        small.setBold(true);
        small.setPointSizeF(m_font.pointSizeF() > 0 ? m_font.pointSizeF() * 0.75 : 7);
        p->setFont(small);
        p->setPen(Qt::white);
        p->drawText(g.preview, Qt::AlignCenter, label);
        p->setFont(m_font);
    }
    p->setPen(QColor(0x20, 0x20, 0x20));
    p->drawText(g.name, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(name, Qt::ElideMiddle, g.name.width()));
    p->setPen(QColor(0x60, 0x60, 0x60));
    const qint64 size = m_index.data(M::FileSizeRole).toLongLong();
    p->drawText(g.size, Qt::AlignLeft | Qt::AlignVCenter,
                t && !t->failed() && t->total > 0
                    ? tr("%1 of %2").arg(humanSize(t->done), humanSize(t->total))
                    : humanSize(size));
    const QString line = lineText(t);
    const bool failed = m_index.data(M::StateRole).toInt() == int(chat::DeliveryState::Failed) ||
                        (t && t->failed());
    QRect textRect = g.line;
    if (t && !failed) {
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xd8, 0xdc, 0xe0));
        p->drawRoundedRect(g.bar, 3, 3);
        QRect done = g.bar;
        done.setWidth(g.bar.width() * t->percent() / 100);
        p->setBrush(QColor(0x1f, 0x6f, 0xd0));
        if (done.width() > 0) p->drawRoundedRect(done, 3, 3);
        textRect.setLeft(g.bar.right() + kGap);
    }
    p->setPen(failed ? QColor(0xd0, 0x30, 0x30) : QColor(0x60, 0x60, 0x60));
    p->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(line, Qt::ElideRight, textRect.width()));
    p->restore();
}

} // namespace zt::ui
