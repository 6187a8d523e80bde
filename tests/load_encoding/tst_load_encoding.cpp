// Encodings: byte order marks, UTF-8 validation, and legacy charsets detected with ICU, all through the
// loader's public entry point on files written at run time.
#include "load/binary_sniffer.h"
#include "load/loader.h"
#include "load/text_decoder.h"
#include "scratch_files.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace annals;
using annals::testing::writeFile;

namespace {

// Text in a legacy charset, made with ICU so that the test does not depend on the code under test.
QByteArray encodeWith(const QString &text, const char *charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status))
        return {};
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length =
        ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
                        reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        return {};
    out.truncate(length);
    return out;
}

QByteArray withBom(const QString &text, QStringConverter::Encoding encoding) {
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

const QString french = u"Les négociations ont repris à Genève après une longue pause. Le médiateur a déclaré "
                       u"qu’un accord était encore possible avant l’été, même si les délégués, épuisés, "
                       u"n’ont rien signé. « Nous avançons », a-t-il ajouté. Prochaine réunion : jeudi à "
                       u"Zürich, où l’on espère un compromis sur l’échange des prisonniers."_s;
const QString german = u"Die Verhandlungen über eine Waffenruhe wurden am Donnerstag in Kairo fortgesetzt. "
                       u"Die Vermittler äußerten sich vorsichtig optimistisch; man habe größere Fortschritte "
                       u"erzielt als erwartet. Über die Einzelheiten des Entwurfs schwiegen beide Seiten."_s;
const QString japanese =
    u"停戦交渉は木曜日にカイロで再開された。仲介役の担当者は、合意はまだ可能だと述べた。"
    u"双方の代表団は夜遅くまで協議を続けたが、人質の解放をめぐる条件では意見が分かれたままだった。"
    u"次回の会合は来週に予定されている。"_s;
const QString russian = u"Переговоры о прекращении огня возобновились в четверг в Каире. Посредники заявили, "
                        u"что соглашение всё ещё возможно, хотя стороны пока не договорились об обмене "
                        u"пленными. Следующая встреча назначена на следующую неделю."_s;
const QString greek =
    u"Οι διαπραγματεύσεις για την εκεχειρία συνεχίστηκαν την Πέμπτη στο Κάιρο. Οι μεσολαβητές "
    u"δήλωσαν ότι μια συμφωνία είναι ακόμη δυνατή, αν και οι δύο πλευρές διαφωνούν για την "
    u"ανταλλαγή κρατουμένων."_s;

} // namespace

class TestLoadEncoding : public QObject {
    Q_OBJECT

private slots:
    void decodesFiles_data();
    void decodesFiles();
    void invalidUtf8IsNeverFatal();
    void utf8Validation_data();
    void utf8Validation();
    void binarySniffing_data();
    void binarySniffing();

private:
    QTemporaryDir m_dir;
};

void TestLoadEncoding::decodesFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedWarning"); // empty: no warning at all

    const QString mixed = u"Talks resumed on Thursday — “a step forward”, said the envoy. Café 😀 ✓"_s;
    QTest::newRow("utf-8 without bom") << mixed.toUtf8() << mixed << QString();
    QTest::newRow("utf-8 with bom") << withBom(mixed, QStringConverter::Utf8) << mixed << QString();
    QTest::newRow("utf-16le with bom") << withBom(mixed, QStringConverter::Utf16LE) << mixed << QString();
    QTest::newRow("utf-16be with bom") << withBom(mixed, QStringConverter::Utf16BE) << mixed << QString();
    QTest::newRow("utf-32le with bom") << withBom(mixed, QStringConverter::Utf32LE) << mixed << QString();
    QTest::newRow("utf-32be with bom") << withBom(mixed, QStringConverter::Utf32BE) << mixed << QString();
    const QString ascii = u"Talks resumed on Thursday in Cairo, officials said.\nA second round follows.\n"_s;
    QTest::newRow("utf-16le without bom")
        << QByteArray(QStringEncoder(QStringConverter::Utf16LE).encode(ascii)) << ascii
        << u"decoded as UTF-16LE (no byte order mark)"_s;
    QTest::newRow("utf-16be without bom")
        << QByteArray(QStringEncoder(QStringConverter::Utf16BE).encode(ascii)) << ascii
        << u"decoded as UTF-16BE (no byte order mark)"_s;
    QTest::newRow("windows-1252 french")
        << encodeWith(french, "windows-1252") << french << u"decoded as windows-1252 (not valid UTF-8)"_s;
    // Latin-1 bytes are read as windows-1252, which agrees on every printable Latin-1 character.
    QTest::newRow("iso-8859-1 german")
        << encodeWith(german, "ISO-8859-1") << german << u"decoded as windows-1252 (not valid UTF-8)"_s;
    QTest::newRow("shift_jis japanese")
        << encodeWith(japanese, "Shift_JIS") << japanese << u"decoded as Shift_JIS (not valid UTF-8)"_s;
    QTest::newRow("euc-jp japanese") << encodeWith(japanese, "EUC-JP") << japanese
                                     << u"decoded as EUC-JP (not valid UTF-8)"_s;
    QTest::newRow("windows-1251 russian")
        << encodeWith(russian, "windows-1251") << russian << u"decoded as windows-1251 (not valid UTF-8)"_s;
    QTest::newRow("koi8-r russian") << encodeWith(russian, "KOI8-R") << russian
                                    << u"decoded as KOI8-R (not valid UTF-8)"_s;
    QTest::newRow("iso-8859-7 greek")
        << encodeWith(greek, "ISO-8859-7") << greek << u"decoded as ISO-8859-7 (not valid UTF-8)"_s;
}

void TestLoadEncoding::decodesFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedWarning);
    QVERIFY(!bytes.isEmpty());

    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".txt"_s);
    QVERIFY(writeFile(path, bytes));

    const LoadResult result = loadPaths({path});
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
    QCOMPARE(result.documents.size(), 1);
    const Document &document = result.documents.first();
    QCOMPARE(document.text, expectedText);
    QCOMPARE(document.metadata.format, u"text"_s);
    if (expectedWarning.isEmpty())
        QVERIFY2(document.warnings.isEmpty(), qPrintable(document.warnings.join(u"; "_s)));
    else
        QCOMPARE(document.warnings.value(0), expectedWarning);
}

void TestLoadEncoding::invalidUtf8IsNeverFatal() {
    // Stray bytes that no charset detector can make sense of still give a document and a warning.
    const QByteArray bytes = "Talks resumed on Thursday \xff\xfe\xc3 in Cairo.\n\xe2\x82 end";
    const DecodedText decoded = decodeText(bytes);
    QVERIFY(!decoded.text.isEmpty());
    QVERIFY(decoded.text.startsWith(u"Talks resumed on Thursday "_s));
    QVERIFY(decoded.text.contains(u"in Cairo."_s));
    QVERIFY(decoded.warning.contains(u"not valid UTF-8"_s));
}

void TestLoadEncoding::utf8Validation_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << "plain ASCII text, long enough for the fast path"_ba << true;
    QTest::newRow("two-byte") << "caf\xc3\xa9"_ba << true;
    QTest::newRow("three-byte") << "\xe2\x80\x9cquoted\xe2\x80\x9d"_ba << true;
    QTest::newRow("four-byte emoji") << "smile \xf0\x9f\x98\x80"_ba << true;
    QTest::newRow("highest code point") << "\xf4\x8f\xbf\xbf"_ba << true;
    QTest::newRow("lone continuation") << "abc\x80"_ba << false;
    QTest::newRow("latin-1 e acute") << "caf\xe9 au lait"_ba << false;
    QTest::newRow("overlong slash") << "\xc0\xaf"_ba << false;
    QTest::newRow("overlong three-byte") << "\xe0\x80\xaf"_ba << false;
    QTest::newRow("surrogate") << "\xed\xa0\x80"_ba << false;
    QTest::newRow("above U+10FFFF") << "\xf4\x90\x80\x80"_ba << false;
    QTest::newRow("truncated at end") << "ok \xe2\x82"_ba << false;
    QTest::newRow("truncated in middle") << "ok \xe2\x82 more text here"_ba << false;
    QTest::newRow("invalid lead byte") << "\xf8\x88\x80\x80\x80"_ba << false;
}

void TestLoadEncoding::utf8Validation() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
}

void TestLoadEncoding::binarySniffing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason"); // empty: text

    QTest::newRow("png") << "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"_ba << u"looks like PNG image"_s;
    QTest::newRow("jpeg") << "\xff\xd8\xff\xe0\x00\x10JFIF"_ba << u"looks like JPEG image"_s;
    QTest::newRow("pdf") << "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"_ba << u"looks like PDF document"_s;
    QTest::newRow("zip") << "PK\x03\x04\x14\x00\x00\x00"_ba
                         << u"looks like ZIP archive (or an office document)"_s;
    QTest::newRow("elf") << "\x7f"
                            "ELF\x02\x01\x01\x00"_ba
                         << u"looks like ELF executable"_s;
    QTest::newRow("gzip") << "\x1f\x8b\x08\x00"_ba << u"looks like gzip archive"_s;
    QTest::newRow("sqlite") << QByteArray("SQLite format 3\x00\x10\x00", 19)
                            << u"looks like SQLite database"_s;
    QTest::newRow("nul bytes") << QByteArray("some text\x00\x00\x01 more", 19) << u"contains NUL bytes"_s;
    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += char(i % 8 == 0 ? 'a' : 1 + i % 7);
    QTest::newRow("control bytes") << controls << u"contains many control characters"_s;
    QTest::newRow("plain text") << "An ordinary article.\r\n\tIndented line.\f"_ba << QString();
    QTest::newRow("utf-16 with bom has nuls") << "\xff\xfeT\x00i\x00"_ba << QString();
    QTest::newRow("text starting like a magic") << "PDF files were released on Thursday."_ba << QString();
}

void TestLoadEncoding::binarySniffing() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QCOMPARE(binaryReason(bytes).value_or(QString()), reason);
}

QTEST_GUILESS_MAIN(TestLoadEncoding)
#include "tst_load_encoding.moc"
