// tst_csv.cpp — the RFC 4180 reader and writer (data/csv.h) and the bounded
// line reader under it (data/line_reader.h).
//
// What is proven here:
//  - quoting, doubled quotes, commas, LF and CRLF line breaks inside fields,
//    empty fields, blank lines, a missing final newline, a BOM;
//  - every malformed input is an error naming the right line;
//  - writing then reading gives back the same fields, for awkward text;
//  - lines over the limit are refused without being buffered; strict UTF-8.
#include "data/csv.h"
#include "data/line_reader.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

using namespace ps::data;

namespace {

struct Parsed {
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
};

Parsed parse(const QByteArray& bytes, qint64 maxRecord = 1 << 20) {
    QBuffer buf;
    buf.setData(bytes);
    buf.open(QIODevice::ReadOnly);
    LineReader lines(buf, maxRecord);
    CsvReader reader(lines, maxRecord);
    Parsed p;
    for (;;) {
        auto r = reader.next();
        if (!r) {
            p.error = r.error().toString();
            return p;
        }
        if (!*r) return p;
        p.records << r->value().fields;
        p.lines << r->value().line;
    }
}

}  // namespace

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reads_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qint64>>("lines");
        using R = QList<QStringList>;
        using N = QList<qint64>;
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << R{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("crlf, no final newline") << QByteArray("a,b\r\n1,2") << R{{"a", "b"}, {"1", "2"}} << N{1, 2};
        QTest::newRow("quoted comma and quote") << QByteArray("\"x, y\",\"say \"\"hi\"\"\"\n") << R{{"x, y", "say \"hi\""}} << N{1};
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n") << R{{"", "", ""}, {"", "x", ""}} << N{1, 2};
        QTest::newRow("multiline LF") << QByteArray("p,c\n\"line 1\nline 2\",z\nnext,row\n") << R{{"p", "c"}, {"line 1\nline 2", "z"}, {"next", "row"}}
                                      << N{1, 2, 4};
        QTest::newRow("multiline CRLF kept") << QByteArray("\"a\r\nb\",c\r\n") << R{{"a\r\nb", "c"}} << N{1};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << R{{"a"}, {"b"}} << N{1, 4};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFprompt\nhi\n") << R{{"prompt"}, {"hi"}} << N{1, 2};
        QTest::newRow("vietnamese") << QByteArray("\"Chào, bạn\",Tiếng Việt\n") << R{{"Chào, bạn", "Tiếng Việt"}} << N{1};
        QTest::newRow("quoted empty line inside") << QByteArray("\"a\n\nb\"\n") << R{{"a\n\nb"}} << N{1};
    }

    void reads() {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qint64>, lines);
        const Parsed p = parse(input);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.records, records);
        QCOMPARE(p.lines, lines);
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed quote") << QByteArray("a,b\nx,\"open\nmore\n") << "line 2: a quoted field is not closed";
        QTest::newRow("quote inside field") << QByteArray("a,b\n1,2\nx,ab\"c\n") << "line 3: a quote inside an unquoted field";
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << "line 1: unexpected text after a closing quote";
        QTest::newRow("space after closing quote") << QByteArray("x\n\"a\" ,c\n") << "line 2: unexpected text after a closing quote";
        QTest::newRow("invalid utf-8") << QByteArray("a\nb\n\"c\n\xC3\x28\"\n") << "line 4: the text is not valid UTF-8";
        QTest::newRow("overlong utf-8") << QByteArray("\xC0\xAF\n") << "line 1: the text is not valid UTF-8";
        QTest::newRow("surrogate utf-8") << QByteArray("ok\n\xED\xA0\x80\n") << "line 2: the text is not valid UTF-8";
        QTest::newRow("truncated utf-8") << QByteArray("ok\nx\xE2\x82\n") << "line 2: the text is not valid UTF-8";
        QTest::newRow("record too long") << QByteArray("a\n\"") + QByteArray(60, 'x') + "\n" + QByteArray(60, 'y') + "\"\n"
                                         << "line 3: the record is longer than the limit of 100 bytes";
    }

    void errors() {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const Parsed p = parse(input, 100);
        QVERIFY2(p.error.startsWith(error), qPrintable(p.error));
    }

    void writeThenRead() {
        const QStringList fields = {"plain", "", "comma, inside", "quote \" inside", "\"quoted\"", "multi\nline", "crlf\r\nline",
                                    " leading space", "trailing space ", "Tiếng Việt", "emoji 😀"};
        QByteArray bytes = csvRecord(fields) + csvRecord({"x"}) ;
        QVERIFY(bytes.endsWith("\r\n"));
        const Parsed p = parse(bytes);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records[0], fields);
        QCOMPARE(csvRecord({"a", "b,c"}), QByteArray("a,\"b,c\"\r\n"));
    }

    void randomFieldsRoundTrip() {
        QRandomGenerator rng(7);
        const QString alphabet = QStringLiteral("ab ,\"\n\r\tđ😀");
        for (int trial = 0; trial < 200; ++trial) {
            QList<QStringList> records;
            QByteArray bytes;
            const int nfields = 1 + rng.bounded(4);
            for (int r = 0; r < 3; ++r) {
                QStringList rec;
                for (int f = 0; f < nfields; ++f) {
                    QString s;
                    const int len = rng.bounded(8);
                    for (int i = 0; i < len; ++i) {
                        const int k = rng.bounded(int(alphabet.size()));
                        s += alphabet[k];
                        if (alphabet[k].isHighSurrogate()) s += alphabet[k + 1];
                        if (alphabet[k].isLowSurrogate()) s.chop(1);
                    }
                    rec << s;
                }
                // A record of one empty field writes a blank line, which readers skip.
                if (rec.size() == 1 && rec[0].isEmpty()) rec[0] = "x";
                records << rec;
                bytes += csvRecord(rec);
            }
            const Parsed p = parse(bytes);
            QCOMPARE(p.error, QString());
            QCOMPARE(p.records, records);
        }
    }

    void lineReaderBoundsMemory() {
        // 10 MB without a newline: refused after reading about the limit, not buffered whole.
        QBuffer buf;
        QByteArray big(10 << 20, 'x');
        buf.setData(big);
        buf.open(QIODevice::ReadOnly);
        LineReader lines(buf, 1 << 20);
        QByteArray line;
        QCOMPARE(lines.next(line), LineReader::Status::TooLong);
        QCOMPARE(lines.lineNumber(), 1);
        QVERIFY(buf.pos() < (2 << 20));
    }

    void lineReaderCountsLinesAndBytes() {
        QBuffer buf;
        buf.setData("\xEF\xBB\xBF" "one\r\ntwo\n\nthree");
        buf.open(QIODevice::ReadOnly);
        LineReader lines(buf, 100);
        QByteArray line;
        QStringList got;
        while (lines.next(line) == LineReader::Status::Line) got << QString::fromUtf8(line) + "@" + QString::number(lines.lineNumber());
        QCOMPARE(got, (QStringList{"one\r@1", "two@2", "@3", "three@4"}));
        QCOMPARE(lines.bytesRead(), 3 + 5 + 4 + 1 + 5);
    }

    void strictUtf8() {
        QVERIFY(decodeUtf8("Tiếng Việt 😀").has_value());
        QVERIFY(!decodeUtf8("\xFF").has_value());
        QVERIFY(!decodeUtf8("\xF4\x90\x80\x80").has_value());  // beyond U+10FFFF
        QCOMPARE(utf8Size(QStringLiteral("aé€😀")), 1 + 2 + 3 + 4);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
