// How names are folded for search and for the duplicate check.
#include "rules/NameFold.h"

#include <QTest>

class TestNameFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void everyLetterFoldsToPlainAscii();
};

void TestNameFold::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("plain") << "Wren"
                           << "wren";
    QTest::newRow("diaeresis") << "Zoë"
                               << "zoe";
    QTest::newRow("composed as typed on a Mac") << QStringLiteral("Zoe\u0308") << "zoe";
    QTest::newRow("Vietnamese, two marks") << "Nguyễn"
                                           << "nguyen";
    QTest::newRow("Polish stroke") << "Łukasz Wałęsa"
                                   << "lukasz walesa";
    QTest::newRow("Danish") << "Søren Ærø"
                            << "soren aero";
    QTest::newRow("German sharp s, small and capital")
        << QStringLiteral("Straße STRA\u1E9EE") << "strasse strasse";
    QTest::newRow("Icelandic") << "Þórður"
                               << "thordur";
    QTest::newRow("Croatian") << "Đorđević"
                              << "dordevic";
    QTest::newRow("Turkish dotless and dotted i") << QStringLiteral("Işık \u0130nce") << "isik ince";
    QTest::newRow("ligature") << QStringLiteral("\uFB01nlay") << "finlay";
    QTest::newRow("punctuation stays") << "O'Brien-Smith"
                                       << "o'brien-smith";
    QTest::newRow("digits and reference") << "MED-2026-00042"
                                          << "med-2026-00042";
}

void TestNameFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(NameFold::fold(text), folded);
}

void TestNameFold::everyLetterFoldsToPlainAscii()
{
    // The search index spells the same letters in SQL from this table: each
    // must fold, in both cases, to its plain spelling and nothing else.
    QVERIFY(!NameFold::letters().empty());
    for (const NameFold::Letter& letter : NameFold::letters()) {
        const QString plain = QLatin1String(letter.plain);
        QVERIFY(!plain.isEmpty());
        for (const QChar c : plain)
            QVERIFY(c.unicode() >= 'a' && c.unicode() <= 'z');
        QCOMPARE(NameFold::fold(QString(QChar(letter.lower))), plain);
        if (letter.upper)
            QCOMPARE(NameFold::fold(QString(QChar(letter.upper))), plain);
        // A letter that decomposes would not need to be here.
        QCOMPARE(QString(QChar(letter.lower)).normalized(QString::NormalizationForm_KD).size(), 1);
    }
}

QTEST_APPLESS_MAIN(TestNameFold)
#include "tst_namefold.moc"
