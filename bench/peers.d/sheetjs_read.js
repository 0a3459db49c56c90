// sheetjs_read.js FILE: SheetJS (npm "xlsx", community 0.18.5) reads the workbook
// with its default options; prints the number of cells it holds.
const XLSX = require('xlsx');

const wb = XLSX.readFile(process.argv[2]);
let n = 0;
for (const name of wb.SheetNames)
  for (const key in wb.Sheets[name]) if (key[0] !== '!') n++;  // "!ref", "!merges"… are not cells
console.log(n);
