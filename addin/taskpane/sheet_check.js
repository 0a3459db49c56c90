// The task pane's work, apart from the page: read the active sheet through
// Office.js in chunks, ask summakoll serve's /api/check-range, select a
// finding's cell and write its fix. `excel` is Office.js's Excel namespace (or
// the tests' office-addin-mock standing in for it), `fetchFn` the browser's fetch.

// Excel on the web refuses a request or response over 5 MB; a chunk of the
// sheet is read as JSON of at most this many bytes, leaving room for Excel's own framing.
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;
// The first chunk measures how many bytes a row takes.
const PROBE_ROWS = 100;
const PROBE_CELLS = 20000;
const PAYLOAD_TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

// The fill of a cell summakoll changed (light yellow, as in the corrected workbooks).
export const FIX_FILL = "#FFF2CC";

const utf8 = new TextEncoder();

function jsonBytes(value) {
  return utf8.encode(JSON.stringify(value)).length;
}

// "Blad 1" → "'Blad 1'": a sheet name as the first part of an address.
export function quotedSheet(name) {
  return `'${name.replace(/'/g, "''")}'`;
}

// "C21" → {row: 20, col: 2}; an address with a sheet part or a range uses its first cell.
export function parseA1(address) {
  const m = /^([A-Z]{1,3})(\d+)(?::[A-Z]+\d+)?$/i.exec(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
  if (!m) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

// One worksheet's used range as blocks of rows, each small enough for Excel
// on the web: {name, blocks: [{address, values, formulas, numberFormat}]}.
export async function readSheet(context, worksheet, { maxChunkBytes = MAX_CHUNK_BYTES, onProgress } = {}) {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  worksheet.load("name");
  await context.sync();
  const sheet = { name: worksheet.name, blocks: [] };
  if (used.isNullObject) return sheet;

  let rows = Math.max(1, Math.min(PROBE_ROWS, Math.floor(PROBE_CELLS / used.columnCount)));
  let bytesPerRow = 0;
  for (let done = 0; done < used.rowCount; ) {
    rows = Math.min(rows, used.rowCount - done);
    const range = worksheet.getRangeByIndexes(used.rowIndex + done, used.columnIndex, rows, used.columnCount);
    range.load("address,values,formulas,numberFormat");
    try {
      await context.sync();
    } catch (error) {
      // The estimate was too high for this stretch of rows: try half as many.
      if (PAYLOAD_TOO_LARGE.has(error.code) && rows > 1) {
        rows = Math.ceil(rows / 2);
        continue;
      }
      throw error;
    }
    const block = { address: range.address, values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
    sheet.blocks.push(block);
    done += rows;
    bytesPerRow = Math.max(bytesPerRow, jsonBytes(block) / rows);
    rows = Math.max(1, Math.floor(maxChunkBytes / bytesPerRow));
    if (onProgress) onProgress(done, used.rowCount);
  }
  return sheet;
}

// Names of other sheets that `sheet`'s formulas seem to read ("='Per kommun'!J10",
// "=Blad2!B4"); Excel compares sheet names without case. A name that is no
// sheet (text in quotes that looks like a reference) is dropped by the caller.
export function referencedSheetNames(sheet) {
  const own = sheet.name.toLocaleLowerCase();
  const found = new Map();
  const reference = /(?:'((?:[^']|'')+)'|([^\s'!=(),;:+\-*/&^<>"{}[\]]+))!/g;
  for (const block of sheet.blocks)
    for (const row of block.formulas)
      for (const formula of row) {
        if (typeof formula !== "string" || !formula.startsWith("=")) continue;
        for (const m of formula.matchAll(reference)) {
          const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
          if (name.toLocaleLowerCase() !== own) found.set(name.toLocaleLowerCase(), name);
        }
      }
  return [...found.values()];
}

// What /api/check-range gets: the sheet and the sheets its formulas read.
export function checkRangeRequest(sheet, referenced) {
  const shape = (s) => ({ sheet: s.name, blocks: s.blocks });
  return { ...shape(sheet), referencedSheets: referenced.map(shape) };
}

// POST /api/check-range; the server's own message (in `lang`) on failure.
export async function postCheckRange(fetchFn, baseUrl, lang, request) {
  const response = await fetchFn(new URL(`api/check-range?lang=${lang}`, baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(request),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body && body.error ? body.error.message : `HTTP ${response.status}`);
  return body;
}

// Reads the active sheet (and the sheets its formulas read) and checks it:
// {sheet, blocks, findings}. `blocks` are kept to see later whether a cell changed.
export async function checkActiveSheet(excel, fetchFn, baseUrl, lang, options = {}) {
  const read = await excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const sheet = await readSheet(context, worksheets.getActiveWorksheet(), options);
    const candidates = referencedSheetNames(sheet).map((name) => worksheets.getItemOrNullObject(name));
    for (const w of candidates) w.load("name");
    await context.sync();
    const referenced = [];
    for (const w of candidates) if (!w.isNullObject) referenced.push(await readSheet(context, w, options));
    return { sheet, referenced };
  });
  const report = await postCheckRange(fetchFn, baseUrl, lang, checkRangeRequest(read.sheet, read.referenced));
  return { sheet: read.sheet.name, blocks: read.sheet.blocks, findings: report.findings };
}

// Shows a finding: its sheet active, its cell selected.
export async function selectCell(excel, sheetName, cell) {
  await excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheetName);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

// The cell's content (Range.formulas: the formula, else the value) when it was checked.
function checkedContent(check, cell) {
  const { row, col } = parseA1(cell);
  for (const block of check.blocks) {
    const top = parseA1(block.address);
    const r = row - top.row;
    const c = col - top.col;
    if (r >= 0 && r < block.formulas.length && c >= 0 && c < block.formulas[r].length) return block.formulas[r][c];
  }
  return "";
}

// Where the old value is kept: notes (ExcelApi 1.18), else threaded comments
// (ExcelApi 1.10), else nowhere.
export function noteKind(office) {
  const supported = (version) => office.context.requirements.isSetSupported("ExcelApi", version);
  return supported("1.18") ? "note" : supported("1.10") ? "comment" : "none";
}

// Writes the fixes of `findings` (from `check`, those with a fix): the number
// or the SUM formula, the number format, a fill, and a note with the old
// value. A cell whose content changed since the check is left alone.
// → {written: [cells], changed: [cells], noteKind, unnoted: [cells without the old value kept]}
export async function applyFixes(excel, office, check, findings) {
  const fixes = findings.filter((f) => f.fix).map((f) => f.fix);
  const kind = noteKind(office);
  return excel.run(async (context) => {
    const workbook = context.workbook;
    const worksheet = workbook.worksheets.getItem(check.sheet);
    const address = (cell) => `${quotedSheet(check.sheet)}!${cell}`;
    const targets = fixes.map((fix) => {
      const range = worksheet.getRange(fix.cell);
      range.load("formulas");
      const note = kind === "note" ? workbook.notes.getItemOrNullObject(address(fix.cell)) : null;
      if (note) note.load("content");
      return { fix, range, note };
    });
    await context.sync();

    const unchanged = (t) => t.range.formulas[0][0] === checkedContent(check, t.fix.cell);
    const write = targets.filter(unchanged);
    const changed = targets.filter((t) => !unchanged(t)).map((t) => t.fix.cell);
    if (write.length > 1) context.application.suspendApiCalculationUntilNextSync();
    for (const { fix, range, note } of write) {
      if (fix.formula) range.formulas = [[fix.formula]];
      else range.values = [[fix.value]];
      if (fix.numberFormat) range.numberFormat = [[fix.numberFormat]];
      range.format.fill.color = FIX_FILL;
      if (kind !== "note") continue;
      if (note.isNullObject) workbook.notes.add(address(fix.cell), fix.note);
      else note.content = `${note.content}\n\n${fix.note}`;
    }
    await context.sync();

    const unnoted = kind === "none" ? write.map((t) => t.fix.cell) : [];
    if (kind === "comment") {
      // One at a time: a cell that already has a comment refuses another, and
      // a refused command would drop the rest of its batch.
      for (const { fix } of write) {
        try {
          workbook.comments.add(address(fix.cell), fix.note);
          await context.sync();
        } catch {
          unnoted.push(fix.cell);
        }
      }
    }
    return {
      written: write.map((t) => t.fix.cell),
      changed,
      noteKind: kind,
      unnoted,
    };
  });
}
