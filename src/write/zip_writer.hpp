// A zip archive written front to back in one pass: each entry's local
// header, then its bytes (deflated already, or copied as they are from
// another archive), and the central directory at the end. Every size and
// CRC is known before an entry is written, so nothing is ever sought back
// to: libzip wrote each entry, sought back to its header and forward again,
// three system calls an entry that made a fix of 20 000 small sheets spend
// a quarter of its time in the kernel. Zip64 records are written only where
// a count, size or offset needs them (more than 65 535 entries, 4 GB).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "write/parallel_deflate.hpp"

namespace sk {

// An entry's date and time as zip stores them (MS-DOS format, local time).
struct DosTime {
    std::uint16_t time = 0;
    std::uint16_t date = (1 << 5) | 1;  // 1980-01-01, as Excel dates its entries
};

// What a zip entry's headers say of its bytes.
struct ZipEntryHead {
    std::string name;
    std::uint16_t method = 8;  // 0 stored, 8 deflated
    std::uint32_t crc = 0;
    std::uint64_t size = 0;             // uncompressed
    std::uint64_t compressed_size = 0;  // of the bytes written
    DosTime when;
};

class ZipWriter {
public:
    // To the open file `fd` (written through a buffer; the caller closes it),
    // or, with fd -1, to bytes kept for take_bytes(). Write errors throw
    // WriteError(Io) with the errno (ENOSPC: the disk is full).
    explicit ZipWriter(int fd = -1);

    // An entry of bytes deflated here (crc and sizes from `part`).
    void add(const std::string& name, const DeflatedPart& part, DosTime when = {});
    // An entry whose bytes are given as the archive stores them (a copy of
    // another archive's entry): `head` describes them.
    void add_raw(const ZipEntryHead& head, std::string_view stored_bytes);
    // Writes the central directory and flushes. Nothing may be added after.
    void finish();
    // fd -1: the archive's bytes, after finish().
    std::string take_bytes() { return std::move(out_); }

private:
    struct Written {
        ZipEntryHead head;
        std::uint64_t offset;
    };
    int fd_;
    std::string out_;  // bytes not yet written to fd_ (all of them with fd -1)
    std::uint64_t offset_ = 0;
    std::vector<Written> entries_;

    void local_header(const ZipEntryHead& head);
    void put(std::string_view bytes);
    void flush();
};

// A time_t (as libzip gives an entry's mtime) in MS-DOS form, local time.
DosTime dos_time(std::int64_t mtime);

}  // namespace sk
