#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// One number of a report: a figure (rules/ReportDefinitions names and defines
// each) and, for a breakdown, the value it is broken down by ("mediation",
// "parent", "B", a cancellation reason). A share carries its numerator and
// denominator; a time (days) its count of cases.
struct ReportValue
{
    QString figure;
    QString detail;
    double value = 0;       // a count, a percentage (0-100) or a number of working days
    qint64 numerator = 0;   // shares: how many met it; times: how many cases were measured
    qint64 denominator = 0; // shares: out of how many
    bool hasValue = true;   // false for a share or time with nothing to measure
};

// The figures for one period and one council (or every council).
struct ReportFigures
{
    QDate from;
    QDate to;
    std::optional<qint64> councilId; // empty: every council
    QString councilCode;             // "ALL" for every council
    QString councilName;
    QList<ReportValue> values;

    // The value of a figure (and detail), or nullptr.
    const ReportValue* find(const QString& figure, const QString& detail = {}) const
    {
        for (const ReportValue& v : values) {
            if (v.figure == figure && v.detail == detail)
                return &v;
        }
        return nullptr;
    }
    // A count, 0 when absent.
    double valueOf(const QString& figure, const QString& detail = {}) const
    {
        const ReportValue* v = find(figure, detail);
        return v ? v->value : 0;
    }
};
