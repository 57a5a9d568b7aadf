#include "importing/textencoding.h"

#include <QTest>

#include <vector>

using namespace terrain;

Q_DECLARE_METATYPE(terrain::TextEncoding)

namespace {

// Decodes `bytes` fed `chunk` bytes at a time, the way CsvReader does: undecoded bytes at the end of
// a chunk are passed again in front of the next ones.
QString decodeInChunks(TextEncoding encoding, const QByteArray& bytes, qsizetype chunk, qint64& replacements)
{
    QString text;
    QByteArray pending;
    replacements = 0;
    for (qsizetype at = 0;; at += chunk) {
        const bool final = at >= bytes.size();
        pending += bytes.mid(at, chunk);
        std::vector<char16_t> out(static_cast<size_t>(pending.size() + 1));
        qsizetype consumed = 0;
        const qsizetype n = decodeText(encoding, pending.constData(), pending.size(), out.data(), final, consumed,
                                       replacements);
        text += QStringView(out.data(), n);
        pending.remove(0, consumed);
        if (final)
            break;
    }
    return text;
}

QString fffd(int count)
{
    return QString(count, QChar(0xFFFD));
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        for (const TextEncoding e :
             {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
            QCOMPARE(encodingFromName(encodingName(e)), e);
        QCOMPARE(encodingName(TextEncoding::Windows1252), QStringLiteral("windows-1252"));
        QCOMPARE(encodingFromName(u"UTF8"), TextEncoding::Utf8);
        QCOMPARE(encodingFromName(u" Latin-1 "), TextEncoding::Windows1252);
        QCOMPARE(encodingFromName(u"latin1"), TextEncoding::Windows1252);
        QCOMPARE(encodingFromName(u"ISO-8859-1"), TextEncoding::Windows1252);
        QCOMPARE(encodingFromName(u"cp1252"), TextEncoding::Windows1252);
        QCOMPARE(encodingFromName(u"UTF-16LE"), TextEncoding::Utf16LE);
        QCOMPARE(encodingFromName(u"utf-16be"), TextEncoding::Utf16BE);
        QVERIFY(!encodingFromName(u"iso-8859-15")); // differs from Windows-1252 on € and œ
        QVERIFY(!encodingFromName(u"utf-16"));      // byte order unknown
        QVERIFY(!encodingFromName(u""));
    }

    void byteOrderMarks()
    {
        QCOMPARE(encodingFromBom("\xEF\xBB\xBFnom"), TextEncoding::Utf8);
        QCOMPARE(encodingFromBom("\xFF\xFEn\0"), TextEncoding::Utf16LE);
        QCOMPARE(encodingFromBom("\xFE\xFF\0n"), TextEncoding::Utf16BE);
        QVERIFY(!encodingFromBom("nom"));
        QVERIFY(!encodingFromBom("\xEF\xBB"));
        QVERIFY(byteOrderMark(TextEncoding::Windows1252).isEmpty());
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("replacements");
        QTest::newRow("ascii") << QByteArray("Dupont;Jean") << QStringLiteral("Dupont;Jean") << 0;
        QTest::newRow("two three four bytes") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x97\xB3")
                                              << QStringLiteral("é€🗳") << 0;
        QTest::newRow("accent after a long ascii run")
            << QByteArray("0123456789abcdefghijklmnopqrstuvwxyz Ren\xC3\xA9 0123456789abcdefghij")
            << QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz René 0123456789abcdefghij") << 0;
        QTest::newRow("lead byte then ascii") << QByteArray("\xC3(ok") << (fffd(1) + u"(ok") << 1;
        QTest::newRow("lone continuation") << QByteArray("a\x80z") << (u"a" + fffd(1) + u"z") << 1;
        QTest::newRow("invalid bytes") << QByteArray("\xFF\xFE\xC0\xC1\xF5") << fffd(5) << 5;
        QTest::newRow("overlong") << QByteArray("\xE0\x80\x80") << fffd(3) << 3;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << fffd(3) << 3;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << fffd(4) << 4;
        QTest::newRow("cut sequence inside") << QByteArray("\xE2\x82;x") << (fffd(1) + u";x") << 1;
        QTest::newRow("cut sequence at the end") << QByteArray("x\xF0\x9F\x97") << (u"x" + fffd(1)) << 1;
        QTest::newRow("U+FFFD itself is not a replacement") << QByteArray("\xEF\xBF\xBD") << fffd(1) << 0;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, replacements);
        qint64 count = -1;
        QCOMPARE(decodeText(TextEncoding::Utf8, bytes, &count), expected);
        QCOMPARE(count, replacements);
        // Any cut between chunks gives the same text.
        for (qsizetype chunk = 1; chunk <= 5; ++chunk) {
            QCOMPARE(decodeInChunks(TextEncoding::Utf8, bytes, chunk, count), expected);
            QCOMPARE(count, replacements);
        }
    }

    void utf8Validity()
    {
        QVERIFY(isValidUtf8("Hélène"));
        QVERIFY(!isValidUtf8("H\xE9l\xE8ne")); // Latin-1
        QVERIFY(!isValidUtf8("ab\xC3"));
        QVERIFY(isValidUtf8("ab\xC3", true)); // a sample cut in the middle of é
        QVERIFY(!isValidUtf8("ab\xC3x", true));
        QCOMPARE(checkUtf8Sequence("\xC3\xA9"), Utf8Sequence::Valid);
        QCOMPARE(checkUtf8Sequence("\xC3"), Utf8Sequence::Incomplete);
        QCOMPARE(checkUtf8Sequence("\xE9t\xE9"), Utf8Sequence::Invalid);
        QCOMPARE(asciiPrefixLength("0123456789abcdefghij\xC3\xA9"), 20);
    }

    void windows1252()
    {
        const QByteArray bytes("\x80 \x8C\x9C \x92 \x85 \x96 \xE9\xE8\xE0\xE7 \xAB\xA0\xBB \x81\x8D");
        qint64 count = -1;
        QCOMPARE(decodeText(TextEncoding::Windows1252, bytes, &count),
                 QStringLiteral("€ Œœ ’ … – éèàç «\u00A0» \u0081\u008D"));
        QCOMPARE(count, 0);
    }

    void utf16_data()
    {
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("replacements");
        const QString text = QStringLiteral("Zoé 🗳;€");
        QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        QTest::newRow("le") << TextEncoding::Utf16LE << le << text << 0;
        QTest::newRow("be") << TextEncoding::Utf16BE << be << text << 0;
        QTest::newRow("odd final byte") << TextEncoding::Utf16LE << QByteArray("a\0b", 3) << (u"a" + fffd(1)) << 1;
        QTest::newRow("lone high surrogate") << TextEncoding::Utf16LE << QByteArray("\x3D\xD8" "a\0", 4)
                                             << (fffd(1) + u"a") << 1;
        QTest::newRow("lone low surrogate") << TextEncoding::Utf16BE << QByteArray("\xDF\x33\0a", 4)
                                            << (fffd(1) + u"a") << 1;
        QTest::newRow("high surrogate at the end") << TextEncoding::Utf16LE << QByteArray("a\0\x3D\xD8", 4)
                                                   << (u"a" + fffd(1)) << 1;
    }
    void utf16()
    {
        QFETCH(TextEncoding, encoding);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, replacements);
        qint64 count = -1;
        QCOMPARE(decodeText(encoding, bytes, &count), expected);
        QCOMPARE(count, replacements);
        for (qsizetype chunk = 1; chunk <= 5; ++chunk) {
            QCOMPARE(decodeInChunks(encoding, bytes, chunk, count), expected);
            QCOMPARE(count, replacements);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
