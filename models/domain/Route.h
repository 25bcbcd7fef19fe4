#pragma once

#include <QString>
#include <optional>

// Which service a case follows (rules/README.md section 1). The strings are the
// values of cases.route in the schema.
enum class Route
{
    Mediation,              // CFA ss.52-56: about an appealable council decision
    DisagreementResolution, // CFA s.57: any other SEN disagreement
};

QString routeToString(Route route);
std::optional<Route> routeFromString(const QString& text);
// For people: "Disagreement resolution".
QString routeTitle(Route route);
