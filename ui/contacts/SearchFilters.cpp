#include "SearchFilters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>

namespace zt::ui {

using contacts::Rank;

SearchFilters::SearchFilters(QWidget* parent)
    : QWidget(parent)
    , m_line(new QComboBox(this))
    , m_rank(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_inUnit(new QCheckBox(tr("Only in the selected &unit"), this)) {
    setObjectName(QStringLiteral("searchFilters"));
    fillLines();
    fillRanks();
    fillRoles();
    m_inUnit->setObjectName(QStringLiteral("onlyInUnitCheck"));
    m_inUnit->setAccessibleName(tr("Only in the selected unit"));
    m_inUnit->setToolTip(tr("Search only inside the unit or region selected in the tree"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line);
    layout->addWidget(m_rank);
    layout->addWidget(m_role);
    layout->addWidget(m_inUnit);
    layout->addStretch(1);
    for (QComboBox* box : {m_line, m_rank, m_role}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &SearchFilters::changed);
    }
    connect(m_inUnit, &QCheckBox::toggled, this, &SearchFilters::changed);
}

void SearchFilters::fillLines() {
    m_line->setObjectName(QStringLiteral("lineCombo"));
    m_line->setAccessibleName(tr("Line"));
    m_line->setToolTip(tr("Only people working in this line of government"));
    m_line->addItem(tr("All lines"), QString());
    // The server's line names (server/directory/UnitTemplates.cpp): data, so not translated.
    static const char16_t* const lines[] = {
        u"综合", u"发改", u"经信",     u"教育",     u"科技", u"公安", u"民政",     u"司法",
        u"财政", u"人社", u"自然资源", u"生态环境", u"住建", u"交通", u"水利",     u"农业农村",
        u"商务", u"文旅", u"卫健",     u"退役军人", u"应急", u"审计", u"市场监管", u"统计",
        u"医保", u"信访", u"数据",     u"执法",     u"保密"};
    for (const char16_t* line : lines)
        m_line->addItem(QString::fromUtf16(line), QString::fromUtf16(line));
}

void SearchFilters::fillRanks() {
    m_rank->setObjectName(QStringLiteral("rankCombo"));
    m_rank->setAccessibleName(tr("Rank"));
    m_rank->setToolTip(tr("Only people holding this rank"));
    m_rank->addItem(tr("Any rank"), int(Rank::None));
    for (int r = int(Rank::Clerk); r <= int(Rank::Bureau); ++r)
        m_rank->addItem(contacts::rankName(Rank(r)), r); // official terms, as printed on papers
}

void SearchFilters::fillRoles() {
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setToolTip(tr("Only people with this role in their unit"));
    m_role->addItem(tr("Any role"), 0);
    m_role->addItem(tr("Leader"), int(contacts::RoleLeader));
    m_role->addItem(tr("Liaison"), int(contacts::RoleLiaison));
    m_role->addItem(tr("Directory admin"), int(contacts::RoleDirectoryAdmin));
}

void SearchFilters::applyTo(contacts::SearchArgs& args) const {
    args.line = m_line->currentData().toString();
    args.rank = Rank(m_rank->currentData().toInt());
    args.role = m_role->currentData().toInt();
}

bool SearchFilters::onlySelectedUnit() const {
    return m_inUnit->isChecked();
}

bool SearchFilters::browses() const {
    return m_line->currentIndex() > 0 || m_rank->currentIndex() > 0 || m_role->currentIndex() > 0;
}

bool SearchFilters::isActive() const {
    return m_line->currentIndex() > 0 || m_rank->currentIndex() > 0 || m_role->currentIndex() > 0 ||
           m_inUnit->isChecked();
}

} // namespace zt::ui
