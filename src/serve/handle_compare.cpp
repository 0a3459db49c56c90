#include "serve/handle_compare.hpp"

#include <optional>

#include "compare/compare.hpp"
#include "compare/compare_report.hpp"
#include "read/read_workbook.hpp"

namespace sk::serve {

ApiReply handle_compare(const Upload& a, const Upload& b, Lang lang) {
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
    return json_reply(compare::comparison_json(c, lang));
}

}  // namespace sk::serve
