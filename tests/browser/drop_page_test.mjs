// The drop page in a real browser: Debian's Chromium with exactly the flags
// below, driven by playwright-core. Selects and drops real samples, reads the
// findings table, downloads the corrected workbook and checks it with
// `summakoll check`; drops two files to compare and reads the differences;
// saves screenshots in OUT_DIR.
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
const ACTORS_2025 = path.join(SAMPLES, "compare", "aktorer-2025.xlsx");
const ACTORS_2026 = path.join(SAMPLES, "compare", "aktorer-2026.xlsx");
const OSTERSUND = path.join(SAMPLES, "compare", "kommun-ostersund-fel.xlsx");
const KOMMUNER = path.join(SAMPLES, "2024-kommuner.xlsx");
const REGIONS_TKR = path.join(SAMPLES, "compare", "regioner-tkr-fel.xlsx");
const REGIONS = path.join(SAMPLES, "2024-regioner.xlsx");
const TEXT_CLEAN = path.join(SAMPLES, "compare", "text-overenskommelse-2024-ren.docx");
const TEXT_WRONG = path.join(SAMPLES, "compare", "text-overenskommelse-2024-fel.docx");
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

// A file dropped on a zone the way a browser delivers it: a drop event carrying
// a DataTransfer. Resolves, with the time taken, once the section `results`
// shows (at once when `results` is null).
async function dropFile(page, file, zoneId = "drop-zone", results = "results") {
  const base64 = readFileSync(file).toString("base64");
  return page.evaluate(async ({ base64, name, zoneId, results }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name));
    const zone = document.getElementById(zoneId);
    if (results) document.getElementById(results).hidden = true;
    const started = performance.now();
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await new Promise((resolve) => {
      const poll = () => (!results || !document.getElementById(results).hidden ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    return performance.now() - started;
  }, { base64, name: path.basename(file), zoneId, results });
}

// The comparison as the page shows it: the counts, the totals and the differences' rows.
async function comparisonShown(page) {
  return page.evaluate(() => {
    const texts = (selector) => Array.from(document.querySelectorAll(selector), (el) => el.innerText.trim());
    const rows = (id) => Array.from(document.querySelectorAll(`#${id} > tbody > tr`), (tr) => ({
      kind: tr.dataset.kind, differs: tr.classList.contains("differs"),
      cells: Array.from(tr.cells, (c) => c.innerText.trim().replace(/\s+/g, " ")) }));
    return {
      verdict: document.getElementById("comparison-verdict").innerText,
      counts: Object.fromEntries(Array.from(document.querySelectorAll("#comparison-counts > div"),
        (d) => [d.querySelector("dt").innerText, d.querySelector("dd").innerText])),
      totals: rows("comparison-totals").map((r) => [r.differs ? "skiljer sig" : "", ...r.cells]),
      differences: rows("differences").filter((r) => r.kind).map((r) => [r.kind, ...r.cells]),
      groups: texts("#differences tr.group"),
    };
  });
}

async function waitForComparison(page, a, b) {
  await page.waitForFunction(([a, b]) => {
    const h = document.getElementById("comparison-heading");
    return !document.getElementById("comparison").hidden && h.textContent.includes(a) && h.textContent.includes(b);
  }, [a, b]);
}

// The page's full width at the height of `selector`: anything sticking out sideways shows.
async function screenshotOf(page, selector, file) {
  const y = await page.$eval(selector, (el) => [el.getBoundingClientRect().top + window.scrollY, el.getBoundingClientRect().height]);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: y[0], width: page.viewportSize().width, height: y[1] } });
}

// `summakoll compare A B --format json`: the comparison the page must show.
function cliComparison(a, b) {
  return JSON.parse(spawnSync(BIN, ["compare", "--format", "json", a, b], { encoding: "utf8" }).stdout).comparison;
}

// "−257 877 kr" with the page's spaces (no-break) made plain.
const plain = (text) => text.replace(/\s/g, " ");

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

  // Two files compared: A dropped on its zone, then B on its own; the differences as the CLI finds them.
  await page.setViewportSize({ width: 1024, height: 900 });
  expect("the compare zones have labels", await page.getByLabel("Välj fil A").count() === 1 && await page.getByLabel("Välj fil B").count() === 1);
  await dropFile(page, ACTORS_2025, "zone-a", null);
  expect("A alone asks for B", (await page.textContent("#compare-status")) === "Välj också fil B.", await page.textContent("#compare-status"));
  const chosenA = await page.$eval("#file-a", (input) => input.files.length === 1 && input.files[0].name);
  expect("the file dropped on A shows in A's file input", chosenA === "aktorer-2025.xlsx", chosenA);
  await dropFile(page, ACTORS_2026, "zone-b", "comparison");
  await waitForComparison(page, "aktorer-2025.xlsx", "aktorer-2026.xlsx");
  const shown = await comparisonShown(page);
  expect("the verdict counts the differences", shown.verdict === "5 skillnader.", shown.verdict);
  expect("the counts", JSON.stringify(shown.counts) === JSON.stringify({
    "Jämförda rader": "9", "Belopp som skiljer sig": "2", "Rader bara i A": "1", "Rader bara i B": "2", "Tvetydiga (inte jämförda)": "0" }),
    shown.counts);
  expect("the totals of each side", JSON.stringify(shown.totals.map((r) => r.map(plain))) === JSON.stringify([
    ["skiljer sig", "Fördelning 2025!A2:B12 ↔ Fördelning 2026!A2:B13", "Belopp 2025 ↔ Belopp 2026", "12 597 775 kr", "12 339 898 kr"]]),
    shown.totals);
  const differences = shown.differences.map((r) => r.map(plain));
  const wanted = [
    ["amount-differs", "Region Jämtland Härjedalen och Kommunförbundet Jämtland Härjedalen Cell B6 i A, B6 i B",
      "Belopp 2025 ↔ Belopp 2026", "3 962 903 kr", "3 705 026 kr", "−257 877 kr"],
    ["amount-differs", "Totalt Cell B12 i A, B13 i B", "Belopp 2025 ↔ Belopp 2026", "12 697 775 kr", "12 689 898 kr", "−7 877 kr"],
    ["only-in-a", "Vuxenpsykiatrin Region Jämtland Härjedalen finns bara i A Cell A9 i A", "–", "–", "–", "–"],
    ["only-in-b", "Fontänhus Jämtland Härjedalen finns bara i B Cell A8 i B", "–", "–", "–", "–"],
    ["only-in-b", "Region Jämtland Härjedalen Vuxenpsykiatri finns bara i B Cell A10 i B", "–", "–", "–", "–"],
  ];
  expect("the differences, exactly", JSON.stringify(differences) === JSON.stringify(wanted), differences);
  const cli = cliComparison(ACTORS_2025, ACTORS_2026).tables.flatMap((t) => t.differences);
  expect("the differences the CLI finds, in its order", cli.map((d) => d.kind).join() === differences.map((r) => r[0]).join(),
    cli.map((d) => d.kind));
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(`comparison: no sideways scrolling at ${width} px`, overflow[0] <= overflow[1], overflow);
  }
  await page.setViewportSize({ width: 1024, height: 900 });
  await screenshotOf(page, "#compare", path.join(OUT, "compare-1024.png"));

  // The comparison workbook: the summary sheet and the pair's sheet, read back.
  const [workbook] = await Promise.all([page.waitForEvent("download"), page.click("#compare-download")]);
  expect("comparison workbook name", workbook.suggestedFilename() === "aktorer-2025.jämförelse.xlsx", workbook.suggestedFilename());
  const savedComparison = path.join(OUT, "aktorer-2025.jämförelse.xlsx");
  await workbook.saveAs(savedComparison);
  const sheets = JSON.parse(spawnSync(BIN, ["dump", "--format", "json", savedComparison], { encoding: "utf8" }).stdout).sheets;
  // The pair's sheet is named after both tables, cut to Excel's 31 characters.
  expect("the workbook: a summary sheet, then the pair's", sheets.map((s) => s.name).join() === "Sammanfattning,Fördelning 2025 – Fördelning 20",
    sheets.map((s) => s.name));
  expect("the status says it was saved", (await page.textContent("#compare-status")).includes("aktorer-2025.jämförelse.xlsx"),
    await page.textContent("#compare-status"));

  // A new B by the file chooser: the municipality's quote against the national table, one amount off.
  await page.setInputFiles("#file-a", OSTERSUND);
  await page.setInputFiles("#file-b", KOMMUNER);
  await waitForComparison(page, "kommun-ostersund-fel.xlsx", "2024-kommuner.xlsx");
  const ostersund = await comparisonShown(page);
  expect("Östersund: one difference", ostersund.verdict === "1 skillnad." && ostersund.counts["Jämförda rader"] === "1", ostersund);
  expect("Östersund: the amount, both values and B − A", JSON.stringify(ostersund.differences.map((r) => r.map(plain))) === JSON.stringify([
    ["amount-differs", "Östersunds kommun Cell C3 i A, D263 i B", "Totalt belopp", "641 444 kr", "614 444 kr", "−27 000 kr"]]),
    ostersund.differences);
  await screenshotOf(page, "#compare", path.join(OUT, "compare-ostersund-1024.png"));
  await page.setViewportSize({ width: 1280, height: 900 });

  // English on request: the page's words, the amounts in English style.
  await page.click("#lang-switch");
  await page.waitForFunction(() => !document.getElementById("comparison").hidden &&
    document.getElementById("comparison-verdict").textContent === "1 difference.");
  const englishComparison = await comparisonShown(page);
  expect("the comparison in English", englishComparison.counts["Rows compared"] === "1" &&
    JSON.stringify(englishComparison.differences) === JSON.stringify([["amount-differs", "Östersunds kommun Cell C3 in A, D263 in B",
      "Totalt belopp", "641,444 kr", "614,444 kr", "-27,000 kr"]]), englishComparison);
  await page.click("#lang-switch");
  await waitForReport(page, "2024-kommuner.xlsx");
  await waitForComparison(page, "kommun-ostersund-fel.xlsx", "2024-kommuner.xlsx");

  // Thousands of kronor against kronor: sums apart by rounding alone are not marked, the one real difference is.
  await page.setInputFiles("#file-a", REGIONS_TKR);
  await page.setInputFiles("#file-b", REGIONS);
  await waitForComparison(page, "regioner-tkr-fel.xlsx", "2024-regioner.xlsx");
  const tkr = await comparisonShown(page);
  expect("tkr: the one difference", JSON.stringify(tkr.differences.map((r) => r.map(plain))) === JSON.stringify([
    ["amount-differs", "Region Gävleborg Cell C20 i A, D19 i B", "Traumavård", "1 535 000 kr", "1 354 867 kr", "−180 133 kr"]]),
    tkr.differences);
  expect("tkr: only the Traumavård sums are marked", JSON.stringify(tkr.totals.map((r) => [r[0], plain(r[2])])) === JSON.stringify([
    ["", "Barn och unga (21 lika efter avrundning)"], ["skiljer sig", "Traumavård (20 lika efter avrundning)"],
    ["", "Kunskapsbaserad och säker vård och omsorg (21 lika efter avrundning)"], ["", "Totalt belopp (21 lika efter avrundning)"]]),
    tkr.totals);

  // Two Word documents: their tables agree; B's text states a total no figure explains.
  await page.setInputFiles("#file-a", TEXT_CLEAN);
  await page.setInputFiles("#file-b", TEXT_WRONG);
  await waitForComparison(page, "text-overenskommelse-2024-ren.docx", "text-overenskommelse-2024-fel.docx");
  const words = await comparisonShown(page);
  const textLines = await page.$$eval("#text-findings > li", (lis) => lis.map((li) => li.innerText));
  expect("Word: the tables agree, the text does not", words.differences.length === 0 && words.counts["Belopp i texten utan motsvarighet"] === "1" &&
    textLines.length === 1 && plain(textLines[0]).startsWith("text-overenskommelse-2024-fel.docx: varning text-mismatch: texten säger 1 650 000 000 kr"),
    { words, textLines });

  // The one-file check is still there, untouched by the comparison.
  expect("the one-file results stay", !(await page.isHidden("#results")) && (await page.textContent("#results-heading")).includes("2024-kommuner.xlsx"));

  expect("no script errors on the page", pageErrors.length === 0, pageErrors);
} finally {
  await chromium.close();
  proc.kill("SIGTERM");
}

finish(`drop page: all browser checks passed; screenshot in ${path.join(OUT, "drop-page.png")}`);
