#include "write/deflated_source.hpp"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace sk {

namespace {

struct DeflatedReader {
    const DeflatedPart* part = nullptr;
    std::vector<std::string_view> runs;  // every chunk of every piece, in order
    std::size_t run = 0;                 // the run being read
    std::size_t offset = 0;              // in that run
    zip_error_t error{};
};

zip_int64_t read_runs(DeflatedReader& r, char* out, zip_uint64_t len) {
    zip_uint64_t done = 0;
    while (done < len && r.run < r.runs.size()) {
        std::string_view p = r.runs[r.run];
        std::size_t n = std::min<zip_uint64_t>(len - done, p.size() - r.offset);
        std::memcpy(out + done, p.data() + r.offset, n);
        done += n;
        r.offset += n;
        if (r.offset == p.size()) {
            ++r.run;
            r.offset = 0;
        }
    }
    return zip_int64_t(done);
}

zip_int64_t deflated_callback(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    auto* r = static_cast<DeflatedReader*>(user);
    // An int: libzip adds commands from version to version, and the ones not
    // listed here are refused (ZIP_ER_OPNOTSUPP), not a switch to keep complete.
    switch (static_cast<int>(cmd)) {
        case ZIP_SOURCE_OPEN:
            r->run = 0;
            r->offset = 0;
            return 0;
        case ZIP_SOURCE_READ: return read_runs(*r, static_cast<char*>(data), len);
        case ZIP_SOURCE_CLOSE: return 0;
        case ZIP_SOURCE_STAT: {
            if (len < sizeof(zip_stat_t)) {
                zip_error_set(&r->error, ZIP_ER_INVAL, 0);
                return -1;
            }
            auto* st = static_cast<zip_stat_t*>(data);
            zip_stat_init(st);
            st->size = r->part->size;
            st->comp_size = r->part->compressed_size;
            st->crc = r->part->crc;
            st->comp_method = ZIP_CM_DEFLATE;
            st->encryption_method = ZIP_EM_NONE;
            st->valid |= ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD |
                         ZIP_STAT_ENCRYPTION_METHOD;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR: return zip_error_to_data(&r->error, data, len);
        case ZIP_SOURCE_FREE:
            zip_error_fini(&r->error);
            delete r;
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default: zip_error_set(&r->error, ZIP_ER_OPNOTSUPP, 0); return -1;
    }
}

}  // namespace

zip_source_t* deflated_source(zip_t* archive, const DeflatedPart& part) {
    auto reader = std::make_unique<DeflatedReader>();
    reader->part = &part;
    for (const DeflatedPiece& piece : part.pieces)
        for (const DeflatedChunk& c : piece.chunks) reader->runs.push_back(c.data());
    zip_error_init(&reader->error);
    zip_source_t* source = zip_source_function(archive, deflated_callback, reader.get());
    if (source) reader.release();  // from now on freed by ZIP_SOURCE_FREE
    return source;
}

}  // namespace sk
