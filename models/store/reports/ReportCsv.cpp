#include "store/reports/ReportCsv.h"

#include "rules/IsoDate.h"
#include "rules/ReportDefinitions.h"
#include "store/infrastructure/CsvCell.h"

namespace ReportCsv {

QStringList columns()
{
    return {QStringLiteral("council_code"), QStringLiteral("council"),   QStringLiteral("period_from"),
            QStringLiteral("period_to"),    QStringLiteral("figure"),    QStringLiteral("detail"),
            QStringLiteral("title"),        QStringLiteral("value"),     QStringLiteral("numerator"),
            QStringLiteral("denominator"),  QStringLiteral("definition")};
}

QString formatValue(const ReportValue& value)
{
    return ReportDefinitions::valueText(value);
}

QByteArray write(const QList<ReportFigures>& reports, const QStringList& figures)
{
    QString text;
    auto row = [&text](const QStringList& cells) {
        QStringList formatted;
        for (const QString& cell : cells)
            formatted << CsvCell::format(cell);
        text += formatted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    row(columns());
    for (const ReportFigures& report : reports) {
        for (const ReportValue& value : report.values) {
            if (!figures.isEmpty() && !figures.contains(value.figure))
                continue;
            const ReportDefinitions::Figure* figure = ReportDefinitions::find(value.figure);
            const bool share = figure && figure->kind == ReportDefinitions::Kind::Share;
            const bool days = figure && figure->kind == ReportDefinitions::Kind::Days;
            row({report.councilCode, report.councilName, IsoDate::format(report.from),
                 IsoDate::format(report.to), value.figure, value.detail, figure ? figure->title : QString(),
                 formatValue(value), share || days ? QString::number(value.numerator) : QString(),
                 share ? QString::number(value.denominator) : QString(),
                 figure ? figure->definition() : QString()});
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace ReportCsv
