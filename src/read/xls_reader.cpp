// The Excel 97–2003 (.xls, BIFF) reader, with FreeXL: values, shared strings
// and dates as far as the library gives them. FreeXL gives no formulas, no
// number formats beyond dates and no merged cells: a total is read as the
// value it shows (the report says so once per file). The values formulas
// saved, and true, false and error cells, FreeXL leaves out or gives as
// numbers: xls_biff.cpp reads those from the records themselves.
#include <freexl.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "read/cell_budget.hpp"
#include "read/iso_date.hpp"
#include "read/read_workbook.hpp"
#include "read/xls_biff.hpp"

namespace sk {

namespace {

// FreeXL reads from a path: bytes in memory go to a private temporary file,
// removed as soon as it is open.
class TempCopy {
public:
    explicit TempCopy(std::string_view bytes) {
        std::string pattern = (std::filesystem::temp_directory_path() / "summakoll-xls-XXXXXX").string();
        int fd = mkstemp(pattern.data());
        if (fd < 0) throw ReadError(ReadErrorKind::NotFound, "");
        path_ = pattern;
        for (std::size_t done = 0; done < bytes.size();) {
            ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
            if (n <= 0) {
                ::close(fd);
                throw ReadError(ReadErrorKind::TooLarge, "");
            }
            done += std::size_t(n);
        }
        ::close(fd);
    }
    ~TempCopy() { std::remove(path_.c_str()); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

class Handle {
public:
    explicit Handle(const std::string& path) {
        int rc = freexl_open(path.c_str(), &h_);
        if (rc == FREEXL_OK) return;
        if (rc == FREEXL_BIFF_WORKBOOK_NOT_FOUND) throw ReadError(ReadErrorKind::Encrypted, "");  // a .doc, or encrypted OOXML
        if (rc == FREEXL_INSUFFICIENT_MEMORY) throw ReadError(ReadErrorKind::TooLarge, "");
        throw ReadError(ReadErrorKind::DamagedXls, "FreeXL " + std::to_string(rc));
    }
    ~Handle() { freexl_close(h_); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    const void* get() const { return h_; }

private:
    const void* h_ = nullptr;
};

unsigned info(const void* h, unsigned short what) {
    unsigned value = 0;
    return freexl_get_info(h, what, &value) == FREEXL_OK ? value : 0;
}

// A double as the shortest text that reads back the same (the xlsx reader's <v> spelling).
std::string number_text(double v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

bool read_cell(const FreeXL_CellValue& v, Cell& cell, bool date1904) {
    switch (v.type) {
        case FREEXL_CELL_INT:
            cell.type = CellType::Number;
            cell.number = v.value.int_value;
            cell.text = std::to_string(v.value.int_value);
            return true;
        case FREEXL_CELL_DOUBLE:
            cell.type = CellType::Number;
            cell.number = v.value.double_value;
            cell.text = number_text(cell.number);
            return true;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
            if (!v.value.text_value || !*v.value.text_value) return false;
            cell.type = CellType::Text;
            cell.text = v.value.text_value;
            return true;
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME: {
            if (!v.value.text_value) return false;
            std::string iso = v.value.text_value;
            if (iso.size() > 10 && iso[10] == ' ') iso[10] = 'T';
            auto serial = iso_date_serial(iso, date1904);
            cell.type = serial ? CellType::Number : CellType::Text;
            cell.number = serial.value_or(0);
            cell.text = serial ? number_text(*serial) : iso;
            cell.is_date = true;
            return true;
        }
        default: return false;
    }
}

// The formula results and BOOLERR cells of sheet `index` that lie within its
// dimensions, each in place of what FreeXL gave there (nothing, or a number).
void add_own_cells(Sheet& sheet, unsigned index, const std::vector<BiffCell>& own, unsigned rows, unsigned short cols,
                   CellBudget& budget) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, Cell> cells;
    for (Cell& c : sheet.cells) cells[{c.row, c.col}] = std::move(c);
    for (const BiffCell& b : own) {
        if (b.sheet != index || b.row >= rows || b.col >= cols) continue;
        Cell cell = b.cell;
        cell.row = b.row;
        cell.col = b.col;
        if (cell.type == CellType::Number) cell.text = number_text(cell.number);
        if (cell.type == CellType::Text && cell.text.empty()) continue;
        if (!cells.count({cell.row, cell.col})) budget.admit(cell, sheet.name);
        cells[{cell.row, cell.col}] = std::move(cell);
    }
    sheet.cells.clear();
    for (auto& [at, c] : cells) sheet.cells.push_back(std::move(c));
}

}  // namespace

Workbook read_xls_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) throw ReadError(ReadErrorKind::TooLarge, std::to_string(bytes.size()) + " byte");
    std::string mended(bytes);
    const std::vector<bool> worksheets = mend_for_freexl(mended);
    const std::vector<BiffCell> own = biff_cells(mended);
    TempCopy copy(mended);
    Handle xls(copy.path());
    std::remove(copy.path().c_str());
    const void* h = xls.get();
    if (info(h, FREEXL_BIFF_PASSWORD) == FREEXL_BIFF_OBFUSCATED) throw ReadError(ReadErrorKind::Encrypted, "");

    Workbook wb;
    wb.path = name;
    wb.format = SourceFormat::Xlsx;  // the xlsx model: typed cells (without formulas)
    wb.origin = SourceFormat::Xls;
    wb.date1904 = info(h, FREEXL_BIFF_DATEMODE) == FREEXL_BIFF_DATEMODE_1904;
    wb.styles.push_back({0, "General", false, false, false, 0});
    wb.styles.push_back({14, "yyyy-mm-dd", true, false, false, 0});  // dates FreeXL recognised
    CellBudget budget{limits};
    const unsigned sheets = info(h, FREEXL_BIFF_SHEET_COUNT);
    for (unsigned s = 0; s < sheets; ++s) {
        if (worksheets.size() == sheets && !worksheets[s]) continue;  // a chart sheet or a macro sheet: no cells
        Sheet& sheet = wb.sheets.emplace_back();
        const char* sheet_name = nullptr;
        if (freexl_get_worksheet_name(h, static_cast<unsigned short>(s), &sheet_name) == FREEXL_OK && sheet_name)
            sheet.name = sheet_name;
        if (freexl_select_active_worksheet(h, static_cast<unsigned short>(s)) != FREEXL_OK)
            throw ReadError(ReadErrorKind::DamagedXls, sheet.name);
        unsigned rows = 0;
        unsigned short cols = 0;
        if (freexl_worksheet_dimensions(h, &rows, &cols) != FREEXL_OK) throw ReadError(ReadErrorKind::DamagedXls, sheet.name);
        if (rows > max_rows || cols > max_cols) throw ReadError(ReadErrorKind::AbsurdDimension, sheet.name);
        for (unsigned r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < cols; ++c) {
                FreeXL_CellValue v;
                if (freexl_get_cell_value(h, r, c, &v) != FREEXL_OK) continue;
                Cell cell;
                cell.row = r;
                cell.col = c;
                if (!read_cell(v, cell, wb.date1904)) continue;
                if (cell.is_date) cell.style = 1;
                budget.admit(cell, sheet.name);
                sheet.cells.push_back(std::move(cell));
            }
        }
        add_own_cells(sheet, s, own, rows, cols, budget);
        sheet.index_rows();
    }
    return wb;
}

Workbook read_xls(const std::string& path, const ReadLimits& limits) {
    return read_xls_bytes(read_file_bytes(path, limits), path, limits);
}

}  // namespace sk
