// Parts deflated in pieces on two threads: the pieces joined are one deflate
// stream that inflates to the text, and the CRC-32 combined from the pieces
// is the text's (tests/write/zip_writer_test.cpp writes such parts into zips).
#include <doctest/doctest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "write/parallel_deflate.hpp"

using namespace sk;

namespace {

// Rows of a worksheet, as the parts summakoll deflates look, cut at `bytes`.
std::string sheet_like(std::size_t bytes) {
    std::string s;
    for (std::uint32_t r = 1; s.size() < bytes; ++r)
        s += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\" t=\"s\"><v>" +
             std::to_string(r % 290) + "</v></c><c r=\"B" + std::to_string(r) + "\"><v>" +
             std::to_string(r * 7919 % 1000003) + "</v></c></row>";
    s.resize(bytes);
    return s;
}

// Bytes that hardly compress, so a piece's deflate data is about its size.
std::string noise(std::size_t bytes) {
    std::string s(bytes, '\0');
    std::uint32_t x = 2463534242u;
    for (char& c : s) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        c = char(x);
    }
    return s;
}

// Inflates the joined pieces as one raw deflate stream; "" plus a failed
// check when the stream is broken or does not end exactly at its last byte.
std::string inflate_all(const DeflatedPart& part) {
    std::string data;
    for (const DeflatedPiece& p : part.pieces)
        for (const DeflatedChunk& c : p.chunks) data += c.data();
    CHECK(data.size() == part.compressed_size);
    z_stream z{};
    REQUIRE(inflateInit2(&z, -MAX_WBITS) == Z_OK);
    std::string out(part.size + 1, '\0');
    z.next_in = reinterpret_cast<Bytef*>(data.data());
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    int status = inflate(&z, Z_FINISH);
    CHECK(status == Z_STREAM_END);
    CHECK(z.avail_in == 0);  // the final block is the last byte
    out.resize(out.size() - z.avail_out);
    inflateEnd(&z);
    return status == Z_STREAM_END ? out : std::string();
}

std::uint32_t crc_of(const std::string& s) {
    return std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef*>(s.data()), s.size()));
}

// A stream handing out `text` in pieces of the given sizes, in turn.
struct PiecesStream : PartStream {
    const std::string& text;
    std::vector<std::size_t> sizes;
    std::size_t pos = 0, turn = 0, calls_after_end = 0;
    PiecesStream(const std::string& t, std::vector<std::size_t> s) : text(t), sizes(std::move(s)) {}
    bool next(std::string& piece) override {
        if (pos == text.size()) {
            ++calls_after_end;
            return false;
        }
        piece = text.substr(pos, sizes[turn++ % sizes.size()]);
        pos += piece.size();
        return true;
    }
};

}  // namespace

TEST_CASE("parts deflated on two threads, big ones in two halves, inflate to their text, with the text's CRC") {
    const std::vector<std::string> texts = {sheet_like(3000017), noise(1234567), sheet_like(1), std::string(),
                                            sheet_like(1048575), noise(700)};
    CoreDeflaters deflaters;
    std::vector<DeflatedPart> parts =
        deflate_on_both_cores({{texts[0]}, {texts[1]}, {texts[2]}, {texts[3]}, {texts[4]}, {texts[5]}}, deflaters);
    REQUIRE(parts.size() == texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CAPTURE(i);
        // From a megabyte: a half on each core; below it, whole.
        CHECK(parts[i].pieces.size() == (texts[i].size() >= deflate_ourselves_from_bytes ? 2u : 1u));
        CHECK(parts[i].size == texts[i].size());
        CHECK(parts[i].crc == crc_of(texts[i]));
        CHECK(inflate_all(parts[i]) == texts[i]);
    }
    // Two halves, each from an empty window, are about as small as one stream.
    std::size_t one_stream = 0;
    for (const DeflatedChunk& c : PieceDeflater().deflate(texts[0], true).chunks) one_stream += c.length;
    CHECK(parts[0].compressed_size < one_stream + one_stream / 1000);
    CHECK(parts[1].compressed_size < texts[1].size() + 1000);
}

TEST_CASE("a text given in pieces deflates to the pieces joined, its middle cut wherever it falls") {
    const std::string text = sheet_like(2500009);
    TextPieces pieces;
    for (std::size_t pos = 0, n = 1; pos < text.size(); pos += n, n = n * 7 % 300007 + 1)
        pieces.push_back(std::string_view(text).substr(pos, n));
    pieces.insert(pieces.begin() + 3, std::string_view());  // an empty piece is no piece
    REQUIRE(total_size(pieces) == text.size());
    REQUIRE(joined(pieces) == text);
    for (std::size_t cut : {std::size_t(0), std::size_t(1), std::size_t(9), text.size() / 2, text.size()}) {
        CAPTURE(cut);
        const auto [first, second] = split_pieces(pieces, cut);
        CHECK(total_size(first) == cut);
        CHECK(joined(first) + joined(second) == text);
    }
    CoreDeflaters deflaters;
    DeflatedPart part = std::move(deflate_on_both_cores({pieces}, deflaters).at(0));
    CHECK(part.size == text.size());
    CHECK(part.crc == crc_of(text));
    CHECK(inflate_all(part) == text);
}

TEST_CASE("a streamed part is read once and deflated a megabyte at a time") {
    const std::string text = sheet_like(5 * 1048576 + 4099);
    PiecesStream stream(text, {131072, 1, 65521, 300000, 7});
    CoreDeflaters deflaters;
    DeflatedPart part = deflate_stream(stream, deflaters);
    CHECK(stream.calls_after_end == 1);
    // Blocks of a megabyte or a little more (1 124 274, 1 058 724, 1 293 202,
    // 1 124 281 bytes) and the rest (646 498), each in two halves; the final empty block.
    CHECK(part.pieces.size() == 5 * 2 + 1);
    CHECK(part.size == text.size());
    CHECK(part.crc == crc_of(text));
    CHECK(inflate_all(part) == text);

    const std::string empty;
    PiecesStream none(empty, {1});
    DeflatedPart nothing = deflate_stream(none, deflaters);
    CHECK(nothing.size == 0);
    CHECK(nothing.crc == 0);
    CHECK(inflate_all(nothing).empty());

    // Under a megabyte: one piece that ends the stream, on the states used before.
    const std::string small = sheet_like(300000);
    PiecesStream once(small, {65536, 7});
    DeflatedPart whole = deflate_stream(once, deflaters);
    CHECK(whole.pieces.size() == 1);
    CHECK(whole.size == small.size());
    CHECK(whole.crc == crc_of(small));
    CHECK(inflate_all(whole) == small);
}
