#include "write/piece_deflater.hpp"

#include <algorithm>
#include <climits>
#include <new>
#include <stdexcept>

namespace sk {

namespace {

constexpr std::size_t chunk_bytes = std::size_t(256) << 10;

const Bytef* bytes_of(std::string_view s) { return reinterpret_cast<const Bytef*>(s.data()); }

}  // namespace

PieceDeflater::PieceDeflater() {
    // Level 1, as libzip deflated these parts before (several times faster
    // than level 6 for a file about 40 % larger); windowBits -15: raw
    // deflate, as a zip entry stores it; memory level 9, as libzip's.
    if (deflateInit2(&z_, 1, Z_DEFLATED, -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK) throw std::bad_alloc();
}

PieceDeflater::~PieceDeflater() { deflateEnd(&z_); }

DeflatedPiece PieceDeflater::deflate(std::string_view text, bool last) { return deflate(TextPieces{text}, last); }

DeflatedPiece PieceDeflater::deflate(const TextPieces& text, bool last) {
    DeflatedPiece piece;
    piece.size = total_size(text);
    if (piece.size >= INT_MAX) throw std::length_error("deflate: a piece of 2 GB or more");
    for (std::string_view t : text) piece.crc = std::uint32_t(crc32_z(piece.crc, bytes_of(t), t.size()));

    if (deflateReset(&z_) != Z_OK) throw std::logic_error("deflate: reset refused");
    // The worst case (plus the 5 bytes of a sync flush's empty stored block,
    // which deflateBound leaves out) fits one chunk when it is small.
    const std::size_t chunk = std::min(chunk_bytes, std::size_t(deflateBound(&z_, uLong(piece.size))) + 16);
    z_.avail_out = 0;
    // Until zlib has taken all input and, when flushing, left room in a
    // chunk: then it has written everything.
    auto run = [&](int flush) {
        int status;
        do {
            if (z_.avail_out == 0) {
                piece.chunks.push_back({std::unique_ptr<char[]>(new char[chunk]), 0});
                z_.next_out = reinterpret_cast<Bytef*>(piece.chunks.back().buffer.get());
                z_.avail_out = uInt(chunk);
            }
            status = ::deflate(&z_, flush);
            if (status == Z_STREAM_ERROR) throw std::logic_error("deflate: stream error");
            piece.chunks.back().length = chunk - z_.avail_out;
        } while (z_.avail_in != 0 || (flush != Z_NO_FLUSH && z_.avail_out == 0));
        return status;
    };
    for (std::string_view t : text) {
        z_.next_in = const_cast<Bytef*>(bytes_of(t));
        z_.avail_in = uInt(t.size());
        run(Z_NO_FLUSH);
    }
    if (run(last ? Z_FINISH : Z_SYNC_FLUSH) != (last ? Z_STREAM_END : Z_OK)) throw std::logic_error("deflate: incomplete piece");
    return piece;
}

}  // namespace sk
