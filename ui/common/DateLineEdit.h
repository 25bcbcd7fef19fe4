#pragma once

#include <QDate>
#include <QLineEdit>

// A date a person types, which may be left empty ("no date"): QDateEdit has no
// null. Takes 3/4/2026, 03/04/2026 (UK order), 03042026 (day, month and year
// without separators) or 2026-04-03; anything else, such as 30/02/2026, is an
// error the form can show (errorText()).
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    // The date typed; null when empty or not a real date.
    QDate date() const;
    void setDate(const QDate& date);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    // Empty or a real date.
    bool isAcceptable() const { return errorText().isEmpty(); }
    // What is wrong with the text, in words; empty when nothing is.
    QString errorText() const;

    // Parses UK or ISO dates; a null QDate when the text is not a real date.
    static QDate parse(const QString& text);

signals:
    void dateEdited();
};
