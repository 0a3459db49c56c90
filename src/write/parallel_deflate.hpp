// Zip parts deflated on both cores before libzip writes them (libzip then
// copies their bytes): libzip deflates an entry on the one thread that calls
// zip_close, with a fresh zlib state for each, which left the second core
// idle for a fifth of `summakoll fix` on a 100 000-row workbook.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "write/piece_deflater.hpp"
#include "write/part_stream.hpp"
#include "write/text_pieces.hpp"

namespace sk {

// From this size a part is deflated in two halves, one on each core.
inline constexpr std::size_t deflate_ourselves_from_bytes = std::size_t(1) << 20;

// One deflate stream made of pieces deflated apart, in order; with the sizes
// and the CRC-32 a zip entry's headers need.
struct DeflatedPart {
    std::vector<DeflatedPiece> pieces;
    std::uint64_t size = 0;             // uncompressed bytes
    std::uint64_t compressed_size = 0;  // bytes of all pieces
    std::uint32_t crc = 0;              // CRC-32 of the uncompressed bytes

    // Adds the next piece, its CRC combined into the whole's.
    void append(DeflatedPiece piece);
};

// A zlib state for each core, made once for every part of a package: a state
// is about 600 KB allocated and cleared, which a workbook of 20 000 small
// sheets paid twice a sheet.
struct CoreDeflaters {
    PieceDeflater here, there;
};

// Every text deflated, the two cores sharing the work evenly: a text of a
// megabyte or more is cut in two halves, the first deflated on this thread
// and the second on another; a smaller one is deflated whole on the core
// with fewer bytes so far. One zlib state per core serves all: a state for
// each part of a fix of 20 000 small sheets (80 000 parts, libzip deflating
// each with a fresh state) cost a quarter of its time. `deflaters`: the
// states, shared with the package's streamed parts.
std::vector<DeflatedPart> deflate_on_both_cores(const std::vector<TextPieces>& texts, CoreDeflaters& deflaters);

// The stream a megabyte at a time, each megabyte in two halves on both cores
// while this thread also produces the next one (producing a megabyte of
// sheet XML takes about a quarter of the time deflating it does). A stream
// of less than a megabyte is one piece, on this thread. The stream is read once.
DeflatedPart deflate_stream(PartStream& stream, CoreDeflaters& deflaters);

}  // namespace sk
