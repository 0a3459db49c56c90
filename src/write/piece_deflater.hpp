// Pieces of a zip part deflated on their own, so that the pieces of a big
// part can be deflated on different threads and then simply concatenated
// into one deflate stream, as pigz does.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "write/text_pieces.hpp"

namespace sk {

// Deflate data as zlib wrote it: the buffer's first `length` bytes.
struct DeflatedChunk {
    std::unique_ptr<char[]> buffer;
    std::size_t length = 0;

    std::string_view data() const { return {buffer.get(), length}; }
};

struct DeflatedPiece {
    // Raw deflate blocks (no zlib or gzip header), in chunks of at most
    // 256 KB filled as zlib writes them: no copy, no buffer for the worst
    // case, so the 8 MB a 100 000-row workbook's fix deflates take 8 MB.
    std::vector<DeflatedChunk> chunks;
    std::uint32_t crc = 0;   // CRC-32 of the piece's text
    std::uint64_t size = 0;  // bytes of text
};

// Deflates pieces one after another at level 1, with one zlib state for all:
// a fresh state (about 600 KB, allocated and cleared) for each half megabyte
// made the 100 000-row benchmark sheet deflate in about 0.19 s instead of
// 0.14 s. One thread at a time.
class PieceDeflater {
public:
    PieceDeflater();  // throws std::bad_alloc
    ~PieceDeflater();
    PieceDeflater(const PieceDeflater&) = delete;
    PieceDeflater& operator=(const PieceDeflater&) = delete;

    // Every piece but the last ends at a byte boundary without ending the
    // stream (a sync flush); `last` ends it. Each piece starts with an empty
    // window: on pieces of a megabyte or more that costs about 0.03 % (200
    // bytes of 640 000 for a 3 MB sheet in two halves), so the pieces are not
    // primed with the end of the one before, as pigz does. Throws
    // std::length_error for a piece of 2 GB or more (zlib counts in 32 bits;
    // no part summakoll writes comes near).
    DeflatedPiece deflate(std::string_view text, bool last);
    // The same for a text given in pieces (write/text_pieces.hpp).
    DeflatedPiece deflate(const TextPieces& text, bool last);

private:
    z_stream z_{};
};

}  // namespace sk
