#pragma once
// The marks of an approval document drawn over its pages (issue 5 §2): notes as small pins,
// highlights as translucent yellow rectangles and seals as their images, all placed in
// normalised page coordinates so that they follow the zoom. The user's own marks still waiting
// to be sent are drawn too, a little fainter. Also the previews of the tools in use (the
// highlight being dragged, the seal following the mouse) and the hit-test that tooltips, clicks
// and the context menu ask. Pure painting and geometry: no widgets, no service.
#include "approval/ApprovalService.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <optional>

class QPainter;

namespace zt::ui {

class PageMarksLayer {
    Q_DECLARE_TR_FUNCTIONS(zt::ui::PageMarksLayer)
public:
    static constexpr int kPinSize = 20;    // device-independent pixels, whatever the zoom
    static const QColor kHighlightColor;   // translucent yellow
    static const QColor kPlaceholderColor; // a seal whose image has not arrived

    // What the document shows now: the server's annotations without those queued for removal,
    // the user's queued ones, and every seal (pending own seals included).
    void setDocument(const approval::DocumentView& view, qint64 selfId);
    void clear();
    void setNames(const QHash<qint64, QString>& names) { m_names = names; }

    const QList<approval::Annotation>& annotations() const { return m_annotations; }
    const QList<approval::PlacedSeal>& seals() const { return m_seals; }
    QImage sealImage(const QByteArray& hash) const { return m_images.value(hash); }
    bool isOwn(const approval::Annotation& a) const { return a.author == m_self && m_self != 0; }

    // Paints the marks of `page`, whose rectangle on screen is `target`.
    void paint(QPainter& painter, int page, const QRect& target) const;

    // Geometry on screen for a page at `target`.
    static QRectF pinRect(const approval::Annotation& note, const QRect& target);
    static QRectF highlightRect(const QRectF& normalised, const QRect& target);
    QRectF sealRect(const approval::SealPlacement& placement, const QRect& target) const {
        return sealRect(placement, target, m_images.value(placement.sealHash));
    }
    static QRectF sealRect(const approval::SealPlacement& placement, const QRect& target,
                           const QImage& image);
    // The topmost annotation under `pos` (screen coordinates) on a page at `target`.
    std::optional<approval::Annotation> annotationAt(int page, const QRect& target,
                                                     const QPointF& pos) const;
    QString describe(const approval::Annotation& a) const; // tooltip: author, text, pending

    // Previews, drawn over the marks; both cleared by clearPreview().
    void previewHighlight(int page, const QRectF& normalised);
    void previewSeal(int page, const approval::SealPlacement& placement, const QImage& image);
    void clearPreview();

private:
    void paintHighlight(QPainter& painter, const approval::Annotation& a, const QRect& t) const;
    void paintNote(QPainter& painter, const approval::Annotation& a, const QRect& t) const;
    void paintSeal(QPainter& painter, const QRectF& rect, const QImage& image, bool faint) const;

    qint64 m_self = 0;
    QList<approval::Annotation> m_annotations;
    QList<approval::PlacedSeal> m_seals;
    QHash<QByteArray, QImage> m_images; // decoded once per hash
    QHash<qint64, QString> m_names;
    int m_previewPage = -1;
    QRectF m_previewHighlight;
    std::optional<approval::SealPlacement> m_previewSeal;
    QImage m_previewImage;
};

} // namespace zt::ui
