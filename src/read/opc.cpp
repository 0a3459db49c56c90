#include "read/opc.hpp"

#include "read/xml_document.hpp"

namespace sk {

std::string rels_part_of(std::string_view source_part) {
    auto slash = source_part.rfind('/');
    std::string folder(slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash + 1));
    std::string name(slash == std::string_view::npos ? source_part : source_part.substr(slash + 1));
    return folder + "_rels/" + name + ".rels";
}

std::string relative_target(std::string_view from_part, std::string_view to_part) {
    std::string_view dir = from_part.substr(0, from_part.rfind('/') + 1);
    std::string up;
    while (!dir.empty() && !to_part.starts_with(dir)) {
        dir.remove_suffix(1);
        dir = dir.substr(0, dir.rfind('/') + 1);
        up += "../";
    }
    return up + std::string(to_part.substr(dir.size()));
}

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Decodes %XX escapes in a target URI.
std::string percent_decoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto hex = [](char c) {
            return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        };
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += char(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

bool has_type(const Relationship& r, std::string_view kind) {
    return r.type.size() > kind.size() && ends_with(r.type, kind) && r.type[r.type.size() - kind.size() - 1] == '/';
}

std::string resolve_part(std::string_view source_part, std::string_view target) {
    std::string t = percent_decoded(target);
    std::vector<std::string> segments;
    if (t.empty() || t.front() != '/') {
        auto slash = source_part.rfind('/');
        std::string_view folder = slash == std::string_view::npos ? std::string_view() : source_part.substr(0, slash);
        std::size_t start = 0;
        while (start < folder.size()) {
            auto end = folder.find('/', start);
            if (end == std::string_view::npos) end = folder.size();
            if (end > start) segments.emplace_back(folder.substr(start, end - start));
            start = end + 1;
        }
    }
    std::size_t start = 0;
    while (start <= t.size()) {
        auto end = t.find_first_of("/\\", start);
        if (end == std::string::npos) end = t.size();
        std::string seg = t.substr(start, end - start);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& s : segments) out += (out.empty() ? "" : "/") + s;
    return out;
}

std::vector<Relationship> read_relationships(ZipPackage& pkg, std::string_view source_part, const ReadLimits& limits) {
    std::string rels_part = source_part.empty() ? "_rels/.rels" : rels_part_of(source_part);
    std::vector<Relationship> out;
    if (!pkg.has(rels_part)) return out;
    std::string xml = pkg.read(rels_part);
    pugi::xml_document doc;
    parse_xml(doc, xml, rels_part, limits);
    for (pugi::xml_node r : children(child(doc, "Relationships"), "Relationship")) {
        Relationship rel;
        rel.id = attr(r, "Id").value();
        rel.type = attr(r, "Type").value();
        rel.external = std::string_view(attr(r, "TargetMode").value()) == "External";
        std::string_view target = attr(r, "Target").value();
        rel.target = rel.external ? std::string(target) : resolve_part(source_part, target);
        out.push_back(std::move(rel));
    }
    return out;
}

std::string part_with_content_type(ZipPackage& pkg, std::string_view content_type_suffix, const ReadLimits& limits) {
    if (!pkg.has("[Content_Types].xml")) return {};
    std::string xml = pkg.read("[Content_Types].xml");
    pugi::xml_document doc;
    parse_xml(doc, xml, "[Content_Types].xml", limits);
    for (pugi::xml_node o : children(child(doc, "Types"), "Override"))
        if (ends_with(attr(o, "ContentType").value(), content_type_suffix))
            return resolve_part("", attr(o, "PartName").value());
    return {};
}

// The workbook part: by the package relationship, else by content type.
std::string workbook_part(ZipPackage& pkg, const ReadLimits& limits) {
    std::vector<Relationship> rels;
    try {
        rels = read_relationships(pkg, "", limits);
    } catch (const ReadError& e) {
        // A damaged package relationship part: the content types still tell.
        if (e.kind != ReadErrorKind::MalformedXml) throw;
    }
    for (const Relationship& r : rels) {
        if (!has_type(r, "officeDocument") || r.external) continue;
        if (pkg.has(r.target)) return pkg.find(r.target);
        throw ReadError(ReadErrorKind::MissingPart, r.target);
    }
    for (const char* type : {"sheet.main+xml", "sheet.macroEnabled.main+xml", "template.main+xml"}) {
        std::string part = part_with_content_type(pkg, type, limits);
        if (!part.empty() && pkg.has(part)) return pkg.find(part);
    }
    if (pkg.has("xl/workbook.xml")) return pkg.find("xl/workbook.xml");
    if (pkg.has("word/document.xml") || pkg.has("ppt/presentation.xml"))
        throw ReadError(ReadErrorKind::NotAWorkbook, "");
    throw ReadError(ReadErrorKind::MissingPart, "xl/workbook.xml");
}

}  // namespace sk
