#include "compare/compare_report.hpp"

#include "normalise/amount.hpp"

namespace sk::compare {

namespace {

std::string kr(double v) { return num::format(v, num::Unit::Kr); }

std::string signed_kr(double v) { return (v > 0 ? "+" : "") + kr(v); }

std::string quoted(const std::string& s) {
    if (s.size() <= 60) return "\"" + s + "\"";
    std::size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return "\"" + s.substr(0, cut) + "…\"";
}

std::string joined(const std::vector<std::string>& cells, const char* last) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += i + 1 == cells.size() ? last : ", ";
        out += cells[i];
    }
    return out;
}

std::string column_words(const KeyedColumn& c, Lang lang) {
    std::string s = tr(lang, "kolumn ", "column ") + column_name(c.col);
    if (!c.header.empty()) s += " " + quoted(c.header);
    return s;
}

nlohmann::json table_json(const KeyedTable& t) { return {{"sheet", t.sheet_name}, {"range", t.range_a1()}}; }

std::string counted(std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string text_finding(const StatedAmount& a, Lang lang) {
    return tr(lang, "varning text-mismatch: texten säger ", "warning text-mismatch: the text says ") + kr(a.value) +
           tr(lang, ", men ingen siffra i tabellerna förklarar beloppet: ", ", but no figure of the tables explains it: ") +
           "\"" + a.sentence + "\"";
}

void write_texts(const Comparison& c, Lang lang, std::ostream& out) {
    for (const TextReport& t : c.texts) {
        out << "\n" << tr(lang, "Texten mot tabellerna i ", "The text against the tables of ") << t.path << ": "
            << counted(t.check.matched.size(), tr(lang, "belopp i texten stämmer", "amount in the text agrees"),
                       tr(lang, "belopp i texten stämmer", "amounts in the text agree"))
            << "\n";
        for (const StatedAmount& a : t.check.mismatched) out << "  " << text_finding(a, lang) << "\n";
    }
}

}  // namespace

std::string table_place(const KeyedTable& t) { return t.sheet_name + "!" + t.range_a1(); }

std::string difference_message(const Difference& d, Lang lang) {
    const std::string name = d.label.empty() ? std::string(tr(lang, "(utan namn)", "(no name)")) : quoted(d.label);
    switch (d.kind) {
        case DiffKind::AmountDiffers:
            return name + ": " + kr(*d.a) + tr(lang, " i A, ", " in A, ") + kr(*d.b) + tr(lang, " i B (skillnad ", " in B (difference ") +
                   signed_kr(d.difference()) + ")";
        case DiffKind::OnlyInA: return name + tr(lang, " finns bara i A", " is only in A");
        case DiffKind::OnlyInB: return name + tr(lang, " finns bara i B", " is only in B");
        case DiffKind::Ambiguous:
            return name + (d.ambiguous_in_b ? tr(lang, " i B kan vara ", " in B could be ") : tr(lang, " i A kan vara ", " in A could be ")) +
                   joined(d.candidates, tr(lang, " eller ", " or ")) +
                   (d.ambiguous_in_b ? tr(lang, " i A – inte jämförd", " in A – not compared")
                                     : tr(lang, " i B – inte jämförd", " in B – not compared"));
    }
    return name;
}

void write_comparison_text(const Comparison& c, Lang lang, std::ostream& out) {
    out << "A: " << c.a_path << "\n";
    if (c.b_path.empty()) {
        write_texts(c, lang, out);
        out << "\n" << (c.difference_count() == 0 ? tr(lang, "Inga skillnader.\n", "No differences.\n")
                                                : tr(lang, "Resultat: belopp i texten som tabellerna inte förklarar.\n",
                                                     "Result: amounts in the text that the tables do not explain.\n"));
        return;
    }
    out << "B: " << c.b_path << "\n";
    std::size_t amounts = 0, only_a = 0, only_b = 0, ambiguous = c.ambiguous_tables.size();
    for (const TablePair& p : c.pairs) {
        const KeyedTable& ta = c.a_tables[p.a];
        const KeyedTable& tb = c.b_tables[p.b];
        out << "\n" << table_place(ta) << " ↔ " << table_place(tb) << " (" << tr(lang, "nyckel: ", "key: ")
            << (p.key == KeyKind::Code ? tr(lang, "kod", "code") : p.key == KeyKind::Column ? tr(lang, "vald kolumn", "chosen column") : tr(lang, "namn", "name"))
            << ", " << counted(p.rows.size(), tr(lang, "rad jämförd", "row compared"), tr(lang, "rader jämförda", "rows compared"));
        if (p.b_rows_not_quoted)
            out << "; " << tr(lang, "B har ", "B has ") << p.b_rows_not_quoted << tr(lang, " rader till som A inte tar upp", " more rows that A does not quote");
        if (p.a_rows_not_quoted)
            out << "; " << tr(lang, "A har ", "A has ") << p.a_rows_not_quoted << tr(lang, " rader till som B inte tar upp", " more rows that B does not quote");
        out << ")\n";
        for (const ColumnPair& col : p.columns) {
            out << "  " << column_words(ta.columns[col.a], lang) << " ↔ " << column_words(tb.columns[col.b], lang) << ": "
                << tr(lang, "summa av jämförda poster ", "sum of the compared items ") << kr(col.a_total) << tr(lang, " i A, ", " in A, ")
                << kr(col.b_total) << tr(lang, " i B", " in B");
            if (col.rounded) out << " (" << col.rounded << tr(lang, " lika efter avrundning", " equal after rounding") << ")";
            out << "\n";
        }
        if (p.columns.empty())
            out << "  " << tr(lang, "Ingen kolumn i A motsvarar en kolumn i B: inga belopp jämförda.\n",
                              "No column of A matches a column of B: no amounts compared.\n");
        for (std::size_t i : p.a_columns_alone) out << "  " << tr(lang, "Bara i A: ", "Only in A: ") << column_words(ta.columns[i], lang) << "\n";
        for (std::size_t j : p.b_columns_alone) out << "  " << tr(lang, "Bara i B: ", "Only in B: ") << column_words(tb.columns[j], lang) << "\n";
        for (const Difference& d : p.differences) {
            out << "  ";
            if (d.a_cell) out << ta.sheet_name << "!" << *d.a_cell;
            if (d.a_cell && d.b_cell) out << " ↔ ";
            if (d.b_cell) out << tb.sheet_name << "!" << *d.b_cell;
            out << ": " << difference_message(d, lang) << "\n";
            amounts += d.kind == DiffKind::AmountDiffers ? 1 : 0;
            only_a += d.kind == DiffKind::OnlyInA ? 1 : 0;
            only_b += d.kind == DiffKind::OnlyInB ? 1 : 0;
            ambiguous += d.kind == DiffKind::Ambiguous ? 1 : 0;
        }
    }
    for (const auto& [i, cands] : c.ambiguous_tables) {
        std::vector<std::string> places;
        for (std::size_t j : cands) places.push_back(table_place(c.b_tables[j]));
        out << "\n" << table_place(c.a_tables[i]) << tr(lang, " kan vara ", " could be ") << joined(places, tr(lang, " eller ", " or "))
            << tr(lang, " i B – inte jämförd\n", " in B – not compared\n");
    }
    write_texts(c, lang, out);
    std::size_t text_mismatches = 0;
    for (const TextReport& t : c.texts) text_mismatches += t.check.mismatched.size();
    if (!c.a_alone.empty() || !c.b_alone.empty()) out << "\n";
    for (std::size_t i : c.a_alone)
        out << tr(lang, "Tabell bara i A: ", "Table only in A: ") << table_place(c.a_tables[i]) << "\n";
    for (std::size_t j : c.b_alone)
        out << tr(lang, "Tabell bara i B: ", "Table only in B: ") << table_place(c.b_tables[j]) << "\n";
    out << "\n";
    if (c.pairs.empty() && c.ambiguous_tables.empty()) {
        out << tr(lang, "Inga tabeller i A och B har samma rader.\n", "No tables of A and B have the same rows.\n");
    } else if (c.difference_count() == 0) {
        out << tr(lang, "Inga skillnader.\n", "No differences.\n");
    } else {
        out << tr(lang, "Resultat: ", "Result: ")
            << counted(amounts, tr(lang, "belopp skiljer sig", "amount differs"), tr(lang, "belopp skiljer sig", "amounts differ")) << ", "
            << counted(only_a, tr(lang, "rad bara i A", "row only in A"), tr(lang, "rader bara i A", "rows only in A")) << ", "
            << counted(only_b, tr(lang, "rad bara i B", "row only in B"), tr(lang, "rader bara i B", "rows only in B")) << ", "
            << counted(ambiguous, tr(lang, "tvetydig", "ambiguous"), tr(lang, "tvetydiga", "ambiguous"));
        std::size_t uncompared = 0;
        for (const TablePair& p : c.pairs) uncompared += p.columns.empty() ? 1u : 0u;
        if (uncompared)
            out << ", " << counted(uncompared, tr(lang, "tabellpar utan gemensam kolumn", "pair of tables without a common column"),
                                   tr(lang, "tabellpar utan gemensam kolumn", "pairs of tables without a common column"));
        if (text_mismatches)
            out << ", " << counted(text_mismatches, tr(lang, "belopp i texten utan motsvarighet", "amount in the text without a figure"),
                                   tr(lang, "belopp i texten utan motsvarighet", "amounts in the text without a figure"));
        out << ".\n";
    }
}

nlohmann::json comparison_json(const Comparison& c, Lang lang) {
    nlohmann::json tables = nlohmann::json::array();
    for (const TablePair& p : c.pairs) {
        const KeyedTable& ta = c.a_tables[p.a];
        const KeyedTable& tb = c.b_tables[p.b];
        nlohmann::json columns = nlohmann::json::array();
        for (const ColumnPair& col : p.columns)
            columns.push_back({{"a", column_name(ta.columns[col.a].col)},
                               {"b", column_name(tb.columns[col.b].col)},
                               {"a_header", ta.columns[col.a].header},
                               {"b_header", tb.columns[col.b].header},
                               {"a_total", col.a_total},
                               {"b_total", col.b_total},
                               {"compared", col.compared},
                               {"rounded", col.rounded}});
        auto alone = [](const KeyedTable& t, const std::vector<std::size_t>& cols) {
            nlohmann::json out = nlohmann::json::array();
            for (std::size_t i : cols) out.push_back({{"column", column_name(t.columns[i].col)}, {"header", t.columns[i].header}});
            return out;
        };
        nlohmann::json diffs = nlohmann::json::array();
        for (const Difference& d : p.differences) {
            nlohmann::json j = {{"kind", diff_kind_name(d.kind)}, {"label", d.label}};
            j["a_cell"] = d.a_cell ? nlohmann::json(*d.a_cell) : nlohmann::json();
            j["b_cell"] = d.b_cell ? nlohmann::json(*d.b_cell) : nlohmann::json();
            if (d.kind == DiffKind::AmountDiffers) {
                j["a"] = *d.a;
                j["b"] = *d.b;
                j["difference"] = d.difference();
                j["a_header"] = *d.a_header;
                j["b_header"] = *d.b_header;
            }
            if (d.kind == DiffKind::Ambiguous) j["candidates"] = d.candidates;
            j["message"] = difference_message(d, lang);
            diffs.push_back(std::move(j));
        }
        tables.push_back({{"a", table_json(ta)},
                          {"b", table_json(tb)},
                          {"key", key_kind_name(p.key)},
                          {"rows_compared", p.rows.size()},
                          {"a_rows_not_quoted", p.a_rows_not_quoted},
                          {"b_rows_not_quoted", p.b_rows_not_quoted},
                          {"columns", std::move(columns)},
                          {"columns_only_in_a", alone(ta, p.a_columns_alone)},
                          {"columns_only_in_b", alone(tb, p.b_columns_alone)},
                          {"differences", std::move(diffs)}});
    }
    nlohmann::json only_a = nlohmann::json::array(), only_b = nlohmann::json::array(), ambiguous = nlohmann::json::array();
    for (std::size_t i : c.a_alone) only_a.push_back(table_json(c.a_tables[i]));
    for (std::size_t j : c.b_alone) only_b.push_back(table_json(c.b_tables[j]));
    for (const auto& [i, cands] : c.ambiguous_tables) {
        nlohmann::json b = nlohmann::json::array();
        for (std::size_t j : cands) b.push_back(table_json(c.b_tables[j]));
        ambiguous.push_back({{"a", table_json(c.a_tables[i])}, {"b", std::move(b)}});
    }
    nlohmann::json texts = nlohmann::json::array();
    for (const TextReport& t : c.texts) {
        nlohmann::json matched = nlohmann::json::array(), findings = nlohmann::json::array();
        for (const StatedAmount& a : t.check.matched)
            matched.push_back({{"amount", a.value}, {"amount_text", a.text}, {"sentence", a.sentence}});
        for (const StatedAmount& a : t.check.mismatched)
            findings.push_back({{"code", "text-mismatch"}, {"severity", "warning"}, {"amount", a.value},
                                {"amount_text", a.text}, {"sentence", a.sentence}, {"message", text_finding(a, lang)}});
        texts.push_back({{"path", t.path}, {"matched", std::move(matched)}, {"findings", std::move(findings)}});
    }
    return {{"tool", "summakoll"},
            {"schema", 1},
            {"comparison",
             {{"a", c.a_path},
              {"b", c.b_path.empty() ? nlohmann::json() : nlohmann::json(c.b_path)},
              {"text", std::move(texts)},
              {"differences", c.difference_count()},
              {"tables", std::move(tables)},
              {"tables_only_in_a", std::move(only_a)},
              {"tables_only_in_b", std::move(only_b)},
              {"ambiguous_tables", std::move(ambiguous)}}}};
}

}  // namespace sk::compare
