#include "write/parallel_deflate.hpp"

#include <zlib.h>

#include <utility>

#include "base/run_both.hpp"

namespace sk {

namespace {

constexpr std::size_t stream_block_bytes = std::size_t(1) << 20;

// Appends pieces of `stream` to `block` until it holds a megabyte or more;
// false once the stream has ended.
bool fill_block(PartStream& stream, std::string& block) {
    std::string piece;
    while (block.size() < stream_block_bytes) {
        if (!stream.next(piece)) return false;
        block += piece;
    }
    return true;
}

}  // namespace

void DeflatedPart::append(DeflatedPiece piece) {
    crc = std::uint32_t(crc32_combine(crc, piece.crc, z_off_t(piece.size)));
    size += piece.size;
    for (const DeflatedChunk& c : piece.chunks) compressed_size += c.length;
    pieces.push_back(std::move(piece));
}

std::vector<DeflatedPart> deflate_on_both_cores(const std::vector<TextPieces>& texts) {
    std::vector<std::pair<TextPieces, TextPieces>> halves;
    std::size_t total = 0;
    for (const TextPieces& t : texts) {
        const std::size_t size = total_size(t);
        halves.push_back(split_pieces(t, size / 2));
        total += size;
    }
    std::vector<DeflatedPiece> firsts(texts.size()), seconds(texts.size());
    process::run_both(
        total >= deflate_ourselves_from_bytes,
        [&] {
            PieceDeflater deflater;
            for (std::size_t i = 0; i < texts.size(); ++i) firsts[i] = deflater.deflate(halves[i].first, false);
        },
        [&] {
            PieceDeflater deflater;
            for (std::size_t i = 0; i < texts.size(); ++i) seconds[i] = deflater.deflate(halves[i].second, true);
        });
    std::vector<DeflatedPart> parts(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        parts[i].append(std::move(firsts[i]));
        parts[i].append(std::move(seconds[i]));
    }
    return parts;
}

DeflatedPart deflate_stream(PartStream& stream, CoreDeflaters& deflaters) {
    DeflatedPart part;
    PieceDeflater &here = deflaters.here, &there = deflaters.there;
    std::string block, next;
    bool more = fill_block(stream, block);
    if (!more) {
        part.append(here.deflate(block, true));
        return part;
    }
    while (!block.empty()) {
        std::string_view text = block;
        std::size_t half = text.size() / 2;
        DeflatedPiece first, second;
        process::run_both(
            more,
            [&] {
                more = more && fill_block(stream, next);
                first = here.deflate(text.substr(0, half), false);
            },
            [&] { second = there.deflate(text.substr(half), false); });
        part.append(std::move(first));
        part.append(std::move(second));
        std::swap(block, next);
        next.clear();
    }
    // Every piece ended with a sync flush: an empty final block ends the stream.
    part.append(here.deflate(std::string_view(), true));
    return part;
}

}  // namespace sk
