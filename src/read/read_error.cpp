#include "read/read_error.hpp"

namespace sk {

namespace {

const char* reason(ReadErrorKind k, Lang l) {
    switch (k) {
        case ReadErrorKind::NotFound: return tr(l, "filen finns inte eller går inte att öppna", "the file does not exist or cannot be opened");
        case ReadErrorKind::Unsupported: return tr(l, "filtypen stöds inte (använd .xlsx, .xlsm, .xls, .ods, .docx, .pdf eller .csv)", "unsupported file type (use .xlsx, .xlsm, .xls, .ods, .docx, .pdf or .csv)");
        case ReadErrorKind::NotZip: return tr(l, "inte en Excel- eller Word-fil (inget zip-arkiv)", "not an Excel or Word file (not a zip archive)");
        case ReadErrorKind::Encrypted: return tr(l, "filen är lösenordsskyddad eller ett Word 97–2003-dokument; spara den utan lösenord som .xlsx eller .docx", "the file is password-protected or a Word 97–2003 document; save it without a password as .xlsx or .docx");
        case ReadErrorKind::Truncated: return tr(l, "zip-arkivet är avkortat eller skadat", "the zip archive is truncated or damaged");
        case ReadErrorKind::Corrupt: return tr(l, "en del av arkivet är skadad", "a part of the archive is damaged");
        case ReadErrorKind::UnsafeEntryName: return tr(l, "arkivet innehåller ett farligt filnamn (.. eller absolut sökväg)", "the archive holds an unsafe entry name (.. or an absolute path)");
        case ReadErrorKind::TooLarge: return tr(l, "innehållet är större än gränsen", "the content is larger than the limit");
        case ReadErrorKind::InflateRatio: return tr(l, "en del packas upp orimligt mycket (zip-bomb)", "a part inflates beyond the ratio limit (zip bomb)");
        case ReadErrorKind::TooManyParts: return tr(l, "arkivet har för många delar", "the archive has too many entries");
        case ReadErrorKind::MissingPart: return tr(l, "en nödvändig del saknas", "a required part is missing");
        case ReadErrorKind::MalformedXml: return tr(l, "felaktig XML", "malformed XML");
        case ReadErrorKind::XmlDoctype: return tr(l, "XML med DOCTYPE eller entitetsdeklarationer vägras", "XML with a DOCTYPE or entity declarations is refused");
        case ReadErrorKind::TooDeep: return tr(l, "XML:en är för djupt nästlad", "the XML is nested too deeply");
        case ReadErrorKind::TooManyCells: return tr(l, "för många celler", "too many cells");
        case ReadErrorKind::StringTooLong: return tr(l, "en cells text är längre än gränsen", "a cell's text is longer than the limit");
        case ReadErrorKind::AbsurdDimension: return tr(l, "en celladress utanför Excels rutnät", "a cell address outside Excel's grid");
        case ReadErrorKind::NotAWorkbook: return tr(l, "filen är varken en Excel-arbetsbok eller ett Word-dokument", "the file is neither an Excel workbook nor a Word document");
        case ReadErrorKind::NotText: return tr(l, "inte en textfil (CSV)", "not a text (CSV) file");
        case ReadErrorKind::ImpossibleValue: return tr(l, "ett värde som inte kan stå i en Excel-fil", "a value no Excel file can hold");
        case ReadErrorKind::DamagedPdf: return tr(l, "PDF-filen är skadad eller avkortad", "the PDF file is damaged or truncated");
        case ReadErrorKind::EncryptedPdf: return tr(l, "PDF-filen är lösenordsskyddad; spara den utan lösenord", "the PDF file is password-protected; save it without a password");
        case ReadErrorKind::ImageOnlyPdf: return tr(l, "PDF-filen innehåller ingen text, bara bilder (inskannad?); summakoll läser inte text ur bilder", "the PDF file holds no text, only images (scanned?); summakoll does not read text from images");
        case ReadErrorKind::TooManyPages: return tr(l, "PDF-filen har fler sidor än gränsen", "the PDF file has more pages than the limit");
        case ReadErrorKind::PdfReaderMissing: return tr(l, "PDF-läsaren saknas bredvid programmet; bygg om summakoll", "the PDF reader is missing beside the program; build summakoll again");
        case ReadErrorKind::DamagedXls: return tr(l, "Excel 97–2003-filen (.xls) är skadad", "the Excel 97–2003 (.xls) file is damaged");
    }
    return "";
}

}  // namespace

std::string describe(const ReadError& e, const std::string& path, Lang lang) {
    std::string line = path + ": " + reason(e.kind, lang);
    if (!e.detail.empty()) line += " (" + e.detail + ")";
    return line;
}

}  // namespace sk
