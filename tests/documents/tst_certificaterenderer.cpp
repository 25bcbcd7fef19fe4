#include "documents/CertificateRenderer.h"
#include "documents/PdfCompactor.h"
#include "documents/QrCode.h"
#include "documents/SrgbProfile.h"
#include "domain/Certificate.h"
#include "rules/CertificateDrafter.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <functional>

// Each Part's PDF read back as text with pdftotext: every field of rules/README.md
// section 5, names in any script, wrapping, PDF/A and embedded fonts. Set
// CG_CERTIFICATE_PDF_DIR to keep the PDFs for looking at. Names are synthetic.
namespace {

ProviderDetails provider()
{
    ProviderDetails p;
    p.name = QStringLiteral("Common Ground Mediation CIC");
    p.address = QStringLiteral("Unit 3, Weavers Yard\nNorthmoor NM1 4QT");
    p.phone = QStringLiteral("0113 496 0000");
    p.email = QStringLiteral("certificates@commonground.example");
    p.website = QStringLiteral("commonground.example");
    return p;
}

CertificateContent content(CertificatePart part, const QString& parent, const QString& child,
                           const QString& address, const QString& issuerRole = QStringLiteral("supervisor"),
                           IssuingCapacity part2IssuedAs = IssuingCapacity::Mediator)
{
    CaseDetails details;
    details.reference = QStringLiteral("MED-2026-00042");
    details.council.name = QStringLiteral("Northmoor Borough Council");
    details.referral.parent.givenName = parent.section(QLatin1Char(' '), 0, 0);
    details.referral.parent.familyName = parent.section(QLatin1Char(' '), 1);
    details.referral.parent.address = address;
    details.referral.parent.postcode = QStringLiteral("NM2 7HD");
    details.referral.child.givenName = child.section(QLatin1Char(' '), 0, 0);
    details.referral.child.familyName = child.section(QLatin1Char(' '), 1);
    details.referral.child.dateOfBirth = QDate(2015, 6, 1);
    details.referral.decisionType = DecisionType::PlanContent;
    details.referral.sections = PlanSections{PlanSection::F, PlanSection::I};
    details.referral.decisionNoticeDate = QDate(2026, 10, 12);
    CertificateDrafter::Issue issue;
    issue.part = part;
    issue.number = QStringLiteral("CG-2026-00012%1").arg(certificatePartToInt(part));
    issue.issueDate = QDate(2026, 11, 23);
    issue.triggerDate = QDate(2026, 11, 19);
    issue.issuerName = QStringLiteral("Siobhán Ní Bhriain");
    issue.issuerRole = issuerRole;
    issue.part2IssuedAs = part2IssuedAs;
    const DeadlineCalculator calculator(BankHolidayCalendar::shipped());
    return CertificateDrafter::content(details, issue, provider(), calculator);
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext keeps the layout's line breaks, and gives the font's "fi"
// ligature as one character; the checks read the words in order.
QString flatten(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}
} // namespace

class TestCertificateRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFieldOfEachPart_data();
    void everyFieldOfEachPart();
    void replacementNamesTheVoidedNumber();
    void qrCodeHasQuietZone();
    void qrCodeIsOneBitInTheDocumentFont();
    void htmlIsEscaped();
    void batchMatchesOneByOne();
    void compactedIsTheSameOnPaper_data();
    void compactedIsTheSameOnPaper();
    void compactProfileIsSrgb();
    void compactorLeavesOtherPdfsAlone();

private:
    QString save(const QByteArray& pdf, const QString& name);
    QTemporaryDir m_dir;
};

void TestCertificateRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCertificateRenderer::save(const QByteArray& pdf, const QString& name)
{
    const QString keep = qEnvironmentVariable("CG_CERTIFICATE_PDF_DIR");
    const QString path = QDir(keep.isEmpty() ? m_dir.path() : keep).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

void TestCertificateRenderer::everyFieldOfEachPart_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("child");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("issuerRole"); // as stored
    QTest::addColumn<int>("part2IssuedAs");  // the provider's setting (IssuingCapacity)
    QTest::addColumn<QString>("role");       // as printed
    const int mediator = static_cast<int>(IssuingCapacity::Mediator);
    const int adviser = static_cast<int>(IssuingCapacity::MediationAdviser);
    // The office is not repeated when the role names it already.
    QTest::newRow("part 1, recorded as the adviser before")
        << 1 << "Łukasz Nguyễn"
        << "Zoë Nguyễn"
        << "has not pursued it"
        << "mediation_adviser" << mediator << "Mediation adviser";
    // A supervisor issuing Part 2 is printed as a supervisor, not as "Mediator",
    // and in the office the provider chose.
    QTest::newRow("part 2 by a supervisor") << 2 << "Siobhán O'Sullivan-Fitzgerald"
                                            << "Aoife O'Sullivan-Fitzgerald"
                                            << "Mediation took place"
                                            << "supervisor" << mediator << "Supervisor, for the mediator";
    QTest::newRow("part 2 by a supervisor, the adviser's office")
        << 2 << "Siobhán O'Sullivan-Fitzgerald"
        << "Aoife O'Sullivan-Fitzgerald"
        << "Mediation took place"
        << "supervisor" << adviser << "Supervisor, for the mediation adviser";
    QTest::newRow("part 3 by a supervisor")
        << 3 << "مريم حداد"
        << "Yusuf Haddad"
        << "could not take place within 30 days"
        << "supervisor" << mediator << "Supervisor, for the mediation adviser";
}

void TestCertificateRenderer::everyFieldOfEachPart()
{
    QFETCH(int, part);
    QFETCH(QString, parent);
    QFETCH(QString, child);
    QFETCH(QString, statement);
    QFETCH(QString, issuerRole);
    QFETCH(int, part2IssuedAs);
    QFETCH(QString, role);
    // A long address must wrap on the page rather than run off it.
    const QString address = QStringLiteral("Flat 14, The Old Cotton Exchange Building, 112-118 Upper "
                                           "Wellington Street West\nNorthmoor-under-Lyne, West Riding");
    const CertificateContent c = content(*certificatePartFromInt(part), parent, child, address, issuerRole,
                                         static_cast<IssuingCapacity>(part2IssuedAs));
    const QByteArray pdf = CertificateRenderer(provider()).render(c);
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    QVERIFY(pdf.contains("pdfaid:part")); // the PDF/A-1b identification
    const QString path = save(pdf, QStringLiteral("certificate-part%1.pdf").arg(part));
    QVERIFY(!path.isEmpty());

    const QString raw = run(QStringLiteral("pdftotext"),
                            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    const QString text = flatten(raw);
    QVERIFY2(!text.startsWith(QLatin1String("failed")), qPrintable(text));
    const QStringList expected = {
        QStringLiteral("Mediation certificate — Part %1").arg(part),
        statement,
        QStringLiteral("Certificate number CG-2026-00012%1").arg(part),
        QStringLiteral("Date of issue Monday 23 November 2026"),
        QStringLiteral("Child or young person ") + child,
        // A date of birth in the long style without its weekday.
        QStringLiteral("Date of birth 1 June 2015"),
        QStringLiteral("Local authority Northmoor Borough Council"),
        QStringLiteral("Date of the decision notice Monday 12 October 2026"),
        QStringLiteral("The content of the EHC plan: sections F, I"),
        QStringLiteral("Siobhán Ní Bhriain"),
        role,
        QStringLiteral("Common Ground Mediation CIC"),
        QStringLiteral("0113 496 0000"),
        QStringLiteral("certificates@commonground.example"),
        // Rule 20: 12 Oct + 2 months = 12 Dec; 23 Nov + 1 month = 23 Dec, the later; rule 12 keeps it.
        QStringLiteral("the appeal must be made by Wednesday 23 December 2026"),
        QStringLiteral("rules 20 and 12"),
        QStringLiteral("Verification: ") + CertificateContent::verificationText(c.number, c.sha256()),
        QStringLiteral("MED-2026-00042"),
        QStringLiteral("NM2 7HD"),
    };
    for (const QString& words : expected)
        QVERIFY2(text.contains(words), qPrintable(QStringLiteral("missing '%1' in:\n%2").arg(words, raw)));
    // The issuer's real role, and no other: a supervisor is not called the Mediator.
    if (!role.startsWith(QLatin1String("Mediator")))
        QVERIFY2(!text.contains(QStringLiteral("Mediator")), qPrintable(raw));
    QVERIFY2(!text.contains(QStringLiteral("Date of birth Monday")), qPrintable(raw));
    // Arabic script comes back as its letters (the reading order is the viewer's business).
    for (const QString& name : parent.split(QLatin1Char(' '))) {
        QString reversed = name;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY2(text.contains(name) || text.contains(reversed),
                 qPrintable(QStringLiteral("parent's name '%1' missing in:\n%2").arg(name, raw)));
    }
    // The long address wrapped: its words are all there, over more than one line.
    QVERIFY(text.contains(QStringLiteral("Wellington")));
    QVERIFY(text.contains(QStringLiteral("West Riding")));
    QVERIFY2(!raw.contains(QStringLiteral(
                 "Flat 14, The Old Cotton Exchange Building, 112-118 Upper Wellington Street West")),
             "the long address line did not wrap");

    // One A4 page, every font embedded.
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QStringLiteral("Pages:           1")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    const QStringList fonts =
        run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2); // header, rule, at least one font
    for (const QString& line : fonts.mid(2))
        QVERIFY2(line.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                         .value(line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() - 5) ==
                     QLatin1String("yes"),
                 qPrintable(QStringLiteral("font not embedded: ") + line));
}

void TestCertificateRenderer::replacementNamesTheVoidedNumber()
{
    CertificateContent c =
        content(CertificatePart::Part1, QStringLiteral("Łukasz Nguyễn"), QStringLiteral("Zoë Nguyễn"), {});
    c.replacesNumber = QStringLiteral("CG-2026-000007");
    c.replacesReason = QStringLiteral("date of birth was wrong");
    const QString path = save(CertificateRenderer(provider()).render(c), QStringLiteral("replacement.pdf"));
    const QString text = flatten(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY2(text.contains(
                 QStringLiteral("replaces certificate CG-2026-000007, which has been voided (reason: date "
                                "of birth was wrong)")),
             qPrintable(text));
    // The content, and so the verification code, differs from the original's.
    const CertificateContent original =
        content(CertificatePart::Part1, QStringLiteral("Łukasz Nguyễn"), QStringLiteral("Zoë Nguyễn"), {});
    QVERIFY(original.sha256() != c.sha256());
    CertificateContent back;
    QVERIFY(CertificateContent::fromCanonicalText(c.canonicalText(), &back));
    QCOMPARE(back.canonicalText(), c.canonicalText());
    QCOMPARE(back.issuedAs, QStringLiteral("the mediation adviser"));
    // A certificate issued before the office was kept has no such key, and
    // reads and writes back to the same bytes, so its verification code holds.
    CertificateContent older = c;
    older.issuedAs.clear();
    QVERIFY(!older.canonicalText().contains("issued_as"));
    QVERIFY(CertificateContent::fromCanonicalText(older.canonicalText(), &back));
    QCOMPARE(back.canonicalText(), older.canonicalText());
    QCOMPARE(back.sha256(), older.sha256());
}

void TestCertificateRenderer::qrCodeHasQuietZone()
{
    const QImage qr = QrCode::image(QStringLiteral("CG-2026-000123 3f2a-91c0-5b7e"));
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    QVERIFY(qr.width() >= 21 + 8);
    // Quiet zone white, finder pattern's corner dark.
    QCOMPARE(qr.pixelIndex(0, 0), 0);
    QCOMPARE(qr.pixelIndex(3, 3), 0);
    QCOMPARE(qr.pixelIndex(4, 4), 1);
}

// The QR code reaches the PDF as a one-bit image, not a colour JPEG of a
// screen pixmap, and the text is set in the compiled-in typeface, on any machine.
void TestCertificateRenderer::qrCodeIsOneBitInTheDocumentFont()
{
    const QString path = save(CertificateRenderer(provider())
                                  .render(content(CertificatePart::Part2, QStringLiteral("Amira Haddad"),
                                                  QStringLiteral("Zoë Haddad"), {})),
                              QStringLiteral("one-bit.pdf"));
    QVERIFY(!path.isEmpty());
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2 + 1);
    // page num type width height color comp bpc enc ...
    const QStringList qr = images.at(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY2(qr.value(5) == QLatin1String("gray") && qr.value(7) == QLatin1String("1") &&
                 qr.value(8) == QLatin1String("image"),
             qPrintable(images.join(QLatin1Char('\n'))));
    QStringList faces;
    for (const QString& line :
         run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2))
        faces << line.section(QLatin1Char(' '), 0, 0);
    faces.sort();
    QCOMPARE(faces, QStringList({QStringLiteral("CommonGroundSans-Bold"),
                                 QStringLiteral("CommonGroundSans-Regular")}));
}

void TestCertificateRenderer::htmlIsEscaped()
{
    CertificateContent c =
        content(CertificatePart::Part1, QStringLiteral("Jo <b>Bold</b>"), QStringLiteral("A & B"), {});
    const QString html = CertificateRenderer(provider()).html(c);
    QVERIFY(html.contains(QStringLiteral("Jo &lt;b&gt;Bold&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("A &amp; B")));
    QCOMPARE(CertificateContent::shortHash(QStringLiteral("3f2a91c05b7e0123")),
             QStringLiteral("3f2a-91c0-5b7e"));
}

// A batch is made on several threads: each PDF must say what the same content
// made alone says, with the QR code, the logo (laid on white) and every font embedded.
void TestCertificateRenderer::batchMatchesOneByOne()
{
    ProviderDetails withLogo = provider();
    QImage logo(64, 64, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter(&logo).fillRect(8, 8, 48, 48, QColor(0, 90, 140, 160));
    QBuffer png(&withLogo.logoPng);
    QVERIFY(png.open(QIODevice::WriteOnly) && logo.save(&png, "PNG"));
    const CertificateRenderer renderer(withLogo);

    const QStringList families = {QStringLiteral("Nguyễn"), QStringLiteral("O'Sullivan"),
                                  QStringLiteral("Haddad"), QStringLiteral("Ní Bhriain")};
    QList<CertificateContent> contents;
    for (int i = 0; i < 10; ++i) {
        CertificateContent c = content(*certificatePartFromInt(i % 3 + 1),
                                       QStringLiteral("Łukasz ") + families.at(i % families.size()),
                                       QStringLiteral("Zoë ") + families.at(i % families.size()),
                                       QStringLiteral("%1 Quay Street\nNorthmoor").arg(i + 1));
        c.number = QStringLiteral("CG-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        contents << c;
    }
    const QList<QByteArray> pdfs = renderer.renderAll(contents);
    QCOMPARE(pdfs.size(), contents.size());
    for (int i = 0; i < contents.size(); ++i) {
        QVERIFY(pdfs.at(i).startsWith("%PDF-1.4"));
        QVERIFY(pdfs.at(i).contains("pdfaid:part"));
        const QString batchPath = save(pdfs.at(i), QStringLiteral("batch-%1.pdf").arg(i));
        const QString alonePath =
            save(renderer.render(contents.at(i)), QStringLiteral("alone-%1.pdf").arg(i));
        QVERIFY(!batchPath.isEmpty() && !alonePath.isEmpty());
        const QString batchText =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), batchPath, QStringLiteral("-")});
        QVERIFY2(!batchText.startsWith(QLatin1String("failed")), qPrintable(batchText));
        QVERIFY(flatten(batchText).contains(QStringLiteral("Certificate number ") + contents.at(i).number));
        QCOMPARE(batchText, run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                              alonePath, QStringLiteral("-")}));
        // The QR code and the logo, as images without transparency (PDF/A-1).
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), batchPath})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2 + 2);
        QCOMPARE(images, run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), alonePath})
                             .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        const QStringList fonts =
            run(QStringLiteral("pdffonts"), {batchPath}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString& line : fonts.mid(2)) {
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(columns.value(columns.size() - 5) == QLatin1String("yes"),
                     qPrintable(QStringLiteral("font not embedded: ") + line));
        }
    }
}

void TestCertificateRenderer::compactedIsTheSameOnPaper_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("under"); // bytes
    QTest::newRow("part 1") << 1 << "Łukasz Nguyễn"
                            << "12 Mill Lane\nNorthmoor" << 20480;
    QTest::newRow("part 2, a long address") << 2 << "Siobhán O'Sullivan-Fitzgerald"
                                            << "Flat 14, The Old Cotton Exchange Building, 112-118 Upper "
                                               "Wellington Street West\nNorthmoor-under-Lyne, West Riding"
                                            << 20480;
    // Arabic comes from a third font, right to left.
    QTest::newRow("part 3, Arabic") << 3 << "مريم حداد"
                                    << "3 Quay Street\nNorthmoor" << 24000;
}

void TestCertificateRenderer::compactedIsTheSameOnPaper()
{
    // What is stored (PdfCompactor after Qt) prints as Qt's own PDF does,
    // reads back as the same text, and is under 20 KB (issue 18).
    QFETCH(int, part);
    QFETCH(QString, parent);
    QFETCH(QString, address);
    QFETCH(int, under);
    const CertificateContent c =
        content(*certificatePartFromInt(part), parent, QStringLiteral("Zoë Haddad"), address);
    const CertificateRenderer renderer(provider());
    const QByteArray qt = renderer.renderAsQtWrites(c);
    const QByteArray stored = renderer.render(c);
    QVERIFY(stored.contains("pdfaid:part"));
    QVERIFY(stored.contains("/DestOutputProfile"));

    const QString qtPath = save(qt, QStringLiteral("qt-part%1.pdf").arg(part));
    const QString storedPath = save(stored, QStringLiteral("stored-part%1.pdf").arg(part));
    QVERIFY(!qtPath.isEmpty() && !storedPath.isEmpty());
    const auto text = [](const QString& path) {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                 QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    };
    QCOMPARE(text(storedPath), text(qtPath));
    QVERIFY(flatten(text(storedPath)).contains(QStringLiteral("Mediation certificate")));

    // On paper at 200 dpi, as poppler and as PDFium (which the program's own
    // certificate view and printing use) draw it: a glyph may move by two
    // thousandths of its size, and a renderer that puts glyphs on whole
    // pixels may then move it by one. So every inked pixel of each must have
    // ink within a pixel of it in the other: a glyph lost, changed or moved
    // further is not.
    const auto poppler = [&](const QString& path) {
        const QString stem = path + QStringLiteral(".page");
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"),
                                         QStringLiteral("-singlefile"), QStringLiteral("-png"), path, stem});
        return QImage(stem + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    };
    const auto pdfium = [&](const QString& path) {
        QPdfDocument document;
        document.load(path);
        const QImage drawn = document.render(0, (document.pagePointSize(0) * 200 / 72).toSize());
        // On white paper: PDFium leaves the page transparent.
        QImage paper(drawn.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter(&paper).drawImage(0, 0, drawn);
        return paper.convertToFormat(QImage::Format_Grayscale8);
    };
    for (const auto& draw :
         {std::function<QImage(const QString&)>(poppler), std::function<QImage(const QString&)>(pdfium)}) {
        const QImage before = draw(qtPath);
        const QImage after = draw(storedPath);
        QVERIFY(!before.isNull());
        QCOMPARE(after.size(), before.size());
        const auto inkNear = [](const QImage& image, int x, int y) {
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx;
                    const int ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < image.width() && ny < image.height() &&
                        image.constScanLine(ny)[nx] < 128)
                        return true;
                }
            }
            return false;
        };
        qint64 inked = 0;
        qint64 stray = 0;
        for (int y = 0; y < before.height(); ++y) {
            for (int x = 0; x < before.width(); ++x) {
                const bool a = before.constScanLine(y)[x] < 128;
                const bool b = after.constScanLine(y)[x] < 128;
                inked += a ? 1 : 0;
                stray += (a && !inkNear(after, x, y)) || (b && !inkNear(before, x, y)) ? 1 : 0;
            }
        }
        QVERIFY(inked > 10000);
        QVERIFY2(stray == 0,
                 qPrintable(QStringLiteral("%1 of %2 inked pixels have no ink near them in the other")
                                .arg(stray)
                                .arg(inked)));
    }
    QVERIFY2(stored.size() < qt.size() * 0.9,
             qPrintable(QStringLiteral("%1 bytes from Qt's %2").arg(stored.size()).arg(qt.size())));
    QVERIFY2(stored.size() < under, qPrintable(QStringLiteral("%1 bytes").arg(stored.size())));
}

void TestCertificateRenderer::compactProfileIsSrgb()
{
    // The ICC profile of the PDF/A output intent: a version 2 display
    // profile of RGB to XYZ, whose every tag lies inside it and whose
    // transfer curve rises from black to white.
    const QByteArray icc = SrgbProfile::bytes();
    const auto u32 = [&](qsizetype at) {
        return qFromBigEndian<quint32>(icc.constData() + at);
    };
    QCOMPARE(u32(0), static_cast<quint32>(icc.size()));
    QCOMPARE(u32(8), quint32(0x02100000));
    QCOMPARE(icc.mid(12, 12), QByteArray("mntrRGB XYZ "));
    QCOMPARE(icc.mid(36, 4), QByteArray("acsp"));
    QVERIFY(icc.size() < 700);
    const quint32 tags = u32(128);
    QCOMPARE(tags, quint32(9));
    QStringList names;
    for (quint32 i = 0; i < tags; ++i) {
        const qsizetype entry = 132 + 12 * i;
        const quint32 offset = u32(entry + 4);
        const quint32 size = u32(entry + 8);
        QVERIFY(offset % 4 == 0 && offset >= 132 + 12 * tags && offset + size <= quint32(icc.size()));
        names << QString::fromLatin1(icc.mid(entry, 4));
        if (names.last().endsWith(QLatin1String("TRC"))) {
            QCOMPARE(icc.mid(offset, 4), QByteArray("curv"));
            const quint32 points = u32(offset + 8);
            QVERIFY(points > 16);
            quint16 previous = 0;
            for (quint32 p = 0; p < points; ++p) {
                const quint16 value = qFromBigEndian<quint16>(icc.constData() + offset + 12 + 2 * p);
                QVERIFY(p == 0 || value > previous);
                previous = value;
            }
            QCOMPARE(previous, quint16(65535));
        }
    }
    QCOMPARE(names, QStringList({"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"}));
}

void TestCertificateRenderer::compactorLeavesOtherPdfsAlone()
{
    // Anything but what QPdfWriter writes comes back as it came.
    const QByteArray qt = CertificateRenderer(provider())
                              .renderAsQtWrites(content(CertificatePart::Part1, QStringLiteral("Ada Rook"),
                                                        QStringLiteral("Bel Rook"), {}));
    QVERIFY(PdfCompactor::compact(qt).size() < qt.size());
    for (const QByteArray& other :
         {QByteArray(), QByteArray("%PDF-1.7\n%%EOF\n"), qt.left(qt.size() / 2),
          QByteArray(qt).replace("xref\n0 ", "xref\n1 "),
          QByteArray(qt).replace("/CIDToGIDMap /Identity", "/CIDToGIDMap /Identitx")}) {
        QVERIFY(PdfCompactor::compact(other) == other);
    }
}

QTEST_MAIN(TestCertificateRenderer)
#include "tst_certificaterenderer.moc"
