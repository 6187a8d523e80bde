#include "load/text_decoder.h"

#include <QList>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

bool startsWith(QByteArrayView bytes, QByteArrayView prefix) {
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

// ASCII text stored as UTF-16 without a BOM has a NUL in every other byte; real binary files don't keep
// such a strict pattern over a whole sample.
std::optional<UnicodeForm> detectBomlessUtf16(QByteArrayView bytes) {
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenNuls += bytes[i] == '\0';
        oddNuls += bytes[i + 1] == '\0';
    }
    const qsizetype units = sample / 2;
    if (oddNuls == 0 && evenNuls * 10 >= units * 6)
        return UnicodeForm{QStringConverter::Utf16BE, 0, "UTF-16BE"_L1};
    if (evenNuls == 0 && oddNuls * 10 >= units * 6)
        return UnicodeForm{QStringConverter::Utf16LE, 0, "UTF-16LE"_L1};
    return std::nullopt;
}

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

// WHATWG treats the Latin-1 labels as windows-1252, which agrees with Latin-1 on every printable
// character and also covers the curly quotes and dashes that 0x80-0x9F hold in real Western text.
QByteArray preferredCharsetName(QByteArrayView name) {
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "iso-8859-1" || lower == "latin1" || lower == "us-ascii" || lower == "ascii")
        return "windows-1252"_ba;
    return name.toByteArray();
}

// Candidate legacy charsets for bytes that are not UTF-8, best first, as ICU's detector ranks them.
QList<QByteArray> detectCharsets(QByteArrayView bytes) {
    QList<QByteArray> names;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return names;
    // The statistics settle long before a megabyte; the rest would only cost time.
    const auto length = static_cast<int32_t>(std::min<qsizetype>(bytes.size(), 1024 * 1024));
    ucsdet_setText(detector.get(), bytes.data(), length, &status);
    ucsdet_enableInputFilter(detector.get(), true); // ignore <markup> when ranking
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return names;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &nameStatus);
        if (U_FAILURE(nameStatus) || !name)
            continue;
        // Unicode forms were ruled out already; IBM420/424 are visual-order EBCDIC variants that ICU only
        // proposes for noise and cannot convert under those names.
        if (std::strncmp(name, "UTF-", 4) == 0 || std::strncmp(name, "IBM42", 5) == 0)
            continue;
        names.append(preferredCharsetName(QByteArrayView(name, qsizetype(std::strlen(name)))));
    }
    return names;
}

} // namespace

std::optional<UnicodeForm> detectUnicodeForm(QByteArrayView bytes) {
    // UTF-32LE must be tested before UTF-16LE: its mark begins with the UTF-16LE one.
    if (startsWith(bytes, QByteArrayView("\xff\xfe\x00\x00", 4)))
        return UnicodeForm{QStringConverter::Utf32LE, 4, "UTF-32LE"_L1};
    if (startsWith(bytes, QByteArrayView("\x00\x00\xfe\xff", 4)))
        return UnicodeForm{QStringConverter::Utf32BE, 4, "UTF-32BE"_L1};
    if (startsWith(bytes, "\xef\xbb\xbf"))
        return UnicodeForm{QStringConverter::Utf8, 3, "UTF-8"_L1};
    if (startsWith(bytes, "\xff\xfe"))
        return UnicodeForm{QStringConverter::Utf16LE, 2, "UTF-16LE"_L1};
    if (startsWith(bytes, "\xfe\xff"))
        return UnicodeForm{QStringConverter::Utf16BE, 2, "UTF-16BE"_L1};
    return detectBomlessUtf16(bytes);
}

bool isValidUtf8(QByteArrayView bytes) {
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const unsigned char *end = p + bytes.size();
    while (p < end) {
        // Fast path: eight ASCII bytes at a time.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        unsigned char min2 = 0x80; // bounds for the second byte, which rule out overlongs and surrogates
        unsigned char max2 = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            if (c == 0xe0)
                min2 = 0xa0;
            else if (c == 0xed)
                max2 = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            if (c == 0xf0)
                min2 = 0x90;
            else if (c == 0xf4)
                max2 = 0x8f;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        if (p[1] < min2 || p[1] > max2)
            return false;
        for (int i = 2; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

std::optional<QString> decodeWithIcu(QByteArrayView bytes, const char *charset) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status) || !converter)
        return std::nullopt;
    QString out;
    // One UTF-16 unit per byte is enough for every legacy charset in practice; grow if not.
    out.resize(std::max<qsizetype>(bytes.size(), 16));
    const char *source = bytes.data();
    const char *sourceEnd = source + bytes.size();
    qsizetype written = 0;
    for (;;) {
        auto *begin = reinterpret_cast<UChar *>(out.data());
        UChar *target = begin + written;
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, begin + out.size(), &source, sourceEnd, nullptr, true,
                       &status);
        written = target - begin;
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(out.size() + out.size() / 2 + 16);
            continue;
        }
        break;
    }
    if (U_FAILURE(status))
        return std::nullopt;
    out.resize(written);
    return out;
}

DecodedText decodeText(QByteArrayView bytes, QByteArrayView declaredCharset) {
    if (const auto form = detectUnicodeForm(bytes)) {
        QStringDecoder decoder(form->encoding, QStringDecoder::Flag::Stateless);
        DecodedText result{decoder.decode(bytes.sliced(form->bomLength)), form->name, {}};
        if (form->bomLength == 0)
            result.warning = u"decoded as "_s + form->name + u" (no byte order mark)"_s;
        else if (decoder.hasError())
            result.warning = u"invalid "_s + form->name + u" sequences replaced by \uFFFD"_s;
        return result;
    }

    if (isValidUtf8(bytes))
        return {QString::fromUtf8(bytes), u"UTF-8"_s, {}};

    if (!declaredCharset.isEmpty()) {
        const QByteArray name = preferredCharsetName(declaredCharset);
        if (name.toLower() != "utf-8") {
            if (auto text = decodeWithIcu(bytes, name.constData())) {
                const QString label = QString::fromLatin1(name);
                return {std::move(*text), label, u"decoded as "_s + label + u" (declared by the page)"_s};
            }
        }
    }

    for (const QByteArray &name : detectCharsets(bytes)) {
        if (auto text = decodeWithIcu(bytes, name.constData())) {
            const QString label = QString::fromLatin1(name);
            return {std::move(*text), label, u"decoded as "_s + label + u" (not valid UTF-8)"_s};
        }
    }
    const QString fallback = u"windows-1252"_s;
    auto text = decodeWithIcu(bytes, "windows-1252");
    return {text ? std::move(*text) : QString::fromLatin1(bytes), fallback,
            u"decoded as windows-1252 (not valid UTF-8, charset could not be detected)"_s};
}

} // namespace annals
