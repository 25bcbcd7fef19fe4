// The colours that carry a meaning read on every palette, and high contrast
// switches the whole program at once and back: what a person with low vision
// relies on (issue 19, accessibility).
#include "common/Tone.h"
#include "shell/Appearance.h"

#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

Q_DECLARE_METATYPE(QPalette)
Q_DECLARE_METATYPE(Tone)

namespace {
// A dark desktop palette as a dark desktop theme gives one: grey window, near-black fields.
QPalette darkDesktopPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, QColor(0x19, 0x19, 0x19));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, Qt::white);
    return palette;
}
} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void contrastIsMeasuredAsWcagDoes();
    void tonesReadOnEveryPalette_data();
    void tonesReadOnEveryPalette();
    void highContrastPaletteIsHighContrast();
    void highContrastSwitchesMarkedWidgetsAndBack();
    void unmarkGivesThePlainColoursBack();
};

void TestAppearance::contrastIsMeasuredAsWcagDoes()
{
    QCOMPARE(Tones::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(Tones::contrast(Qt::white, Qt::white), 1.0);
    // #767676 on white is the lightest grey WCAG's examples pass at 4.5:1.
    QVERIFY(qAbs(Tones::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

void TestAppearance::tonesReadOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<Tone>("tone");
    const QList<std::pair<const char*, QPalette>> palettes = {
        {"desktop", QApplication::style()->standardPalette()},
        {"dark desktop", darkDesktopPalette()},
        {"high contrast", Appearance::highContrastPalette()},
    };
    const QList<std::pair<const char*, Tone>> tones = {
        {"problem", Tone::Problem}, {"caution", Tone::Caution}, {"quiet", Tone::Quiet}};
    for (const auto& [paletteName, palette] : palettes) {
        for (const auto& [toneName, tone] : tones)
            QTest::addRow("%s, %s", paletteName, toneName) << palette << tone;
    }
}

void TestAppearance::tonesReadOnEveryPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(Tone, tone);
    // WCAG 2 AA for text: 4.5:1, on the window, in a field, and on the tone's own fill.
    const QColor text = Tones::text(tone, palette);
    const double onWindow = Tones::contrast(text, palette.color(QPalette::Window));
    const double onBase = Tones::contrast(text, palette.color(QPalette::Base));
    const double onFill = Tones::contrast(Tones::textOnFill(tone, palette), Tones::fill(tone, palette));
    QVERIFY2(onWindow >= 4.5, qPrintable(QString::number(onWindow)));
    QVERIFY2(onBase >= 4.5, qPrintable(QString::number(onBase)));
    QVERIFY2(onFill >= 4.5, qPrintable(QString::number(onFill)));
}

void TestAppearance::highContrastPaletteIsHighContrast()
{
    const QPalette palette = Appearance::highContrastPalette();
    // WCAG AAA (7:1) for the text, the selection and a disabled control's words.
    for (auto [text, back] : {std::pair{QPalette::WindowText, QPalette::Window},
                              {QPalette::Text, QPalette::Base},
                              {QPalette::ButtonText, QPalette::Button},
                              {QPalette::HighlightedText, QPalette::Highlight}}) {
        const double ratio = Tones::contrast(palette.color(text), palette.color(back));
        QVERIFY2(ratio >= 7.0, qPrintable(QString::number(ratio)));
    }
    QVERIFY(Tones::contrast(palette.color(QPalette::Disabled, QPalette::Text),
                            palette.color(QPalette::Disabled, QPalette::Base)) >= 7.0);
    QVERIFY(Tones::isDark(palette));
    QVERIFY(!Appearance::highContrastStyleSheet().isEmpty());
}

void TestAppearance::highContrastSwitchesMarkedWidgetsAndBack()
{
    const QColor desktopWindow = QApplication::palette().color(QPalette::Window);
    QVERIFY(!Tones::isDark(QApplication::palette()));
    QWidget window;
    auto* problemLabel = new QLabel(QStringLiteral("Fix: the date"), &window);
    QLabel& problem = *problemLabel;
    Tones::mark(&problem, Tone::Problem);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QColor lightProblem = problem.palette().color(QPalette::WindowText);
    QCOMPARE(lightProblem, Tones::text(Tone::Problem, QApplication::palette()));

    Appearance::setHighContrast(true, false);
    QVERIFY(Appearance::isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    // The marked label took the dark palette's tone, readable on black.
    const QColor darkProblem = problem.palette().color(QPalette::WindowText);
    QVERIFY(darkProblem != lightProblem);
    QVERIFY(Tones::contrast(darkProblem, Qt::black) >= 4.5);
    QCOMPARE(problem.palette().color(QPalette::Window), QColor(Qt::black));

    Appearance::setHighContrast(false, false);
    QVERIFY(!Appearance::isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktopWindow);
    QCOMPARE(problem.palette().color(QPalette::WindowText), lightProblem);
    QVERIFY(qApp->styleSheet().isEmpty());
}

void TestAppearance::unmarkGivesThePlainColoursBack()
{
    QWidget window;
    auto* notice = new QLabel(QStringLiteral("Needs the family's consent"), &window);
    Tones::mark(notice, Tone::Caution, true);
    QVERIFY(notice->autoFillBackground());
    QCOMPARE(notice->palette().color(QPalette::Window), Tones::fill(Tone::Caution, QApplication::palette()));
    Tones::unmark(notice);
    QVERIFY(!notice->autoFillBackground());
    QCOMPARE(notice->palette().color(QPalette::WindowText), window.palette().color(QPalette::WindowText));
    QCOMPARE(notice->palette().color(QPalette::Window), window.palette().color(QPalette::Window));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
