#include "data/line_reader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace ps::data {

namespace {
constexpr qint64 kChunk = 256 * 1024;
}

LineReader::LineReader(QIODevice& device, qint64 maxLineBytes) : device_(device), maxLineBytes_(maxLineBytes) {}

bool LineReader::fill() {
    if (atEnd_) return false;
    if (pos_ > 0) {  // keep only the unread tail
        buffer_.remove(0, pos_);
        pos_ = 0;
    }
    const qsizetype old = buffer_.size();
    buffer_.resize(old + kChunk);
    const qint64 n = device_.read(buffer_.data() + old, kChunk);
    buffer_.resize(old + qMax<qint64>(n, 0));
    if (n <= 0) {
        readError_ = n < 0;
        atEnd_ = true;
        return false;
    }
    return true;
}

LineReader::Status LineReader::next(QByteArray& line) {
    if (!started_) {
        started_ = true;
        while (buffer_.size() < 3 && fill()) {
        }
        if (buffer_.startsWith("\xEF\xBB\xBF")) {
            pos_ = 3;
            consumed_ = 3;
        }
    }
    qsizetype searchFrom = pos_;
    for (;;) {
        const qsizetype nl = buffer_.indexOf('\n', searchFrom);
        if (nl >= 0) {
            ++lineNumber_;
            if (nl - pos_ > maxLineBytes_) return Status::TooLong;
            line = buffer_.mid(pos_, nl - pos_);
            consumed_ += nl + 1 - pos_;
            pos_ = nl + 1;
            return Status::Line;
        }
        if (buffer_.size() - pos_ > maxLineBytes_) {
            ++lineNumber_;
            return Status::TooLong;
        }
        const qsizetype scanned = buffer_.size() - pos_;
        if (!fill()) {
            if (readError_) return Status::ReadError;
            if (pos_ >= buffer_.size()) return Status::End;
            ++lineNumber_;  // a last line without "\n"
            line = buffer_.mid(pos_, buffer_.size() - pos_);
            consumed_ += buffer_.size() - pos_;
            pos_ = buffer_.size();
            return Status::Line;
        }
        searchFrom = pos_ + scanned;  // fill() moved the unread tail to the front
    }
}

QString LineReader::errorString() const { return device_.errorString(); }

std::optional<QString> decodeUtf8(const QByteArray& bytes) {
    // ConvertInitialBom: a BOM inside the file is kept as U+FEFF, not dropped silently.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString s = decoder.decode(bytes);
    if (decoder.hasError()) return std::nullopt;
    return s;
}

qint64 utf8Size(QStringView s) {
    qint64 n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

}  // namespace ps::data
