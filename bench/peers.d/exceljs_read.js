// exceljs_read.js FILE: ExcelJS loads the whole workbook (the non-streaming
// reader, as most callers use it) and visits every cell; prints their number.
const ExcelJS = require('exceljs');

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  let n = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell(() => n++)));
  console.log(n);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
