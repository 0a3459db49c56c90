// POST /api/check and POST /api/fix once the upload is saved: plain functions
// from a file to a reply, testable without a socket.
#pragma once

#include "base/lang.hpp"
#include "serve/api_reply.hpp"
#include "serve/upload.hpp"

namespace sk::serve {

// The JSON report, schema 1 (DESIGN.md), each finding with "expected_text",
// "actual_text" and "preview" (serve/preview.hpp). An unreadable file: 422.
ApiReply handle_check(const Upload& upload, Lang lang);

// The corrected workbook (.xlsx bytes, named "NAME.kontrollerad.xlsx"), with
// the number of changed cells in X-Summakoll-Changed. Word and CSV files: 415
// (they can be checked, not corrected yet); an unreadable file: 422.
ApiReply handle_fix(const Upload& upload, Lang lang);

}  // namespace sk::serve
