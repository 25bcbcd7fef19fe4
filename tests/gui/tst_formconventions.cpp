// Every dialog and screen that can be constructed, walked for what a person
// reads and presses: no "&" showing on screen (a label without a buddy shows
// its "&" as typed; "&&" shows one), and no Alt+letter used twice in one
// window, which would make the shortcut go to the first of the two only.
#include "WindowCatalogue.h"
#include "cases/NewReferralDialog.h"
#include "shell/MenuTitles.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <algorithm>
#include <functional>
#include <memory>

namespace {
// The letter of an Alt shortcut in a text ("&Save" is s); null when none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What a person reads of a text whose "&" marks a shortcut.
QString shownText(const QString& text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

// What is wrong with the visible texts of `window`, one a line. The letters
// in `reserved` (a screen's: the menu bar's) are taken already.
QStringList conventionProblems(QWidget* window, const QStringList& reserved = {})
{
    QStringList problems;
    QHash<QChar, QString> taken;
    for (const QString& title : reserved)
        taken.insert(mnemonicOf(title), QStringLiteral("menu \"%1\"").arg(shownText(title)));
    auto check = [&](const QString& text, bool shortcutText, const QString& what) {
        const QString shown = shortcutText ? shownText(text) : text;
        if (shown.contains(QLatin1Char('&')))
            problems << QStringLiteral("%1 shows a literal \"&\": \"%2\"").arg(what, shown);
        if (!shortcutText)
            return;
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        if (taken.contains(key))
            problems << QStringLiteral("Alt+%1 is both %2 and %3").arg(key.toUpper(), taken.value(key), what);
        else
            taken.insert(key, what);
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                check(QTextDocumentFragment::fromHtml(label->text()).toPlainText(), false,
                      QStringLiteral("label"));
            else
                check(label->text(), label->buddy() != nullptr,
                      QStringLiteral("label \"%1\"").arg(shownText(label->text())));
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            check(button->text(), true, QStringLiteral("button \"%1\"").arg(shownText(button->text())));
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            check(box->title(), true, QStringLiteral("group \"%1\"").arg(shownText(box->title())));
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs->tabText(i), true, QStringLiteral("tab \"%1\"").arg(shownText(tabs->tabText(i))));
        }
    }
    return problems;
}
} // namespace

class TestFormConventions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkerFindsWhatItLooksFor();
    void catalogueHasEveryDialog();
    void dialogs_data();
    void dialogs();
    void newReferralInEveryShape();
    void screens_data();
    void screens();

private:
    CatalogueOffice m_office;
};

void TestFormConventions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFormConventions::init()
{
    const QString problem = m_office.open();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFormConventions::cleanup()
{
    m_office.close();
}

void TestFormConventions::walkerFindsWhatItLooksFor()
{
    QWidget window;
    auto* first = new QLabel(QStringLiteral("&Search:"), &window);
    first->setBuddy(new QComboBox(&window));
    new QRadioButton(QStringLiteral("&Save"), &window);
    new QLabel(QStringLiteral("Tom && Jerry"), &window);
    new QLabel(QStringLiteral("&Orphan:"), &window);
    const QStringList problems = conventionProblems(&window);
    QVERIFY2(problems.join('\n').contains(QStringLiteral("Alt+S is both")), qPrintable(problems.join('\n')));
    QVERIFY2(problems.join('\n').contains(QStringLiteral("\"Tom && Jerry\"")),
             qPrintable(problems.join('\n')));
    QVERIFY2(problems.join('\n').contains(QStringLiteral("\"&Orphan:\"")), qPrintable(problems.join('\n')));
    QCOMPARE(problems.size(), 3);
}

// Every dialog, wizard and wizard page class declared under ui/ (found in
// the headers, with the classes derived from them) is made by the catalogue,
// so the walks here and in tst_accessibility reach it.
void TestFormConventions::catalogueHasEveryDialog()
{
    const QString uiDir = qEnvironmentVariable("CG_SOURCE_DIR") + QStringLiteral("/ui");
    QVERIFY2(QDir(uiDir).exists(), qPrintable(uiDir));
    const QRegularExpression declaration(
        QStringLiteral(R"(class\s+(\w+)\s*(?:final\s*)?:\s*public\s+(\w+))"));
    QHash<QString, QString> baseOf;
    QDirIterator headers(uiDir, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (headers.hasNext()) {
        QFile file(headers.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = declaration.globalMatch(text); match.hasNext();) {
            const auto found = match.next();
            baseOf.insert(found.captured(1), found.captured(2));
        }
    }
    QSet<QString> windows{QStringLiteral("QDialog"), QStringLiteral("QWizard"),
                          QStringLiteral("QWizardPage")};
    QStringList classes;
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = baseOf.cbegin(); it != baseOf.cend(); ++it) {
            if (windows.contains(it.value()) && !windows.contains(it.key())) {
                windows.insert(it.key());
                classes << it.key();
                grew = true;
            }
        }
    }
    QVERIFY2(classes.size() > 30, qPrintable(classes.join(' '))); // the scan found the dialogs

    QList<std::shared_ptr<QWidget>> made;
    for (const CatalogueRow& row : WindowCatalogue::dialogs())
        made << std::shared_ptr<QWidget>(row.make(m_office.context(), m_office.caseId()));
    QStringList missing;
    for (const QString& name : std::as_const(classes)) {
        const QByteArray className = name.toLatin1();
        const bool reached = std::any_of(made.cbegin(), made.cend(), [&](const std::shared_ptr<QWidget>& w) {
            if (w->inherits(className.constData()))
                return true;
            const QList<QObject*> children = w->findChildren<QObject*>();
            return std::any_of(children.cbegin(), children.cend(),
                               [&](const QObject* child) { return child->inherits(className.constData()); });
        });
        if (!reached)
            missing << name;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("add to WindowCatalogue: ") + missing.join(", ")));
}

void TestFormConventions::dialogs_data()
{
    WindowCatalogue::addDialogRows();
}

void TestFormConventions::dialogs()
{
    QFETCH(WindowFactory, make);
    std::unique_ptr<QWidget> dialog(make(m_office.context(), m_office.caseId()));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QStringList problems = conventionProblems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestFormConventions::newReferralInEveryShape()
{
    NewReferralDialog dialog(m_office.context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* referrer = dialog.findChild<QComboBox*>();
    QVERIFY(referrer);
    QList<QRadioButton*> routes = dialog.findChildren<QRadioButton*>();
    QCOMPARE(routes.size(), 2);
    for (QRadioButton* route : routes) {
        route->setChecked(true);
        for (int kind = 0; kind < referrer->count(); ++kind) {
            referrer->setCurrentIndex(kind);
            const QStringList problems = conventionProblems(&dialog);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(route->text() + QStringLiteral(", ") + referrer->currentText() +
                                QStringLiteral(":\n") + problems.join('\n')));
        }
    }
    // Alt+S saves the referral (the Save button's letter, and, as above, nobody else's).
    bool saveHasS = false;
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        saveHasS = saveHasS || (shownText(button->text()) == QStringLiteral("Save referral") &&
                                mnemonicOf(button->text()) == QLatin1Char('s'));
    QVERIFY(saveHasS);
}

void TestFormConventions::screens_data()
{
    WindowCatalogue::addScreenRows();
}

void TestFormConventions::screens()
{
    QFETCH(WindowFactory, make);
    std::unique_ptr<QWidget> screen(make(m_office.context(), m_office.caseId()));
    screen->resize(1366, 700);
    screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(screen.get()));
    // On the main window, beside its menu bar; and each page of its tabs (a
    // case's pages), whose fields are hidden until their page is shown.
    QStringList problems = conventionProblems(screen.get(), MenuTitles::all());
    for (QTabWidget* tabs : screen->findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString& problem : conventionProblems(screen.get(), MenuTitles::all()))
                if (!problems.contains(problem))
                    problems << problem;
        }
    }
    for (const QString& problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem)); // a failure's message is cut at 1,000 characters
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

QTEST_MAIN(TestFormConventions)
#include "tst_formconventions.moc"
