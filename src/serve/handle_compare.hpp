// POST /api/compare once the two uploads are saved: the comparison of
// `summakoll compare A B --format json` (the `comparison` section), with the
// files named as the browser sent them, or with ?format=xlsx the comparison
// workbook of `compare -o`. A file that cannot be read: 422.
#pragma once

#include "base/lang.hpp"
#include "serve/api_reply.hpp"
#include "serve/upload.hpp"

namespace sk::serve {

ApiReply handle_compare(const Upload& a, const Upload& b, Lang lang);

// The comparison workbook (.xlsx bytes, named "A.jämförelse.xlsx").
ApiReply handle_compare_workbook(const Upload& a, const Upload& b, Lang lang);

}  // namespace sk::serve
