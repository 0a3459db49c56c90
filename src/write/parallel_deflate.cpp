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

std::vector<DeflatedPart> deflate_on_both_cores(const std::vector<TextPieces>& texts, CoreDeflaters& deflaters) {
    // A text's pieces for one core: a half of a big text (the first half on
    // this core, appended first) or a small text whole.
    struct Job {
        std::size_t text;
        TextPieces pieces;
        bool last;
    };
    std::vector<Job> jobs[2];
    std::size_t bytes[2] = {0, 0};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::size_t size = total_size(texts[i]);
        if (size >= deflate_ourselves_from_bytes) {
            auto [first, second] = split_pieces(texts[i], size / 2);
            jobs[0].push_back({i, std::move(first), false});
            jobs[1].push_back({i, std::move(second), true});
            bytes[0] += size / 2;
            bytes[1] += size - size / 2;
        } else {
            const int core = bytes[0] <= bytes[1] ? 0 : 1;
            jobs[core].push_back({i, texts[i], true});
            bytes[core] += size;
        }
    }
    std::vector<DeflatedPiece> done[2] = {std::vector<DeflatedPiece>(jobs[0].size()),
                                          std::vector<DeflatedPiece>(jobs[1].size())};
    auto deflate_jobs = [&](int core) {
        PieceDeflater& deflater = core == 0 ? deflaters.here : deflaters.there;
        for (std::size_t k = 0; k < jobs[core].size(); ++k)
            done[core][k] = deflater.deflate(jobs[core][k].pieces, jobs[core][k].last);
    };
    process::run_both(
        bytes[0] + bytes[1] >= deflate_ourselves_from_bytes, [&] { deflate_jobs(0); }, [&] { deflate_jobs(1); });
    std::vector<DeflatedPart> parts(texts.size());
    for (int core : {0, 1})
        for (std::size_t k = 0; k < jobs[core].size(); ++k) parts[jobs[core][k].text].append(std::move(done[core][k]));
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
