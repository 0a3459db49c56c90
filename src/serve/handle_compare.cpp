#include "serve/handle_compare.hpp"

#include <optional>
#include <variant>

#include "compare/compare.hpp"
#include "compare/compare_report.hpp"
#include "compare/compare_workbook.hpp"
#include "read/read_workbook.hpp"
#include "write/write_xlsx.hpp"

namespace sk::serve {

namespace {

// The two uploads compared, the files named as the browser sent them; or the
// reply that names the file that cannot be read.
std::variant<compare::Comparison, ApiReply> compared(const Upload& a, const Upload& b, Lang lang) {
    std::optional<Workbook> wa, wb;
    for (const Upload* up : {&a, &b}) {
        try {
            (up == &a ? wa : wb) = read_workbook(up->path);
        } catch (const ReadError& e) {
            return error_reply(422, "unreadable-file", without_dir(describe(e, up->name, lang), up->dir));
        }
    }
    compare::Comparison c = compare::compare_workbooks(*wa, *wb);
    c.a_path = a.name;
    c.b_path = b.name;
    for (compare::TextReport& t : c.texts) t.path = t.path == a.path ? a.name : b.name;
    return c;
}

}  // namespace

ApiReply handle_compare(const Upload& a, const Upload& b, Lang lang) {
    auto result = compared(a, b, lang);
    if (const ApiReply* error = std::get_if<ApiReply>(&result)) return *error;
    return json_reply(compare::comparison_json(std::get<compare::Comparison>(result), lang));
}

ApiReply handle_compare_workbook(const Upload& a, const Upload& b, Lang lang) {
    auto result = compared(a, b, lang);
    if (const ApiReply* error = std::get_if<ApiReply>(&result)) return *error;
    ApiReply reply;
    reply.download_name = comparison_name(a.name);
    reply.content_type = xlsx_content_type;
    reply.body = write_xlsx_bytes(compare::comparison_workbook(std::get<compare::Comparison>(result)));
    return reply;
}

}  // namespace sk::serve
