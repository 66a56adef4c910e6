#pragma once
// The units (单位/部门) each administrative level has, with their line (条线) and divisions (科室).
#include <QList>
#include <QString>
#include <QStringList>

namespace zt::server {

struct UnitTemplate {
    QString name;         // appended to the division's name, e.g. 余杭区 + 教育局
    QString line;         // 条线
    QStringList sections; // 科室 inside the unit
    bool hidden = false;  // invisible to people outside it
};

const QList<UnitTemplate>& provinceUnits();
const QList<UnitTemplate>& cityUnits();
const QList<UnitTemplate>& countyUnits();
const QList<UnitTemplate>& townshipUnits();

} // namespace zt::server
