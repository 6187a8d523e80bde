#include "load/binary_sniffer.h"

#include "load/text_decoder.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace annals {

namespace {

struct Magic {
    qsizetype offset;
    QByteArrayView bytes;
    QLatin1StringView what;
};

// File signatures of formats people are likely to have lying in a folder of articles.
constexpr std::array magics{
    Magic{0, "\x89PNG\r\n\x1a\n", "PNG image"_L1},
    Magic{0, "\xff\xd8\xff", "JPEG image"_L1},
    Magic{0, "GIF87a", "GIF image"_L1},
    Magic{0, "GIF89a", "GIF image"_L1},
    Magic{0, "%PDF-", "PDF document"_L1},
    Magic{0, "PK\x03\x04", "ZIP archive (or an office document)"_L1},
    Magic{0, "PK\x05\x06", "ZIP archive"_L1},
    Magic{0, "\x1f\x8b", "gzip archive"_L1},
    Magic{4, "1AY&SY", "bzip2 archive"_L1},
    Magic{0,
          QByteArrayView("\xfd"
                         "7zXZ\x00",
                         6),
          "xz archive"_L1},
    Magic{0, "7z\xbc\xaf\x27\x1c", "7-Zip archive"_L1},
    Magic{0, "Rar!\x1a\x07", "RAR archive"_L1},
    Magic{257, "ustar", "tar archive"_L1},
    Magic{0,
          "\x7f"
          "ELF",
          "ELF executable"_L1},
    Magic{0, "\xca\xfe\xba\xbe", "Java class or Mach-O binary"_L1},
    Magic{0, "\xcf\xfa\xed\xfe", "Mach-O binary"_L1},
    Magic{0,
          QByteArrayView("\x00"
                         "asm",
                         4),
          "WebAssembly module"_L1},
    Magic{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"_L1},
    Magic{0, QByteArrayView("SQLite format 3\x00", 16), "SQLite database"_L1},
    Magic{0, "RIFF", "RIFF media file (WAV, AVI or WebP)"_L1},
    Magic{4, "ftyp", "MP4/QuickTime media file"_L1},
    Magic{0, "ID3\x03", "MP3 audio"_L1},
    Magic{0, "ID3\x04", "MP3 audio"_L1},
    Magic{0, "OggS", "Ogg media file"_L1},
    Magic{0, "fLaC", "FLAC audio"_L1},
    Magic{0, "\x1a\x45\xdf\xa3", "Matroska/WebM video"_L1},
    Magic{0, QByteArrayView("II*\x00", 4), "TIFF image"_L1},
    Magic{0, QByteArrayView("MM\x00*", 4), "TIFF image"_L1},
    Magic{0, "wOFF", "WOFF font"_L1},
    Magic{0, "wOF2", "WOFF2 font"_L1},
    Magic{0, QByteArrayView("\x00\x01\x00\x00\x00", 5), "TrueType font"_L1},
    Magic{0, "OTTO", "OpenType font"_L1},
};

constexpr qsizetype sampleSize = 64 * 1024;

bool isControlByte(unsigned char c) {
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
    return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b;
}

} // namespace

std::optional<QString> binaryReason(QByteArrayView bytes) {
    // Text with a byte order mark, or UTF-16 without one, legitimately contains NUL bytes.
    if (detectUnicodeForm(bytes))
        return std::nullopt;

    for (const Magic &magic : magics) {
        if (bytes.size() >= magic.offset + magic.bytes.size() &&
            bytes.sliced(magic.offset, magic.bytes.size()) == magic.bytes)
            return u"looks like "_s + magic.what;
    }

    const QByteArrayView sample = bytes.first(std::min(bytes.size(), sampleSize));
    if (sample.contains('\0'))
        return u"contains NUL bytes"_s;
    const auto controls = std::count_if(sample.begin(), sample.end(),
                                        [](char c) { return isControlByte(static_cast<unsigned char>(c)); });
    // A few stray control characters happen in scraped text; a tenth of them never does.
    if (controls * 10 > sample.size())
        return u"contains many control characters"_s;
    return std::nullopt;
}

bool isKnownBinaryExtension(QStringView suffix) {
    static constexpr std::array<QLatin1StringView, 52> extensions{
        "png"_L1,    "jpg"_L1,   "jpeg"_L1, "gif"_L1,  "bmp"_L1,  "webp"_L1, "ico"_L1,   "tif"_L1, "tiff"_L1,
        "heic"_L1,   "avif"_L1,  "psd"_L1,  "pdf"_L1,  "zip"_L1,  "gz"_L1,   "tgz"_L1,   "bz2"_L1, "xz"_L1,
        "7z"_L1,     "rar"_L1,   "tar"_L1,  "zst"_L1,  "exe"_L1,  "dll"_L1,  "so"_L1,    "o"_L1,   "a"_L1,
        "bin"_L1,    "class"_L1, "jar"_L1,  "pyc"_L1,  "mp3"_L1,  "mp4"_L1,  "m4a"_L1,   "wav"_L1, "ogg"_L1,
        "flac"_L1,   "avi"_L1,   "mov"_L1,  "mkv"_L1,  "webm"_L1, "woff"_L1, "woff2"_L1, "ttf"_L1, "otf"_L1,
        "sqlite"_L1, "db"_L1,    "docx"_L1, "xlsx"_L1, "pptx"_L1, "odt"_L1,  "epub"_L1,
    };
    return std::any_of(extensions.begin(), extensions.end(), [suffix](QLatin1StringView ext) {
        return suffix.compare(ext, Qt::CaseInsensitive) == 0;
    });
}

} // namespace annals
