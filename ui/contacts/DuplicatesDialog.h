#pragma once

#include "store/directory/ContactRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class WorkContext;

// The likely duplicates of the directory (the same name, and the same email
// or phone), a pair a row; either entry of the chosen pair can be kept, the
// other merged into it (its invitees and links move over, its details fill
// the kept entry's gaps) after the person confirms.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicatesDialog(WorkContext* context, QWidget* parent = nullptr);

    QTableWidget* pairs() const { return m_table; }
    int pairCount() const { return static_cast<int>(m_pairs.size()); }
    // Keeps the first (or second) entry of the pair on `row`; true when merged.
    bool mergePair(int row, bool keepFirst);
    // How many merges were made while the dialog was open.
    int mergesMade() const { return m_merges; }

private:
    void reload();
    void updateButtons();
    static QString describe(const Contact& contact);

    WorkContext* m_context;
    QList<LikelyDuplicate> m_pairs;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_keepFirst;
    QPushButton* m_keepSecond;
    int m_merges = 0;
};
