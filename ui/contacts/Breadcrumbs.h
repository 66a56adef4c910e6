#pragma once
// The path of the selected node above the tree (浙江省 › 杭州市 › 余杭区 …). Each crumb is a
// flat button: clicking one selects that node again.
#include "contacts/DirectoryProtocol.h"

#include <QWidget>

class QHBoxLayout;

namespace zt::ui {

class Breadcrumbs : public QWidget {
    Q_OBJECT
public:
    explicit Breadcrumbs(QWidget* parent = nullptr);

    void setPath(const QList<contacts::NodeInfo>& path);
    QString text() const; // the names joined by " › ", as shown
    QList<contacts::NodeInfo> path() const { return m_path; }

signals:
    void crumbClicked(int depth); // 0: the root of the path

private:
    void clear();

    QHBoxLayout* m_layout;
    QList<contacts::NodeInfo> m_path;
};

} // namespace zt::ui
