// Every dialog and screen as a person without a mouse, or with a screen
// reader, meets it: each control has a name a screen reader says and each
// table a description (walked through the QAccessible tree, as assistive
// technology sees it); Tab reaches every control, once each, in reading
// order; and no control takes the keyboard without showing it has focus.
#include "WindowCatalogue.h"
#include "cases/CaseWorkspace.h"
#include "shell/Appearance.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace {
// The roles a person operates or reads as a control; each needs a name.
bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

bool isView(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree;
}

QString describe(QAccessibleInterface* iface)
{
    QObject* object = iface->object();
    QString what = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?");
    if (object && !object->objectName().isEmpty())
        what += QStringLiteral(" \"%1\"").arg(object->objectName());
    if (auto* widget = qobject_cast<QWidget*>(object)) {
        const QRect r(widget->mapTo(widget->window(), QPoint()), widget->size());
        what += QStringLiteral(" at %1,%2").arg(r.x()).arg(r.y());
        if (QWidget* parent = widget->parentWidget())
            what +=
                QStringLiteral(" in %1 \"%2\"")
                    .arg(QString::fromLatin1(parent->metaObject()->className()), parent->accessibleName());
    }
    return what + QStringLiteral(" (role 0x%1)").arg(int(iface->role()), 0, 16);
}

// The controls of `root` that a screen reader could not name, one a line.
void walk(QAccessibleInterface* iface, QStringList* problems, int depth = 0)
{
    if (!iface || depth > 40 || iface->state().invisible)
        return;
    // Qt's own clear button inside a line edit: Qt names neither it nor its
    // action, and Escape or select-all-and-delete does the same from the keyboard.
    if (iface->object() && iface->object()->inherits("QLineEditIconButton"))
        return;
    const QAccessible::Role role = iface->role();
    if (needsName(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        *problems << QStringLiteral("no accessible name: ") + describe(iface);
    if (isView(role)) {
        if (iface->text(QAccessible::Description).trimmed().isEmpty())
            *problems << QStringLiteral("no accessible description: ") + describe(iface);
        return; // its cells are named by what they hold
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), problems, depth + 1);
}

QStringList namelessControls(QWidget* window)
{
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(window), &problems);
    return problems;
}

// What Tab should reach: visible, enabled widgets that take focus by Tab.
bool tabbable(QWidget* widget, QWidget* window)
{
    if (!widget->isVisibleTo(window) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    // Tab stops at the checked button of a group of radio buttons; the arrow
    // keys choose among them (Qt's rule and the platforms').
    if (auto* radio = qobject_cast<QRadioButton*>(widget); radio && !radio->isChecked()) {
        for (QRadioButton* other :
             radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly)) {
            if (other != radio && other->isChecked() && other->autoExclusive())
                return false;
        }
    }
    // A view's viewport, headers and scroll bars are the view's own; a
    // widget in one of its cells (the calendar's day lists) is a control.
    for (QWidget* up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (auto* view = qobject_cast<QAbstractItemView*>(up))
            return widget->parentWidget() == view->viewport() && widget->focusProxy() == nullptr;
    }
    return widget->focusProxy() == nullptr;
}

// "QPushButton "Save"": a control as the messages name it, by what a screen reader says.
QString nameOf(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()),
             iface ? iface->text(QAccessible::Name) : QString());
}

QRect placeOf(QWidget* widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint()), widget->size());
}

// The nearest group box (or the window) a widget sits in: reading order is
// checked within one, since group boxes side by side are read column by column.
QWidget* sectionOf(QWidget* widget)
{
    for (QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<QGroupBox*>(up) || up->isWindow())
            return up;
    }
    return widget->window();
}

// Tabs through `window` from its first control and says what is wrong.
QStringList tabOrderProblems(QWidget* window)
{
    QList<QWidget*> expected;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (tabbable(widget, window))
            expected << widget;
    }
    if (expected.isEmpty())
        return {};
    QApplication::setActiveWindow(window);
    window->activateWindow();
    // From where the window puts the keyboard when it opens (else the first
    // control of its focus chain), once round: the step from the last control
    // back to the first is the round's end, not a step back up.
    QWidget* first = window->focusWidget();
    if (!first || !tabbable(first, window)) {
        first = window->nextInFocusChain();
        while (first != window && !tabbable(first, window))
            first = first->nextInFocusChain();
    }
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited;
    QStringList problems;
    int presses = 0;
    const int most = 4 * int(expected.size()) + 8; // date and time edits take a Tab a section
    while (presses++ < most) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus || focus->window() != window) {
            problems << QStringLiteral("Tab left the window after %1 controls").arg(visited.size());
            break;
        }
        while (focus->focusProxy())
            focus = focus->focusProxy();
        if (!visited.isEmpty() && focus == visited.first() && visited.size() > 1)
            break; // round once
        if (visited.isEmpty() || visited.last() != focus) {
            if (visited.contains(focus)) {
                problems << QStringLiteral("Tab comes back to %1 \"%2\" before reaching the rest")
                                .arg(QString::fromLatin1(focus->metaObject()->className()),
                                     focus->accessibleName());
                break;
            }
            visited << focus;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
        QCoreApplication::processEvents(); // as the event loop would between two key presses
    }
    for (QWidget* widget : std::as_const(expected)) {
        if (!visited.contains(widget))
            problems << QStringLiteral("Tab never reaches %1 at %2,%3")
                            .arg(nameOf(widget))
                            .arg(placeOf(widget).x())
                            .arg(placeOf(widget).y());
    }
    // Reading order: within a section, the next control is below the one
    // before or starts a column to its right. Once round the window, Tab
    // goes back up exactly once, from the last control to the first; a
    // second step up is a control out of its place.
    QStringList ups;
    for (qsizetype i = 0; i < visited.size() && visited.size() > 1; ++i) {
        QWidget* from = visited.at(i);
        QWidget* to = visited.at((i + 1) % visited.size());
        if (sectionOf(from) != sectionOf(to))
            continue;
        const QRect a = placeOf(from);
        const QRect b = placeOf(to);
        const bool down = b.top() >= a.top() - 4;
        const bool right = b.left() >= a.right() - 4;
        if (!down && !right)
            ups << QStringLiteral("Tab goes back up from %1 to %2").arg(nameOf(from), nameOf(to));
    }
    if (ups.size() > 1) {
        problems << ups;
        QStringList order;
        for (QWidget* widget : std::as_const(visited))
            order << nameOf(widget);
        problems << QStringLiteral("the order Tab takes: ") + order.join(QStringLiteral(", "));
    }
    return problems;
}

// The controls of `window` that look the same with the keyboard as without
// it: a person using Tab could not see where they are.
QStringList invisibleFocus(QWidget* window)
{
    QStringList problems;
    QApplication::setActiveWindow(window);
    window->activateWindow();
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!tabbable(widget, window))
            continue;
        window->setFocus(Qt::OtherFocusReason); // the keyboard elsewhere
        QCoreApplication::processEvents();
        const QImage without = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        // As after a press of Tab: styles show focus once the keyboard is in use.
        window->setAttribute(Qt::WA_KeyboardFocusChange);
        QCoreApplication::processEvents();
        if (!widget->hasFocus())
            continue; // it passes the keyboard on; what takes it is checked itself
        const QImage with = widget->grab().toImage();
        if (with == without)
            problems << QStringLiteral("no visible focus: %1 at %2,%3")
                            .arg(nameOf(widget))
                            .arg(placeOf(widget).x())
                            .arg(placeOf(widget).y());
    }
    return problems;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Appearance::applyRemembered(false); // the program's look: focus rings
    }
    void init();
    void cleanup();
    void walkersFindWhatTheyLookFor();
    void dialogNames_data() { WindowCatalogue::addDialogRows(); }
    void dialogNames();
    void screenNames_data() { WindowCatalogue::addScreenRows(); }
    void screenNames();
    void dialogTabOrder_data() { WindowCatalogue::addDialogRows(); }
    void dialogTabOrder();
    void screenTabOrder_data() { WindowCatalogue::addScreenRows(); }
    void dialogFocusIsVisible_data() { WindowCatalogue::addDialogRows(); }
    void dialogFocusIsVisible();
    void screenFocusIsVisible_data() { WindowCatalogue::addScreenRows(); }
    void screenFocusIsVisible();
    void screenTabOrder();
    void screensFitASmallLaptop_data() { WindowCatalogue::addScreenRows(); }
    void screensFitASmallLaptop();
    void caseWorkspaceTabs_data();
    void caseWorkspaceTabs();

private:
    std::unique_ptr<QWidget> show(const WindowFactory& make, const QSize& size = {});
    CatalogueOffice m_office;
};

void TestAccessibility::init()
{
    const QString problem = m_office.open();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestAccessibility::cleanup()
{
    m_office.close();
}

std::unique_ptr<QWidget> TestAccessibility::show(const WindowFactory& make, const QSize& size)
{
    std::unique_ptr<QWidget> window(make(m_office.context(), m_office.caseId()));
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// The walkers catch what they are for, so an empty list means something.
void TestAccessibility::walkersFindWhatTheyLookFor()
{
    QWidget window;
    auto* named = new QLineEdit(&window);
    named->setAccessibleName(QStringLiteral("Named"));
    auto* nameless = new QLineEdit(&window);
    nameless->move(0, 40);
    auto* back = new QPushButton(QStringLiteral("Back up"), &window);
    back->move(0, 80);
    // Tab goes named -> back -> nameless: from the button at y=80 up to y=40.
    QWidget::setTabOrder(named, back);
    QWidget::setTabOrder(back, nameless);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList names = namelessControls(&window);
    QCOMPARE(names.size(), 1);
    QVERIFY2(names.first().startsWith(QStringLiteral("no accessible name: QLineEdit")),
             qPrintable(names.first()));
    const QStringList order = tabOrderProblems(&window);
    QVERIFY2(order.join('\n').contains(QStringLiteral("Tab goes back up from QPushButton")),
             qPrintable(order.join('\n')));
    // A control that draws nothing of its own shows no focus; the line edits and the button do.
    auto* blank = new QWidget(&window);
    blank->setFocusPolicy(Qt::StrongFocus);
    blank->setGeometry(0, 120, 40, 20);
    blank->show();
    const QStringList focus = invisibleFocus(&window);
    QCOMPARE(focus.size(), 1);
    QVERIFY2(focus.first().startsWith(QStringLiteral("no visible focus: QWidget")),
             qPrintable(focus.first()));
}

void TestAccessibility::dialogNames()
{
    QFETCH(WindowFactory, make);
    const std::unique_ptr<QWidget> dialog = show(make);
    QVERIFY(dialog);
    const QStringList problems = namelessControls(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestAccessibility::screenNames()
{
    QFETCH(WindowFactory, make);
    const std::unique_ptr<QWidget> screen = show(make, QSize(1366, 700));
    QVERIFY(screen);
    const QStringList problems = namelessControls(screen.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestAccessibility::dialogTabOrder()
{
    QFETCH(WindowFactory, make);
    const std::unique_ptr<QWidget> dialog = show(make);
    QVERIFY(dialog);
    const QStringList problems = tabOrderProblems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestAccessibility::screenTabOrder()
{
    QFETCH(WindowFactory, make);
    const std::unique_ptr<QWidget> screen = show(make, QSize(1366, 700));
    QVERIFY(screen);
    const QStringList problems = tabOrderProblems(screen.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestAccessibility::dialogFocusIsVisible()
{
    QFETCH(WindowFactory, make);
    const std::unique_ptr<QWidget> dialog = show(make);
    QVERIFY(dialog);
    const QStringList problems = invisibleFocus(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestAccessibility::screenFocusIsVisible()
{
    QFETCH(WindowFactory, make);
    const std::unique_ptr<QWidget> screen = show(make, QSize(1366, 700));
    QVERIFY(screen);
    const QStringList problems = invisibleFocus(screen.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

// At 1366x768 (a common office laptop, and 2732x1536 at 200%) every screen
// fits beside the navigation, with a margin for a font a little wider than
// the one here: a screen wider than that pushes its right edge off the window.
void TestAccessibility::screensFitASmallLaptop()
{
    QFETCH(WindowFactory, make);
    const std::unique_ptr<QWidget> screen = show(make, QSize(1366, 700));
    QVERIFY(screen);
    const int navigation = 180;
    const int room = 1366 - navigation - 60;
    const QSize least = screen->minimumSizeHint().expandedTo(screen->minimumSize());
    QVERIFY2(least.width() <= room,
             qPrintable(QStringLiteral("%1 pixels wide at least; room for %2").arg(least.width()).arg(room)));
}

// Each page of the case workspace, not only the one it opens on: the walk
// skips what is hidden, and the other pages are hidden behind their tabs.
void TestAccessibility::caseWorkspaceTabs_data()
{
    QTest::addColumn<int>("page");
    const char* const pages[] = {"deadlines and timeline", "details",         "invitees",  "meetings",
                                 "certificates",           "travel expenses", "documents", "tasks"};
    for (int page = 0; page < int(std::size(pages)); ++page)
        QTest::newRow(pages[page]) << page;
}

void TestAccessibility::caseWorkspaceTabs()
{
    QFETCH(int, page);
    const std::unique_ptr<QWidget> workspace =
        show([](WorkContext* c, qint64 id) { return new CaseWorkspace(c, id); }, QSize(1366, 700));
    QVERIFY(workspace);
    auto* tabs = workspace->findChild<QTabWidget*>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 8);
    QVERIFY(QTest::qWaitForWindowExposed(workspace.get()));
    // Alt+1 ... Alt+8 show the pages from anywhere in the case, here its header.
    QApplication::setActiveWindow(workspace.get());
    auto* header = workspace->findChild<QPushButton*>();
    QVERIFY(header);
    header->setFocus();
    QTest::keyClick(header, static_cast<Qt::Key>(Qt::Key_1 + page), Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), page);
    QVERIFY(tabs->currentWidget()->isVisible());
    const QStringList names = namelessControls(workspace.get());
    QVERIFY2(names.isEmpty(), qPrintable(names.join('\n')));
    const QStringList order = tabOrderProblems(workspace.get());
    QVERIFY2(order.isEmpty(), qPrintable(order.join('\n')));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
