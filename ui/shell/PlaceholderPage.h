#pragma once

#include <QWidget>

// Stands in the navigation for a screen whose issue has not landed yet, and
// says so plainly instead of showing an empty area.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};
