// The task pane's logic (addin/taskpane/sheet_check.js) against a real
// `summakoll serve`, with office-addin-mock standing in for Excel
// (fake_excel.js), filled with real sample workbooks read by openpyxl.
// Usage: node taskpane_logic_test.mjs SUMMAKOLL SAMPLES_DIR
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import officeAddinMock from "office-addin-mock";
import { checklist } from "../browser/checklist.mjs";
import { cliFindings, startServer } from "../browser/serve_process.mjs";
import * as pane from "../../addin/taskpane/sheet_check.js";
import "./fake_excel.js";

const { OfficeMockObject } = officeAddinMock;
const { makeFakeOffice, parseCell } = globalThis.SummakollFakeExcel;
const [BIN, SAMPLES] = process.argv.slice(2);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const JAMTLAND = path.join(SAMPLES, "2026-jamtland-beslutsunderlag.xlsx");
const KOMMUNER = path.join(SAMPLES, "2024-kommuner.xlsx");
const SUMMARY = "Sammanfattande fördelning";
const { expect, finish } = checklist();

function workbookCells(file, active) {
  const p = spawnSync("/usr/bin/python3", [path.join(HERE, "workbook_cells.py"), file], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (p.status !== 0) throw new Error(`workbook_cells.py ${file}: ${p.stderr}`);
  const book = JSON.parse(p.stdout);
  if (active) book.active = active;
  return book;
}

const key = (f) => `${f.code}@${f.cell}`;
const cellOf = (state, sheet, a1) => {
  const { row, col } = parseCell(a1);
  return state.sheets.get(sheet).cells.get(`${row},${col}`);
};

// fetch that remembers the request bodies it sent.
function recordingFetch() {
  const bodies = [];
  const f = (url, init) => {
    bodies.push(JSON.parse(init.body));
    return fetch(url, init);
  };
  return { fetch: f, bodies };
}

const { proc, url } = await startServer(BIN);
try {
  // 1. The summary sheet of the 2026 decision basis: findings as `summakoll check` has them for that sheet.
  const book = workbookCells(JAMTLAND, SUMMARY);
  const { Office, Excel, state } = makeFakeOffice(OfficeMockObject, book);
  const rec = recordingFetch();
  const check = await pane.checkActiveSheet(Excel, rec.fetch, url, "sv");
  const cli = cliFindings(BIN, JAMTLAND).filter((f) => f.sheet === SUMMARY);
  expect("the checked sheet", check.sheet === SUMMARY, check.sheet);
  expect("findings as summakoll check finds them on that sheet", JSON.stringify(check.findings.map(key).sort()) === JSON.stringify(cli.map(key).sort()),
    { pane: check.findings.map(key), cli: cli.map(key) });
  expect("the referenced sheet 'Per kommun' sent along", JSON.stringify(rec.bodies[0].referencedSheets.map((s) => s.sheet)) === '["Per kommun"]',
    rec.bodies[0].referencedSheets.map((s) => s.sheet));
  const c21 = check.findings.find((f) => f.cell === "C21");
  expect("C21: total-mismatch with a SUM fix", c21 && c21.code === "total-mismatch" && c21.fix && c21.fix.formula === "=SUM(C19:C20)", c21);
  const cliC21 = cli.find((f) => f.cell === "C21");
  expect("C21: the message in Swedish, as summakoll check writes it", c21 && cliC21 && c21.message === cliC21.message, [c21 && c21.message, cliC21 && cliC21.message]);

  // 2. Clicking a finding: its sheet active, its cell selected.
  state.active = "Per kommun";
  await pane.selectCell(Excel, check.sheet, "C21");
  expect("selected C21 on the summary sheet", state.selection && state.selection.sheet === SUMMARY && state.selection.cell === "C21", state.selection);
  expect("the summary sheet activated", state.active === SUMMARY, state.active);

  // 3. "Rätta" on one finding: the SUM formula, the fill, the old value in a note; Excel recalculates.
  const before = state.batches.length;
  const one = await pane.applyFixes(Excel, Office, check, [c21]);
  const fixed = cellOf(state, SUMMARY, "C21");
  expect("one fix written", JSON.stringify(one.written) === '["C21"]' && one.changed.length === 0 && one.noteKind === "note", one);
  expect("C21 now the SUM formula, recalculated", fixed.formula === "=SUM(C19:C20)" && fixed.value === 481600, fixed);
  expect("C21 filled", fixed.fill === pane.FIX_FILL, fixed.fill);
  expect("C21's note keeps the old value", typeof fixed.note === "string" && fixed.note === c21.fix.note && /481\s000/.test(fixed.note), fixed.note);
  if (c21.fix.numberFormat) expect("C21's number format", fixed.numberFormat === c21.fix.numberFormat, fixed.numberFormat);
  const oneBatches = state.batches.slice(before).filter((b) => b.writes > 0);
  expect("one write is one batch, calculation not suspended", oneBatches.length === 1 && !oneBatches[0].suspended, oneBatches);

  // 4. Checked again: C21 is right now.
  const again = await pane.checkActiveSheet(Excel, fetch, url, "sv");
  expect("after the fix, no finding at C21", !again.findings.some((f) => f.cell === "C21" && f.severity === "error"), again.findings.map(key));

  // 5. "Rätta alla" on the sheet with most fixes: one batch with calculation
  //    suspended; a cell changed since the check is left alone.
  const YOUTH = "Ungdomsmottagningen";
  const youth = makeFakeOffice(OfficeMockObject, workbookCells(JAMTLAND, YOUTH));
  const many = await pane.checkActiveSheet(youth.Excel, fetch, url, "sv");
  const fixable = many.findings.filter((f) => f.fix);
  expect("several fixes to make", fixable.length >= 3, many.findings.map(key));
  const edited = fixable[fixable.length - 1].fix.cell;
  Object.assign(cellOf(youth.state, YOUTH, edited), { value: 12345, formula: null });
  const mark = youth.state.batches.length;
  const all = await pane.applyFixes(youth.Excel, youth.Office, many, many.findings);
  expect("the edited cell is reported, not overwritten", JSON.stringify(all.changed) === JSON.stringify([edited]) &&
    cellOf(youth.state, YOUTH, edited).value === 12345, all);
  expect("every other fix written", all.written.length === fixable.length - 1, all);
  const bulk = youth.state.batches.slice(mark).filter((b) => b.writes > 0);
  expect("bulk writes in one batch with suspendApiCalculationUntilNextSync", bulk.length === 1 && bulk[0].suspended, bulk);
  for (const f of fixable.filter((x) => x.fix.cell !== edited)) {
    const c = cellOf(youth.state, YOUTH, f.fix.cell);
    expect(`${f.fix.cell}: written, filled and noted`, (f.fix.formula ? c.formula === f.fix.formula : c.value === f.fix.value) &&
      c.fill === pane.FIX_FILL && c.note === f.fix.note, { c, fix: f.fix });
  }
  const after = await pane.checkActiveSheet(youth.Excel, fetch, url, "sv");
  const left = after.findings.filter((f) => f.severity !== "info" && all.written.includes(f.cell));
  expect("no errors or warnings left at the fixed cells", left.length === 0, left.map(key));
  const twice = await pane.applyFixes(youth.Excel, youth.Office, many, many.findings);
  expect("fixing the same check twice writes nothing", twice.written.length === 0, twice);

  // 6. A cell that already has a note keeps it; the old value is added below.
  {
    const fresh = makeFakeOffice(OfficeMockObject, book);
    const found = await pane.checkActiveSheet(fresh.Excel, fetch, url, "sv");
    cellOf(fresh.state, SUMMARY, "C21").note = "Beslut i SVOM 2025-12-05";
    await pane.applyFixes(fresh.Excel, fresh.Office, found, found.findings.filter((f) => f.cell === "C21"));
    const note = cellOf(fresh.state, SUMMARY, "C21").note;
    expect("an existing note is kept and the old value added", note.startsWith("Beslut i SVOM 2025-12-05\n\n") && note.includes(c21.fix.note), note);
  }

  // 7. Without notes (ExcelApi below 1.18): a comment; below 1.10: nothing, and the pane says so.
  for (const [apiVersion, kind] of [["1.12", "comment"], ["1.9", "none"]]) {
    const old = makeFakeOffice(OfficeMockObject, book, { apiVersion });
    const found = await pane.checkActiveSheet(old.Excel, fetch, url, "sv");
    const res = await pane.applyFixes(old.Excel, old.Office, found, found.findings.filter((f) => f.cell === "C21"));
    const c = cellOf(old.state, SUMMARY, "C21");
    expect(`ExcelApi ${apiVersion}: old value kept as ${kind}`, res.noteKind === kind && c.note === undefined &&
      (kind === "comment" ? c.comment === c21.fix.note && res.unnoted.length === 0 : c.comment === undefined && res.unnoted[0] === "C21"), { res, c });
  }

  // 8. English on request.
  const en = await pane.checkActiveSheet(makeFakeOffice(OfficeMockObject, book).Excel, fetch, url, "en");
  const cliEn = JSON.parse(spawnSync(BIN, ["check", "--format", "json", "--lang", "en", JAMTLAND], { encoding: "utf8" }).stdout)
    .files[0].findings.filter((f) => f.sheet === SUMMARY);
  expect("English messages, as summakoll check --lang en writes them", en.findings.length > 0 &&
    JSON.stringify(en.findings.map((f) => f.message).sort()) === JSON.stringify(cliEn.map((f) => f.message).sort()) &&
    en.findings.every((f, i) => f.message !== check.findings[i].message), en.findings.map((f) => f.message));

  // 9. A big sheet read in chunks under the payload cap, halving when a chunk is refused; same findings.
  const kommuner = workbookCells(KOMMUNER);
  const whole = makeFakeOffice(OfficeMockObject, kommuner);
  const oneRead = await pane.checkActiveSheet(whole.Excel, fetch, url, "sv");
  const cap = 6000;
  const small = makeFakeOffice(OfficeMockObject, kommuner, { payloadCap: cap });
  const chunked = await pane.checkActiveSheet(small.Excel, fetch, url, "sv", { maxChunkBytes: 4000 });
  const reads = small.state.batches.flatMap((b) => b.reads);
  const refused = small.state.batches.filter((b) => b.failed === "ResponsePayloadSizeLimitExceeded");
  expect("read in several chunks", chunked.blocks.length >= 3 && reads.length === chunked.blocks.length, { blocks: chunked.blocks.length, reads: reads.length });
  expect("every chunk under the cap", reads.every((r) => r.bytes <= cap), reads.map((r) => r.bytes));
  expect("the first chunk was too big and was halved", refused.length >= 1, small.state.batches.length);
  expect("all rows read", chunked.blocks.reduce((n, b) => n + b.values.length, 0) === oneRead.blocks.reduce((n, b) => n + b.values.length, 0));
  expect("chunked findings equal one read's", JSON.stringify(chunked.findings.map(key)) === JSON.stringify(oneRead.findings.map(key)),
    { chunked: chunked.findings.length, one: oneRead.findings.length });
  const kcli = cliFindings(BIN, KOMMUNER);
  expect("and summakoll check's", JSON.stringify(chunked.findings.map(key).sort()) === JSON.stringify(kcli.map(key).sort()),
    { pane: chunked.findings.length, cli: kcli.length });

  // 10. An empty sheet: nothing to check, no error.
  const empty = makeFakeOffice(OfficeMockObject, { sheets: [{ name: "Tomt", cells: [] }], active: "Tomt" });
  const none = await pane.checkActiveSheet(empty.Excel, fetch, url, "sv");
  expect("empty sheet: no findings", none.sheet === "Tomt" && none.findings.length === 0, none);

  // 11. The server's message when it refuses a request.
  let message = "";
  try {
    await pane.postCheckRange(fetch, url, "sv", { sheet: "Blad1" });
  } catch (e) {
    message = e.message;
  }
  expect("a refused request: the server's Swedish line", /saknas/.test(message), message);

  // 12. Sheet names in formulas.
  const refs = pane.referencedSheetNames({ name: "Blad1", blocks: [{ formulas: [["='Per kommun'!J10", "=SUM(Blad2!B1:B4)+blad1!A1", "='It''s'!A1", 5, "text!"]] }] });
  const a1 = ["'Q1 2024'!B2:C3", "Blad1!$AA$10", "C21"].map((a) => pane.parseA1(a));
  expect("cell addresses", JSON.stringify(a1) === JSON.stringify([{ row: 1, col: 1 }, { row: 9, col: 26 }, { row: 20, col: 2 }]), a1);
  expect("referenced sheet names", JSON.stringify(refs) === JSON.stringify(["Per kommun", "Blad2", "It's"]), refs);
} finally {
  proc.kill("SIGTERM");
}

finish("task pane logic: all checks passed");
