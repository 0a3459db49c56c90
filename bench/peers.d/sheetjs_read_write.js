// sheetjs_read_write.js IN OUT: SheetJS reads and writes the workbook (default
// options; the community edition drops styles on the way, so it does less than
// `summakoll fix`, which keeps every part).
const XLSX = require('xlsx');

XLSX.writeFile(XLSX.readFile(process.argv[2]), process.argv[3]);
