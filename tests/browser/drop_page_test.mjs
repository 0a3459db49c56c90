// The drop page in a real browser: Debian's Chromium with exactly the flags
// below, driven by playwright-core. Selects and drops real samples, reads the
// findings table, downloads the corrected workbook and checks it with
// `summakoll check`; saves a screenshot in OUT_DIR.
// Usage: node drop_page_test.mjs SUMMAKOLL SAMPLES_DIR OUT_DIR
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checklist } from "./checklist.mjs";
import { collectPageErrors, launchChromium } from "./chromium.mjs";
import { cliFindings as cliFindingsOf, startServer } from "./serve_process.mjs";

const [BIN, SAMPLES, OUT] = process.argv.slice(2);
const SUMMARY = path.join(SAMPLES, "2026-jamtland-beslutsunderlag.xlsx");
const LARGEST = path.join(SAMPLES, "2024-kommuner.xlsx");
const DOCX = path.join(SAMPLES, "docx", "2024-jamtland-beslutsunderlag.docx");
const { expect, finish } = checklist();

// `summakoll check --format json`: the findings the page must show.
const cliFindings = (file) => cliFindingsOf(BIN, file);

async function tableRows(page) {
  return page.$$eval("#findings > tbody > tr", (rows) => rows.map((r) => Array.from(r.cells, (c) => c.innerText.trim())));
}

async function waitForReport(page, name) {
  await page.waitForFunction((n) => {
    const h = document.getElementById("results-heading");
    return !document.getElementById("results").hidden && h.textContent.includes(n);
  }, name);
}

// A file dropped on the zone the way a browser delivers it: a drop event carrying a DataTransfer.
async function dropFile(page, file) {
  const base64 = readFileSync(file).toString("base64");
  return page.evaluate(async ({ base64, name }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name));
    const zone = document.getElementById("drop-zone");
    document.getElementById("results").hidden = true;
    const started = performance.now();
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await new Promise((resolve) => {
      const poll = () => (!document.getElementById("results").hidden ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    return performance.now() - started;
  }, { base64, name: path.basename(file) });
}

const { proc, url } = await startServer(BIN);
const chromium = await launchChromium();
try {
  const context = await chromium.browser.newContext({ acceptDownloads: true, locale: "sv-SE", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors = collectPageErrors(page);
  // A listener from the start: Playwright intercepts file choosers only once one exists.
  page.on("filechooser", () => {});

  await page.goto(url);
  expect("Swedish by default", (await page.textContent("h1")).includes("kontrollera summorna"));
  expect("the file input has a label", await page.getByLabel("Välj en fil").count() === 1);

  // Keyboard: Tab reaches the language switch, then the drop zone; Enter opens the file chooser.
  await page.keyboard.press("Tab");
  expect("first Tab stop: the language switch", await page.evaluate(() => document.activeElement.id) === "lang-switch");
  await page.keyboard.press("Tab");
  expect("second Tab stop: the drop zone", await page.evaluate(() => document.activeElement.id) === "drop-zone");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect("the focused drop zone shows a focus ring", outline !== "none", outline);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
  await chooser.setFiles(SUMMARY);
  await waitForReport(page, "2026-jamtland-beslutsunderlag.xlsx");

  // The findings table: one row per finding, as `summakoll check` finds them.
  const rows = await tableRows(page);
  // Errors first, then warnings and notes, each severity in the checker's order.
  const rankOf = { error: 0, warning: 1, info: 2 };
  const expected = cliFindings(SUMMARY).sort((a, b) => rankOf[a.severity] - rankOf[b.severity]);
  expect("one row per finding", rows.length === expected.length, `${rows.length} rows, ${expected.length} findings`);
  expect("rows by severity, in the checker's order within each", rows.every((r, i) => r[0] === expected[i].sheet && r[1] === expected[i].cell),
    rows.map((r) => `${r[0]}!${r[1]}`).slice(0, 5));
  const c21 = rows.find((r) => r[0] === "Sammanfattande fördelning" && r[1] === "C21");
  expect("the wrong subtotal at 'Sammanfattande fördelning'!C21", Boolean(c21), rows.slice(0, 3));
  if (c21) {
    expect("C21: an error", c21[2].startsWith("Fel"), c21[2]);
    expect("C21: expected 481 600 kr", /^481\s600\skr$/.test(c21[3]), c21[3]);
    expect("C21: found 481 000 kr", /^481\s000\skr$/.test(c21[4]), c21[4]);
  }
  const target = await page.$$eval("#findings > tbody > tr", (trs) => {
    const row = trs.find((tr) => tr.cells[0].innerText === "Sammanfattande fördelning" && tr.cells[1].innerText === "C21");
    return row ? Array.from(row.querySelectorAll("table.preview td.target, table.preview td.summed"), (td) => td.className + ":" + td.innerText) : [];
  });
  expect("C21's preview marks the cell and the two summed cells", target.length === 3, target);
  // Errors first, then warnings and notes; the notes folded until asked for; a filter by severity.
  const rank = rankOf;
  const severities = await page.$$eval("#findings > tbody > tr", (trs) => trs.map((tr) => tr.dataset.severity));
  expect("rows by severity", severities.every((s, i) => i === 0 || rank[severities[i - 1]] <= rank[s]), severities);
  expect("the 2026 file's error leads", severities[0] === "error", severities.slice(0, 3));
  const visible = () => page.$$eval("#findings > tbody > tr", (trs) => trs.filter((tr) => !tr.hidden).map((tr) => tr.dataset.severity));
  const notes = severities.filter((s) => s === "info").length;
  expect("the sample has notes", notes > 0, notes);
  expect("notes folded at first", !(await visible()).includes("info") && (await visible()).length === severities.length - notes);
  expect("the fold says how many notes", (await page.textContent("#notes-toggle")) === `Visa ${notes} noteringar`,
    await page.textContent("#notes-toggle"));
  await page.click("#notes-toggle");
  expect("notes unfolded on request", (await visible()).length === severities.length);
  expect("the fold's aria-expanded", (await page.getAttribute("#notes-toggle", "aria-expanded")) === "true");
  const noteTarget = await page.$$eval("#findings > tbody > tr[data-severity=info] table.preview td.target", (tds) =>
    tds.length ? getComputedStyle(tds[0]).outlineStyle + " " + getComputedStyle(tds[0]).fontWeight : "");
  const errorTarget = await page.$eval("#findings > tbody > tr[data-severity=error] table.preview td.target", (td) =>
    getComputedStyle(td).outlineStyle + " " + getComputedStyle(td).fontWeight);
  expect("a note's cell is not drawn like an error's", noteTarget !== "" && noteTarget !== errorTarget, `${noteTarget} / ${errorTarget}`);
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(`no sideways scrolling at ${width} px`, overflow[0] <= overflow[1], overflow);
  }
  await page.screenshot({ path: path.join(OUT, "drop-page-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.screenshot({ path: path.join(OUT, "drop-page-1024.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.selectOption("#show", "errors");
  expect("'bara fel' shows the errors only", (await visible()).every((s) => s === "error") && (await visible()).length > 0);
  await page.selectOption("#show", "warnings");
  expect("'fel och varningar' hides the notes", (await visible()).length === severities.filter((s) => s !== "info").length);
  await page.selectOption("#show", "all");

  const live = await page.getAttribute("#status", "aria-live");
  expect("the status line is aria-live", live === "polite", live);
  await page.screenshot({ path: path.join(OUT, "drop-page.png"), fullPage: true });

  // The corrected workbook, downloaded and checked: no errors left.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const saved = path.join(OUT, download.suggestedFilename());
  await download.saveAs(saved);
  expect("download name", download.suggestedFilename() === "2026-jamtland-beslutsunderlag.kontrollerad.xlsx", download.suggestedFilename());
  // Errors fix cannot prove (statistics, composite cells "5975/453") stay for a person, at the
  // cells that had them; no other error may be left or made.
  const check = JSON.parse(spawnSync(BIN, ["check", "--format", "json", saved], { encoding: "utf8" }).stdout);
  const before = JSON.parse(spawnSync(BIN, ["check", "--format", "json", SUMMARY], { encoding: "utf8" }).stdout);
  const had = new Set(before.files[0].findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`));
  const cells = JSON.parse(spawnSync(BIN, ["dump", "--format", "json", saved], { encoding: "utf8" }).stdout);
  const textOf = (sheet, cell) => cells.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.cell === cell)?.value;
  const composite = (text) =>
    typeof text === "string" &&
    JSON.parse(spawnSync(BIN, ["parse", "--format", "json", "--", text], { encoding: "utf8" }).stdout).status === "composite";
  const left = check.files[0].findings.filter(
    (f) => f.severity === "error" && !composite(textOf(f.sheet, f.cell)) && !had.has(`${f.sheet}!${f.cell}`));
  expect("summakoll check on the downloaded workbook: no errors but those left for a person", left.length === 0,
         JSON.stringify(left).slice(0, 400));

  // English on request: the page and the server's messages.
  await page.click("#lang-switch");
  expect("English switch", (await page.textContent("h1")).includes("check the sums"));
  await page.waitForFunction(() => /error/.test(document.getElementById("summary").textContent));
  const english = await tableRows(page);
  expect("findings in English", english.length === rows.length && english.some((r) => r[2].startsWith("Error")), english.slice(0, 2));
  await page.click("#lang-switch");

  // A Word file is checked; the corrected copy is for workbooks only.
  await page.setInputFiles("#file", DOCX);
  await waitForReport(page, "2024-jamtland-beslutsunderlag.docx");
  expect("Word findings name tables", (await tableRows(page)).every((r) => r[0].startsWith("Tabell ")));
  expect("no corrected copy for Word", await page.isDisabled("#download"));

  // Dropped, the largest sample: time from drop to report.
  const times = [];
  for (let i = 0; i < 5; ++i) times.push(await dropFile(page, LARGEST));
  await waitForReport(page, "2024-kommuner.xlsx");
  expect("the dropped file's findings", (await tableRows(page)).length === cliFindings(LARGEST).length);
  times.sort((a, b) => a - b);
  console.log(`drop → report, 2024-kommuner.xlsx: median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)})`);

  expect("no script errors on the page", pageErrors.length === 0, pageErrors);
} finally {
  await chromium.close();
  proc.kill("SIGTERM");
}

finish(`drop page: all browser checks passed; screenshot in ${path.join(OUT, "drop-page.png")}`);
