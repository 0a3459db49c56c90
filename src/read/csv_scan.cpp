#include "read/csv_scan.hpp"

#include <map>

namespace sk {

void CsvScanner::quoted(std::string& field) {
    ++pos_;  // the opening quote
    for (;;) {
        std::size_t q = text_.find('"', pos_);
        std::string_view chunk = text_.substr(pos_, q == std::string_view::npos ? std::string_view::npos : q - pos_);
        for (std::size_t i = 0; i < chunk.size(); ++i)
            if (!(chunk[i] == '\r' && i + 1 < chunk.size() && chunk[i + 1] == '\n')) field += chunk[i];
        if (q == std::string_view::npos) {  // unclosed: the rest is the field
            pos_ = text_.size();
            return;
        }
        if (q + 1 < text_.size() && text_[q + 1] == '"') {
            field += '"';
            pos_ = q + 2;
        } else {
            pos_ = q + 1;
            return;
        }
    }
}

bool CsvScanner::next(std::string& field, bool& record_end) {
    if (done_) return false;
    field.clear();
    if (pos_ < text_.size() && text_[pos_] == '"') quoted(field);
    while (pos_ < text_.size() && !at_record_break(pos_) && !(delimiter_ && text_[pos_] == delimiter_))
        field += text_[pos_++];
    record_end = true;
    if (pos_ < text_.size() && text_[pos_] == delimiter_ && delimiter_) {
        ++pos_;
        record_end = false;
    } else if (pos_ < text_.size()) {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
    }
    if (pos_ >= text_.size() && record_end) done_ = true;
    return true;
}

DelimiterGuess guess_delimiter(std::string_view text) {
    constexpr std::size_t sample_records = 200;
    DelimiterGuess best;
    for (char d : {';', '\t', ','}) {
        CsvScanner scan(text, d);
        std::map<std::size_t, std::size_t> records_by_fields;
        std::size_t records = 0, fields = 0;
        std::string field;
        bool end = false;
        while (records < sample_records && scan.next(field, end)) {
            ++fields;
            if (!end) continue;
            if (fields > 1 || !field.empty()) {  // blank lines say nothing
                ++records_by_fields[fields];
                ++records;
            }
            fields = 0;
        }
        if (records == 0) continue;
        auto usual = records_by_fields.begin();
        for (auto it = records_by_fields.begin(); it != records_by_fields.end(); ++it)
            if (it->second > usual->second) usual = it;
        if (usual->first < 2) continue;
        double consistency = double(usual->second) / double(records);
        if (consistency > best.consistency) best = {d, consistency, records};
    }
    return best;
}

char sep_line(std::string_view text, std::size_t& skip) {
    if (text.size() < 5 || text.substr(0, 4) != "sep=") return 0;
    std::size_t end = 5;
    if (end < text.size() && text[end] == '\r') ++end;
    if (end < text.size() && text[end] == '\n') ++end;
    if (end != text.size() && end == 5) return 0;  // more text on the line: not the hint
    skip = end;
    return text[4];
}

}  // namespace sk
