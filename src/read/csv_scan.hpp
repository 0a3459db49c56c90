// Splitting delimited text into records and fields, and guessing the delimiter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sk {

// Fields of UTF-8 text, RFC 4180 with Excel's leniency: a field that starts
// with '"' is quoted, "" inside it is one quote, and delimiters and line
// breaks inside it are text (CR LF inside becomes "\n"); characters after the
// closing quote are kept; an unclosed quote runs to the end. Records end at
// LF, CR LF or CR. delimiter 0 means one field per record.
class CsvScanner {
public:
    CsvScanner(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}
    // The next field; false at the end of the text. `record_end` tells
    // whether the field was the last of its record.
    bool next(std::string& field, bool& record_end);

private:
    bool at_record_break(std::size_t i) const { return text_[i] == '\n' || text_[i] == '\r'; }
    void quoted(std::string& field);
    std::string_view text_;
    char delimiter_;
    std::size_t pos_ = 0;
    bool done_ = false;
};

struct DelimiterGuess {
    char delimiter = 0;         // ';', '\t' or ','; 0 when no candidate splits the lines
    double consistency = 0;     // share of the records with the usual number of fields
    std::size_t records = 0;    // records looked at
};

// Picks the delimiter whose field count per record (outside quotes) is the
// most consistent over the first records; ties go to ';' (Swedish Excel),
// then tab, then ','.
DelimiterGuess guess_delimiter(std::string_view text);

// Excel's "sep=;" first line: the delimiter it names, or 0. `skip` gets the
// length of the line with its line break.
char sep_line(std::string_view text, std::size_t& skip);

}  // namespace sk
