#include "common/CsvProblemList.h"

#include <QRegularExpression>

CsvProblemList::CsvProblemList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("problems"));
    setWordWrap(true);
    // Room for several problems without pushing the preview off a small screen.
    setMaximumHeight(140);
}

void CsvProblemList::setProblems(const QStringList& problems)
{
    clear();
    m_badLines.clear();
    for (const QString& problem : problems) {
        addItem(problem);
        if (const int line = lineOf(problem))
            m_badLines.insert(line);
    }
    setVisible(!problems.isEmpty());
}

int CsvProblemList::lineOf(const QString& problem)
{
    static const QRegularExpression linePrefix(QStringLiteral("^line (\\d+):"));
    const QRegularExpressionMatch match = linePrefix.match(problem);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}
