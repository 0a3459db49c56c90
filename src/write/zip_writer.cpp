#include "write/zip_writer.hpp"

#include <cstring>
#include <ctime>

#include "write/file_copy.hpp"
#include "write/write_error.hpp"

namespace sk {

namespace {

constexpr std::size_t flush_from_bytes = std::size_t(1) << 20;
constexpr std::uint32_t max32 = 0xFFFFFFFFu;
constexpr std::uint16_t max16 = 0xFFFF;
constexpr std::uint16_t utf8_names = 1 << 11;  // general purpose flag: the name is UTF-8

void le(std::string& out, std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(char((v >> (8 * i)) & 0xFF));
}
void u16(std::string& out, std::uint64_t v) { le(out, v, 2); }
void u32(std::string& out, std::uint64_t v) { le(out, v, 4); }
void u64(std::string& out, std::uint64_t v) { le(out, v, 8); }

bool ascii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

bool sizes_need_zip64(const ZipEntryHead& h) { return h.size >= max32 || h.compressed_size >= max32; }

// The fields the headers of every entry share, from "version needed" to the name's length.
void common_fields(std::string& out, const ZipEntryHead& h, bool zip64) {
    u16(out, zip64 ? 45 : 20);  // version needed: 4.5 for Zip64, else 2.0 (deflate)
    u16(out, ascii(h.name) ? 0 : utf8_names);
    u16(out, h.method);
    u16(out, h.when.time);
    u16(out, h.when.date);
    u32(out, h.crc);
}

}  // namespace

DosTime dos_time(std::int64_t mtime) {
    std::time_t t = std::time_t(mtime);
    std::tm tm{};
    if (!localtime_r(&t, &tm) || tm.tm_year < 80) return {};
    DosTime d;
    d.time = std::uint16_t((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    d.date = std::uint16_t(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    return d;
}

ZipWriter::ZipWriter(int fd) : fd_(fd) {}

void ZipWriter::put(std::string_view bytes) {
    out_.append(bytes);
    offset_ += bytes.size();
    if (fd_ >= 0 && out_.size() >= flush_from_bytes) flush();
}

void ZipWriter::flush() {
    if (fd_ < 0) return;
    if (const int error = write_all(fd_, out_)) throw WriteError(std::strerror(error), error);
    out_.clear();
}

void ZipWriter::local_header(const ZipEntryHead& h) {
    if (h.name.size() > max16) throw WriteError(WriteErrorKind::Io, "zip: a part name over 65 535 bytes");
    entries_.push_back({h, offset_});
    const bool zip64 = sizes_need_zip64(h);
    std::string head;
    u32(head, 0x04034b50);
    common_fields(head, h, zip64);
    u32(head, zip64 ? max32 : h.compressed_size);
    u32(head, zip64 ? max32 : h.size);
    u16(head, h.name.size());
    u16(head, zip64 ? 20 : 0);
    head += h.name;
    if (zip64) {  // the local Zip64 field holds both sizes
        u16(head, 1);
        u16(head, 16);
        u64(head, h.size);
        u64(head, h.compressed_size);
    }
    put(head);
}

void ZipWriter::add(const std::string& name, const DeflatedPart& part, DosTime when) {
    ZipEntryHead h;
    h.name = name;
    h.crc = part.crc;
    h.size = part.size;
    h.compressed_size = part.compressed_size;
    h.when = when;
    local_header(h);
    for (const DeflatedPiece& piece : part.pieces)
        for (const DeflatedChunk& c : piece.chunks) put(c.data());
}

void ZipWriter::add_raw(const ZipEntryHead& head, std::string_view stored_bytes) {
    ZipEntryHead h = head;
    h.compressed_size = stored_bytes.size();
    local_header(h);
    put(stored_bytes);
}

void ZipWriter::finish() {
    const std::uint64_t directory_at = offset_;
    std::string dir;
    for (const Written& w : entries_) {
        const ZipEntryHead& h = w.head;
        // Zip64 values, in the order the format gives them, for each field that does not fit.
        std::string extra;
        if (h.size >= max32) u64(extra, h.size);
        if (h.compressed_size >= max32) u64(extra, h.compressed_size);
        if (w.offset >= max32) u64(extra, w.offset);
        u32(dir, 0x02014b50);
        u16(dir, 45);  // made by: MS-DOS (no Unix permissions), version 4.5
        common_fields(dir, h, !extra.empty());
        u32(dir, std::min<std::uint64_t>(h.compressed_size, max32));
        u32(dir, std::min<std::uint64_t>(h.size, max32));
        u16(dir, h.name.size());
        u16(dir, extra.empty() ? 0 : extra.size() + 4);
        u16(dir, 0);  // comment
        u16(dir, 0);  // disk
        u16(dir, 0);  // internal attributes
        u32(dir, 0);  // external attributes
        u32(dir, std::min<std::uint64_t>(w.offset, max32));
        dir += h.name;
        if (!extra.empty()) {
            u16(dir, 1);
            u16(dir, extra.size());
            dir += extra;
        }
        if (dir.size() >= flush_from_bytes) {
            put(dir);
            dir.clear();
        }
    }
    put(dir);
    const std::uint64_t directory_bytes = offset_ - directory_at;
    const std::uint64_t count = entries_.size();
    std::string end;
    if (count >= max16 || directory_at >= max32 || directory_bytes >= max32) {
        const std::uint64_t zip64_end_at = offset_;
        u32(end, 0x06064b50);
        u64(end, 44);  // the record's size after this field
        u16(end, 45);
        u16(end, 45);
        u32(end, 0);  // this disk
        u32(end, 0);  // the directory's disk
        u64(end, count);
        u64(end, count);
        u64(end, directory_bytes);
        u64(end, directory_at);
        u32(end, 0x07064b50);  // the locator
        u32(end, 0);
        u64(end, zip64_end_at);
        u32(end, 1);  // disks
    }
    u32(end, 0x06054b50);
    u16(end, 0);
    u16(end, 0);
    u16(end, std::min<std::uint64_t>(count, max16));
    u16(end, std::min<std::uint64_t>(count, max16));
    u32(end, std::min<std::uint64_t>(directory_bytes, max32));
    u32(end, std::min<std::uint64_t>(directory_at, max32));
    u16(end, 0);  // comment
    put(end);
    flush();
}

}  // namespace sk
