// The task pane page in Debian's Chromium (tests/browser's setup), served by a
// real `summakoll serve`. Office.js is replaced only at its boundary:
// /office-js/office.js answers with office-addin-mock's OfficeMockObject and
// fake_excel.js holding a real sample sheet; the page, its scripts and the
// server are the real ones. Saves a screenshot in OUT_DIR.
// Usage: node taskpane_page_test.mjs SUMMAKOLL SAMPLES_DIR OUT_DIR
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checklist } from "../browser/checklist.mjs";
import { collectPageErrors, launchChromium } from "../browser/chromium.mjs";
import { cliFindings, startServer } from "../browser/serve_process.mjs";

const [BIN, SAMPLES, OUT] = process.argv.slice(2);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const JAMTLAND = path.join(SAMPLES, "2026-jamtland-beslutsunderlag.xlsx");
const SUMMARY = "Sammanfattande fördelning";
const { expect, finish } = checklist();

// office-addin-mock's CommonJS files, unchanged, behind a small require() for the page.
function mockBundle() {
  const require = createRequire(path.join(HERE, "package.json"));
  const lib = path.dirname(require.resolve("office-addin-mock"));
  const manifestLib = path.dirname(require.resolve("office-addin-manifest"));
  const modules = {
    "./officeMockObject": path.join(lib, "officeMockObject.js"),
    "./host": path.join(lib, "host.js"),
    "./possibleErrors": path.join(lib, "possibleErrors.js"),
    "office-addin-manifest": path.join(manifestLib, "officeApp.js"),  // the only part the mock uses: the OfficeApp names
  };
  const defs = Object.entries(modules).map(([name, file]) =>
    `${JSON.stringify(name)}: function (exports, require) {\n${readFileSync(file, "utf8")}\n}`);
  return `(function () {
  const defs = {${defs.join(",\n")}};
  const cache = {};
  function require(name) {
    if (!cache[name]) { cache[name] = {}; defs[name](cache[name], require); }
    return cache[name];
  }
  window.OfficeMockObject = require("./officeMockObject").OfficeMockObject;
})();`;
}

function officeStub(book, options) {
  return `${mockBundle()}
${readFileSync(path.join(HERE, "fake_excel.js"), "utf8")}
window.fakeExcel = SummakollFakeExcel.makeFakeOffice(OfficeMockObject, ${JSON.stringify(book)}, ${JSON.stringify(options)});
window.Office = fakeExcel.Office;
window.Excel = fakeExcel.Excel;
`;
}

const workbookCells = (active) => ({
  ...JSON.parse(spawnSync("/usr/bin/python3", [path.join(HERE, "workbook_cells.py"), JAMTLAND], { encoding: "utf8" }).stdout),
  active,
});
const book = workbookCells(SUMMARY);
// Errors first, then warnings and notes, each severity in the checker's order.
const RANK = { error: 0, warning: 1, info: 2 };
const expected = cliFindings(BIN, JAMTLAND).filter((f) => f.sheet === SUMMARY).sort((a, b) => RANK[a.severity] - RANK[b.severity]);

const fakeCell = (page, cell, sheetName = SUMMARY) => page.evaluate(([sheet, a1]) => {
  const { row, col } = SummakollFakeExcel.parseCell(a1);
  const c = fakeExcel.state.sheets.get(sheet).cells.get(`${row},${col}`);
  return { formula: c.formula, value: c.value, fill: c.fill ?? null, note: c.note ?? null, comment: c.comment ?? null };
}, [sheetName, cell]);
const items = (page) => page.$$eval("#findings > li", (lis) => lis.map((li) => ({
  cell: li.querySelector(".cell").textContent, severity: li.className, text: li.querySelector(".goto").innerText, fix: Boolean(li.querySelector(".fix")),
})));
const status = (page) => page.textContent("#status");

// The pane in a new tab, Office.js stubbed for an Excel with `apiVersion`
// showing `book`; ready to check.
async function openPane(context, book, apiVersion) {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.route("**/office-js/office.js", (route) =>
    route.fulfill({ contentType: "text/javascript", body: officeStub(book, { apiVersion }) }));
  await page.goto(`${url}taskpane/`);
  await page.waitForFunction(() => !document.getElementById("check").disabled);
  return { page, errors };
}

const { proc, url } = await startServer(BIN);
const chromium = await launchChromium();
try {
  const context = await chromium.browser.newContext({ locale: "sv-SE", viewport: { width: 360, height: 900 } });

  // Without Office.js (serve without --office-js): one clear line, no script errors.
  {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${url}taskpane/`);
    await page.waitForFunction(() => document.getElementById("status").textContent !== "");
    expect("no Office.js: said so", (await status(page)).includes("Office.js kunde inte laddas"), await status(page));
    expect("no Office.js: the check button stays off", await page.isDisabled("#check"));
    // The 404 itself, and its JSON body refused as a script: both about office.js.
    const other = errors.filter((e) => !/Failed to load resource.*404|office-js\/office\.js/.test(e));
    expect("no Office.js: only the missing file is reported", other.length === 0, other);
    await page.close();
  }

  // With Office.js stubbed at the mock's boundary.
  const { page, errors } = await openPane(context, book, "1.18");
  expect("Swedish by default", (await page.textContent("#check")) === "Kontrollera bladet", await page.textContent("#check"));

  // Keyboard: the language switch, then the check button; Enter checks.
  await page.keyboard.press("Tab");
  expect("first Tab stop: the language switch", await page.evaluate(() => document.activeElement.id) === "lang-switch");
  await page.keyboard.press("Tab");
  expect("second Tab stop: the check button", await page.evaluate(() => document.activeElement.id) === "check");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.getElementById("results").hidden);
  let list = await items(page);
  expect("one item per finding on the sheet", list.length === expected.length, { page: list.length, cli: expected.length });
  expect("items by severity, in the checker's order within each", list.every((it, i) => it.cell === expected[i].cell), list.map((it) => it.cell));
  const c21 = list.find((it) => it.cell === "C21");
  expect("C21: an error with expected and found amounts", c21 && c21.severity === "error" && c21.text.startsWith("Fel") &&
    /Förväntat 481\s600\skr · Funnet 481\s000\skr/.test(c21.text) && c21.fix, c21);
  expect("the status line is aria-live", (await page.getAttribute("#status", "aria-live")) === "polite");
  const label = await page.getAttribute("#findings li.error .fix", "aria-label");
  expect("fix buttons name their cell", /^Rätta [A-Z]+\d+$/.test(label || ""), label);
  await page.screenshot({ path: path.join(OUT, "taskpane.png"), fullPage: true });

  // Clicking a finding selects its cell in Excel.
  await page.click("#findings li:has(.cell:text-is('C21')) .goto");
  await page.waitForFunction(() => fakeExcel.state.selection !== null);
  const selection = await page.evaluate(() => fakeExcel.state.selection);
  expect("C21 selected", selection.sheet === SUMMARY && selection.cell === "C21", selection);

  // "Rätta" on C21: the SUM formula, the fill, the note; the list is checked again.
  await page.click("#findings li:has(.cell:text-is('C21')) .fix");
  await page.waitForFunction(() => /rättad/.test(document.getElementById("status").textContent));
  const fixed = await fakeCell(page, "C21");
  expect("C21 written as the SUM formula and recalculated", fixed.formula === "=SUM(C19:C20)" && fixed.value === 481600, fixed);
  expect("C21 filled and noted", fixed.fill === "#FFF2CC" && /481\s000/.test(fixed.note || ""), fixed);
  expect("status: one cell, old value in a note", (await status(page)) === "1 cell rättad. Det gamla värdet finns i en anteckning på cellen.", await status(page));
  await page.waitForFunction(() => !document.getElementById("check").disabled);
  list = await items(page);
  expect("C21 no longer an error", !list.some((it) => it.cell === "C21" && it.severity === "error"), list.map((it) => it.cell));

  // English on request: the page and the server's messages.
  await page.click("#lang-switch");
  await page.waitForFunction(() => /Results for/.test(document.getElementById("results-heading").textContent));
  expect("English check button", (await page.textContent("#check")) === "Check the sheet");
  list = await items(page);
  expect("English findings", list.every((it) => /^(Error|Warning|Note)/.test(it.text)), list.map((it) => it.text.slice(0, 20)));
  await page.click("#lang-switch");
  expect("no script errors on the page", errors.length === 0, errors);
  await page.close();

  // "Rätta alla" on the sheet with most fixes: one suspended batch, every fix written.
  {
    const youth = "Ungdomsmottagningen";
    const { page: all, errors: allErrors } = await openPane(context, workbookCells(youth), "1.18");
    await all.click("#check");
    await all.waitForFunction(() => !document.getElementById("results").hidden);
    const fixable = (await items(all)).filter((it) => it.fix);
    const mark = await all.evaluate(() => fakeExcel.state.batches.length);
    await all.click("#fix-all");
    await all.waitForFunction((n) => document.getElementById("status").textContent.startsWith(`${n} celler rättade`), fixable.length);
    const bulk = await all.evaluate((m) => fakeExcel.state.batches.slice(m).filter((b) => b.writes > 0), mark);
    expect("fix all: one suspended batch", bulk.length === 1 && bulk[0].suspended, bulk);
    for (const it of fixable) expect(`fix all: ${it.cell} filled`, (await fakeCell(all, it.cell, youth)).fill === "#FFF2CC");
    await all.waitForFunction(() => !document.getElementById("check").disabled);
    expect("fix all: nothing left to fix", await all.isHidden("#fix-all"));
    expect("no script errors (fix all)", allErrors.length === 0, allErrors);
    await all.close();
  }

  // An Excel without notes (ExcelApi 1.12): the old value goes into a comment, and the pane says so.
  {
    const { page: old, errors: oldErrors } = await openPane(context, book, "1.12");
    await old.click("#check");
    await old.waitForFunction(() => !document.getElementById("results").hidden);
    await old.click("#findings li:has(.cell:text-is('C21')) .fix");
    await old.waitForFunction(() => /rättad/.test(document.getElementById("status").textContent));
    expect("without notes: said so", (await status(old)).includes("Anteckningar stöds inte"), await status(old));
    const c = await fakeCell(old, "C21");
    expect("without notes: the old value in a comment", c.note === null && /481\s000/.test(c.comment || ""), c);
    expect("no script errors (ExcelApi 1.12)", oldErrors.length === 0, oldErrors);
  }
} finally {
  await chromium.close();
  proc.kill("SIGTERM");
}

finish(`task pane page: all browser checks passed; screenshot in ${path.join(OUT, "taskpane.png")}`);
