#pragma once

#include <QObject>

class QDialogButtonBox;

// Qt 6.4 leaves a standard button out of Tab's round when buttons are added
// to the box after it ("Cancel" beside an added "Void certificate" is never
// reached by Tab, only by Escape). This puts the box's buttons in the focus
// chain in the order they stand, left to right, each time the box is shown
// or laid out again.
class ButtonBoxTabOrder : public QObject
{
    Q_OBJECT

public:
    static void keep(QDialogButtonBox* box);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ButtonBoxTabOrder(QDialogButtonBox* box);
    void chain();

    QDialogButtonBox* m_box;
};
