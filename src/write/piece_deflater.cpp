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

DeflatedPiece PieceDeflater::deflate(std::string_view text, bool last) {
    if (text.size() >= INT_MAX) throw std::length_error("deflate: a piece of 2 GB or more");
    DeflatedPiece piece;
    piece.size = text.size();
    piece.crc = std::uint32_t(crc32_z(0, bytes_of(text), text.size()));

    if (deflateReset(&z_) != Z_OK) throw std::logic_error("deflate: reset refused");
    z_.next_in = const_cast<Bytef*>(bytes_of(text));
    z_.avail_in = uInt(text.size());
    // The worst case (plus the 5 bytes of a sync flush's empty stored block,
    // which deflateBound leaves out) fits one chunk when it is small.
    const std::size_t chunk = std::min(chunk_bytes, std::size_t(deflateBound(&z_, uLong(text.size()))) + 16);
    int status;
    do {  // until zlib leaves room in a chunk: then it has flushed everything
        piece.chunks.push_back({std::unique_ptr<char[]>(new char[chunk]), 0});
        z_.next_out = reinterpret_cast<Bytef*>(piece.chunks.back().buffer.get());
        z_.avail_out = uInt(chunk);
        status = ::deflate(&z_, last ? Z_FINISH : Z_SYNC_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) throw std::logic_error("deflate: stream error");
        piece.chunks.back().length = chunk - z_.avail_out;
    } while (z_.avail_out == 0);
    if (z_.avail_in != 0 || (last && status != Z_STREAM_END)) throw std::logic_error("deflate: incomplete piece");
    return piece;
}

}  // namespace sk
