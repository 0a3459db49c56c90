// The drop page: send a file to /api/check, show what does not add up, and
// fetch the corrected workbook from /api/fix; or send two files to /api/compare
// and show how their tables differ. Swedish first, English on request.
// Errors come first, a filter limits the severities
// shown, and the notes stay folded until asked for.
"use strict";

const TEXTS = {
  sv: {
    title: "Summakoll – kontrollera summorna",
    intro: "Släpp en Excel-arbetsbok, ett Word-dokument eller en CSV-fil här. Filen kontrolleras på den här datorn och sparas inte.",
    dropHelp: "Dra och släpp filen här, eller tryck Enter för att välja en fil.",
    chooseLabel: "Välj en fil (.xlsx, .xlsm, .ods, .xls, .docx, .pdf, .csv)",
    download: "Ladda ner rättad arbetsbok",
    caption: "Det som inte stämmer, cell för cell",
    colSheet: "Blad/tabell", colCell: "Cell", colWhat: "Vad är fel", colExpected: "Förväntat",
    colFound: "Funnet", colPreview: "Cellerna runt",
    footer: "Summakoll körs bara på den här datorn. Filer tas bort direkt efter kontrollen.",
    switchTo: "English",
    checking: (name) => `Kontrollerar ${name} …`,
    done: (name, secs) => `${name} är kontrollerad (${secs} s).`,
    heading: (name) => `Resultat för ${name}`,
    counts: (e, w, i) => `${e} fel, ${w} ${w === 1 ? "varning" : "varningar"}, ${i} ${i === 1 ? "notering" : "noteringar"}.`,
    none: "Inga avvikelser hittades: alla summor stämmer.",
    severity: { error: "Fel", warning: "Varning", info: "Notering" },
    table: (n) => `Tabell ${n}`,
    fixing: "Skriver den rättade arbetsboken …",
    fixed: (name) => `Den rättade arbetsboken ${name} är nedladdad.`,
    onlyXlsx: "Rättade kopior går än så länge bara att få för Excel-arbetsböcker.",
    failed: "Något gick fel: ",
    network: "servern svarar inte. Körs summakoll serve fortfarande?",
    previewLabel: (cell) => `Cellerna runt ${cell}`,
    showLabel: "Visa", showAll: "allt", showWarnings: "fel och varningar", showErrors: "bara fel",
    showNotes: (n) => `Visa ${n} ${n === 1 ? "notering" : "noteringar"}`,
    hideNotes: (n) => `Dölj ${n === 1 ? "noteringen" : "noteringarna"}`,
    compareTitle: "Jämför två filer",
    compareIntro: "Jämför beloppen i två tabeller rad för rad, till exempel beslutet mot uppföljningen eller 2025 mot 2026.",
    sideA: "A – underlaget du utgår från", sideB: "B – filen som ska jämföras",
    chooseA: "Välj fil A", chooseB: "Välj fil B",
    chooseOther: (side) => `Välj också fil ${side}.`,
    comparing: (a, b) => `Jämför ${a} med ${b} …`,
    compared: (secs) => `Jämförelsen är klar (${secs} s).`,
    comparisonHeading: (a, b) => `${a} (A) mot ${b} (B)`,
    noDifferences: "Inga skillnader: de jämförda beloppen stämmer.",
    someDifferences: (n) => `${n} ${n === 1 ? "skillnad" : "skillnader"}.`,
    noPairs: "Inga tabeller i A och B har samma rader: ingenting jämfördes.",
    countRows: "Jämförda rader", countAmounts: "Belopp som skiljer sig", countOnlyA: "Rader bara i A",
    countOnlyB: "Rader bara i B", countAmbiguous: "Tvetydiga (inte jämförda)", countText: "Belopp i texten utan motsvarighet",
    totalsCaption: "Summan av de jämförda raderna på varje sida",
    colTables: "Tabeller (A ↔ B)", colColumn: "Kolumn", colTotalA: "Summa i A", colTotalB: "Summa i B",
    compareDownload: "Ladda ner jämförelsen som arbetsbok",
    differencesCaption: "Skillnaderna, rad för rad",
    rounded: (n) => `${n} lika efter avrundning`,
    colKey: "Rad", colValueA: "Värde i A", colValueB: "Värde i B", colDifference: "Skillnad (B − A)",
    onlyInA: "finns bara i A", onlyInB: "finns bara i B", noName: "(utan namn)",
    cells: (a, b) => "Cell " + [a && `${a} i A`, b && `${b} i B`].filter(Boolean).join(", "),
    writingComparison: "Skriver jämförelsen …",
    savedComparison: (name) => `Jämförelsen ${name} är nedladdad.`,
  },
  en: {
    title: "Summakoll – check the sums",
    intro: "Drop an Excel workbook, a Word document or a CSV file here. The file is checked on this computer and not kept.",
    dropHelp: "Drag and drop the file here, or press Enter to choose a file.",
    chooseLabel: "Choose a file (.xlsx, .xlsm, .ods, .xls, .docx, .pdf, .csv)",
    download: "Download corrected workbook",
    caption: "What does not add up, cell by cell",
    colSheet: "Sheet/table", colCell: "Cell", colWhat: "What is wrong", colExpected: "Expected",
    colFound: "Found", colPreview: "Cells around",
    footer: "Summakoll runs only on this computer. Files are removed right after the check.",
    switchTo: "Svenska",
    checking: (name) => `Checking ${name} …`,
    done: (name, secs) => `${name} has been checked (${secs} s).`,
    heading: (name) => `Results for ${name}`,
    counts: (e, w, i) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} ${i === 1 ? "note" : "notes"}.`,
    none: "No problems found: every sum adds up.",
    severity: { error: "Error", warning: "Warning", info: "Note" },
    table: (n) => `Table ${n}`,
    fixing: "Writing the corrected workbook …",
    fixed: (name) => `The corrected workbook ${name} has been downloaded.`,
    onlyXlsx: "Corrected copies are so far only available for Excel workbooks.",
    failed: "Something went wrong: ",
    network: "the server does not answer. Is summakoll serve still running?",
    previewLabel: (cell) => `Cells around ${cell}`,
    showLabel: "Show", showAll: "everything", showWarnings: "errors and warnings", showErrors: "errors only",
    showNotes: (n) => `Show ${n} ${n === 1 ? "note" : "notes"}`,
    hideNotes: (n) => `Hide the ${n === 1 ? "note" : "notes"}`,
    compareTitle: "Compare two files",
    compareIntro: "Compare the amounts of two tables row by row, for example the decision against the follow-up, or 2025 against 2026.",
    sideA: "A – the reference", sideB: "B – the file to compare",
    chooseA: "Choose file A", chooseB: "Choose file B",
    chooseOther: (side) => `Choose file ${side} too.`,
    comparing: (a, b) => `Comparing ${a} with ${b} …`,
    compared: (secs) => `The comparison is done (${secs} s).`,
    comparisonHeading: (a, b) => `${a} (A) against ${b} (B)`,
    noDifferences: "No differences: the compared amounts agree.",
    someDifferences: (n) => `${n} ${n === 1 ? "difference" : "differences"}.`,
    noPairs: "No tables of A and B have the same rows: nothing was compared.",
    countRows: "Rows compared", countAmounts: "Amounts that differ", countOnlyA: "Rows only in A",
    countOnlyB: "Rows only in B", countAmbiguous: "Ambiguous (not compared)", countText: "Amounts in the text without a figure",
    totalsCaption: "The sum of the compared rows on each side",
    colTables: "Tables (A ↔ B)", colColumn: "Column", colTotalA: "Sum in A", colTotalB: "Sum in B",
    compareDownload: "Download the comparison as a workbook",
    differencesCaption: "The differences, row by row",
    rounded: (n) => `${n} equal after rounding`,
    colKey: "Row", colValueA: "Value in A", colValueB: "Value in B", colDifference: "Difference (B − A)",
    onlyInA: "only in A", onlyInB: "only in B", noName: "(no name)",
    cells: (a, b) => "Cell " + [a && `${a} in A`, b && `${b} in B`].filter(Boolean).join(", "),
    writingComparison: "Writing the comparison …",
    savedComparison: (name) => `The comparison ${name} has been downloaded.`,
  },
};

let lang = localStorage.getItem("summakoll-lang") === "en" ? "en" : "sv";
let currentFile = null;
let lastReport = null;
let notesOpen = false;  // notes are folded until asked for
const compareFiles = { a: null, b: null };
let lastComparison = null;

const $ = (id) => document.getElementById(id);
const t = () => TEXTS[lang];

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t().title;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t()[el.dataset.i18n];
  const other = lang === "sv" ? "en" : "sv";
  $("lang-switch").textContent = t().switchTo;
  $("lang-switch").lang = other;
  if (lastReport) showSeverities();
}

function setStatus(text, isError, id = "status") {
  $(id).textContent = text;
  $(id).classList.toggle("error", Boolean(isError));
}

// The server answers every failure as {"error":{"code","message"}}.
async function errorMessage(response) {
  try {
    const body = await response.json();
    if (body && body.error && body.error.message) return body.error.message;
  } catch (e) { /* not JSON: fall through */ }
  return `HTTP ${response.status}`;
}

// `fields`: {file} for one file, {a, b} for a comparison; `query` adds to ?lang=.
function upload(path, fields, query = "") {
  const form = new FormData();
  for (const [field, file] of Object.entries(fields)) form.append(field, file, file.name);
  return fetch(`${path}?lang=${lang}${query}`, { method: "POST", body: form });
}

const secondsText = (started) =>
  ((performance.now() - started) / 1000).toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });

// Each check gets a number; an answer to an older one (a file dropped or a
// language chosen since) is dropped, so a slow answer never overwrites a newer one.
let checksStarted = 0;

async function checkFile(file) {
  const mine = ++checksStarted;
  const stale = () => mine !== checksStarted;
  currentFile = file;
  const started = performance.now();
  setStatus(t().checking(file.name));
  $("results").hidden = true;
  let response;
  try {
    response = await upload("/api/check", { file });
  } catch (e) {
    if (!stale()) setStatus(t().failed + t().network, true);
    return;
  }
  if (stale()) return;
  if (!response.ok) {
    const message = await errorMessage(response);
    if (!stale()) setStatus(t().failed + message, true);
    return;
  }
  const report = await response.json();
  if (stale()) return;
  lastReport = report;
  renderReport(lastReport);
  setStatus(t().done(file.name, secondsText(started)));
}

function cellText(text) {
  const span = document.createElement("span");
  span.textContent = text == null ? "" : text;
  return span;
}

// The rows the filter and the notes' fold leave visible.
function showSeverities() {
  const show = $("show").value;
  const rows = Array.from($("findings").tBodies[0].rows);
  const notes = rows.filter((tr) => tr.dataset.severity === "info").length;
  const allowed = (severity) =>
    severity === "error" || (severity === "warning" && show !== "errors") || (severity === "info" && show === "all" && notesOpen);
  for (const tr of rows) tr.hidden = !allowed(tr.dataset.severity);
  const toggle = $("notes-toggle");
  toggle.hidden = notes === 0 || show !== "all";
  toggle.textContent = notesOpen ? t().hideNotes(notes) : t().showNotes(notes);
  toggle.setAttribute("aria-expanded", String(notesOpen));
}

function previewTable(preview, cell, severity) {
  const table = document.createElement("table");
  table.className = "preview";
  table.setAttribute("aria-label", t().previewLabel(cell));
  const head = table.createTHead().insertRow();
  head.append(document.createElement("th"));
  for (const col of preview.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = col;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of preview.rows) {
    const tr = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = row.row;
    tr.append(th);
    for (const c of row.cells) {
      const td = tr.insertCell();
      td.textContent = c.text || "";
      if (c.formula) td.title = c.formula;
      if (c.number) td.classList.add("number");
      if (c.summed) td.classList.add("summed");
      if (c.target) td.classList.add("target", severity);  // a note's cell is not drawn like an error's
    }
  }
  return table;
}

const RANK = { error: 0, warning: 1, info: 2 };

function renderReport(report) {
  const file = report.files[0];
  // Errors first, then warnings and notes, each in the checker's order (sort is stable).
  const findings = [...file.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  $("results-heading").textContent = t().heading(file.path);
  $("summary").textContent = findings.length ? t().counts(counts.error, counts.warning, counts.info) : t().none;

  const tbody = $("findings").tBodies[0];
  tbody.replaceChildren();
  for (const f of findings) {
    const tr = tbody.insertRow();
    tr.dataset.code = f.code;
    tr.dataset.severity = f.severity;
    tr.insertCell().append(cellText(f.table != null ? t().table(f.table) : f.sheet));
    tr.insertCell().append(cellText(f.cell));
    const what = tr.insertCell();
    what.className = "what";
    const badge = cellText(t().severity[f.severity]);
    badge.className = `severity ${f.severity}`;
    const title = cellText(f.title);
    title.className = "title";
    what.append(badge, title, cellText(f.message));
    const expected = tr.insertCell();
    expected.className = "amount";
    expected.append(cellText(f.expected_text));
    const found = tr.insertCell();
    found.className = "amount";
    found.append(cellText(f.actual_text));
    const around = tr.insertCell();
    around.className = "around";
    if (f.preview) around.append(previewTable(f.preview, f.cell, f.severity));
  }
  $("findings").hidden = findings.length === 0;
  notesOpen = false;
  showSeverities();

  // .ods, .xls and .pdf come back as a converted and corrected .xlsx.
  const correctable = ["xlsx", "ods", "xls", "pdf"].includes(file.format);
  $("download").disabled = !correctable;
  $("download-note").textContent = correctable ? "" : t().onlyXlsx;
  $("results").hidden = false;
}

// "budget.kontrollerad.xlsx" from Content-Disposition's filename*.
function downloadName(response, fallback) {
  const header = response.headers.get("Content-Disposition") || "";
  const match = /filename\*=UTF-8''([^;]+)/i.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

// Posts the files and saves the workbook the server answers with; the
// status line (`statusId`) says what happens.
async function downloadWorkbook(statusId, request, fallback, writing, saved) {
  setStatus(writing, false, statusId);
  let response;
  try {
    response = await request();
  } catch (e) {
    setStatus(t().failed + t().network, true, statusId);
    return;
  }
  if (!response.ok) {
    setStatus(t().failed + (await errorMessage(response)), true, statusId);
    return;
  }
  const name = downloadName(response, fallback);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  setStatus(saved(name), false, statusId);
}

function downloadFixed() {
  if (!currentFile) return;
  downloadWorkbook("status", () => upload("/api/fix", { file: currentFile }), "summakoll.kontrollerad.xlsx", t().fixing, t().fixed);
}

// A zone takes a dropped file, or opens its file input on Enter or Space.
function wireZone(zone, input, onFile) {
  input.addEventListener("change", () => { if (input.files.length) onFile(input.files[0]); });
  zone.addEventListener("keydown", (e) => {
    if (e.target === zone && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      input.click();
    }
  });
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("dragging"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    if (e.dataTransfer && e.dataTransfer.files.length) onFile(e.dataTransfer.files[0]);
  });
}

// Comparisons are numbered like checks: an older answer never overwrites a newer one.
let comparesStarted = 0;

function chooseForComparison(side, file) {
  compareFiles[side] = file;
  // A dropped file shows in the zone's file input too, not "no file chosen" beside it.
  const input = $(`file-${side}`);
  if (input.files[0] !== file) {
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
  }
  const other = side === "a" ? "b" : "a";
  if (compareFiles[other]) compareChosen();
  else setStatus(t().chooseOther(other.toUpperCase()), false, "compare-status");
}

async function compareChosen() {
  const mine = ++comparesStarted;
  const stale = () => mine !== comparesStarted;
  const { a, b } = compareFiles;
  const started = performance.now();
  setStatus(t().comparing(a.name, b.name), false, "compare-status");
  $("comparison").hidden = true;
  let response;
  try {
    response = await upload("/api/compare", { a, b });
  } catch (e) {
    if (!stale()) setStatus(t().failed + t().network, true, "compare-status");
    return;
  }
  if (stale()) return;
  if (!response.ok) {
    const message = await errorMessage(response);
    if (!stale()) setStatus(t().failed + message, true, "compare-status");
    return;
  }
  const body = await response.json();
  if (stale()) return;
  lastComparison = body.comparison;
  renderComparison(lastComparison);
  setStatus(t().compared(secondsText(started)), false, "compare-status");
}

// Amounts come in kronor; shown as the CLI shows them ("−27 000 kr").
function kronor(value, signed = false) {
  const text = new Intl.NumberFormat(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 }).format(value);
  return `${signed && value > 0 ? "+" : ""}${text} kr`;
}

const place = (table) => `${table.sheet}!${table.range}`;
const columnText = (a, b) => (b && b !== a ? `${a} ↔ ${b}` : a);

function addCells(tr, texts, amountsFrom) {
  texts.forEach((text, i) => {
    const td = tr.insertCell();
    if (i >= amountsFrom) td.className = "amount";
    td.append(cellText(text));
  });
}

// The row's name, the cells it stands in, and what kind of difference it is when not an amount.
function keyCell(tr, d) {
  const td = tr.insertCell();
  const name = cellText(d.label || t().noName);
  name.className = "label";
  td.append(name);
  const cells = d.a_cell || d.b_cell ? t().cells(d.a_cell, d.b_cell) : "";
  const kind = { "only-in-a": t().onlyInA, "only-in-b": t().onlyInB, ambiguous: d.message }[d.kind];
  for (const line of [kind, cells].filter(Boolean)) {
    const span = cellText(line);
    span.className = "detail";
    td.append(span);
  }
}

function renderComparison(c) {
  const differences = c.tables.flatMap((p) => p.differences);
  const count = (kind) => differences.filter((d) => d.kind === kind).length;
  // A Word or PDF document's text against its own tables: each finding with the file it is in.
  const textFindings = c.text.flatMap((x) => x.findings.map((f) => ({ path: x.path, message: f.message })));
  $("comparison-heading").textContent = t().comparisonHeading(c.a, c.b);
  $("comparison-verdict").textContent =
    c.tables.length === 0 && c.ambiguous_tables.length === 0 ? t().noPairs
      : c.differences === 0 ? t().noDifferences : t().someDifferences(c.differences);

  const counts = [
    [t().countRows, c.tables.reduce((n, p) => n + p.rows_compared, 0)],
    [t().countAmounts, count("amount-differs")],
    [t().countOnlyA, count("only-in-a")],
    [t().countOnlyB, count("only-in-b")],
    [t().countAmbiguous, count("ambiguous") + c.ambiguous_tables.length],
  ];
  if (textFindings.length) counts.push([t().countText, textFindings.length]);
  $("comparison-counts").replaceChildren(...counts.map(([what, n]) => {
    const div = document.createElement("div");
    const dt = document.createElement("dt");
    dt.textContent = what;
    const dd = document.createElement("dd");
    dd.textContent = n.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB");
    div.append(dt, dd);
    return div;
  }));

  const totals = $("comparison-totals").tBodies[0];
  totals.replaceChildren();
  for (const p of c.tables)
    for (const col of p.columns) {
      const tr = totals.insertRow();
      // Marked when an amount of the column differs: tkr against kronor may leave the sums apart by rounding alone.
      tr.classList.toggle("differs", p.differences.some((d) => d.kind === "amount-differs" &&
        d.a_header === col.a_header && d.b_header === col.b_header));
      const column = columnText(col.a_header || col.a, col.b_header || col.b);
      addCells(tr, [`${place(p.a)} ↔ ${place(p.b)}`, col.rounded ? `${column} (${t().rounded(col.rounded)})` : column,
        kronor(col.a_total), kronor(col.b_total)], 2);
    }
  $("comparison-totals").hidden = totals.rows.length === 0;

  const tbody = $("differences").tBodies[0];
  tbody.replaceChildren();
  for (const p of c.tables) {
    if (p.differences.length === 0) continue;
    const group = tbody.insertRow();
    group.className = "group";
    const th = document.createElement("th");
    th.scope = "colgroup";
    th.colSpan = 5;
    th.textContent = `${place(p.a)} ↔ ${place(p.b)}`;
    group.append(th);
    for (const d of p.differences) {
      const tr = tbody.insertRow();
      tr.dataset.kind = d.kind;
      keyCell(tr, d);
      if (d.kind === "amount-differs") addCells(tr, [columnText(d.a_header, d.b_header), kronor(d.a), kronor(d.b), kronor(d.difference, true)], 1);
      else addCells(tr, ["–", "–", "–", "–"], 1);
    }
  }
  $("differences").hidden = differences.length === 0;
  $("text-findings").replaceChildren(...textFindings.map((f) => {
    const li = document.createElement("li");
    const file = cellText(`${f.path}: `);
    file.className = "label";
    li.append(file, cellText(f.message));
    return li;
  }));
  $("comparison").hidden = false;
}

function downloadComparison() {
  const { a, b } = compareFiles;
  if (!a || !b) return;
  downloadWorkbook("compare-status", () => upload("/api/compare", { a, b }, "&format=xlsx"), "summakoll.jämförelse.xlsx",
    t().writingComparison, t().savedComparison);
}

function setUp() {
  applyLanguage();
  wireZone($("drop-zone"), $("file"), checkFile);
  wireZone($("zone-a"), $("file-a"), (file) => chooseForComparison("a", file));
  wireZone($("zone-b"), $("file-b"), (file) => chooseForComparison("b", file));
  $("download").addEventListener("click", downloadFixed);
  $("compare-download").addEventListener("click", downloadComparison);
  $("show").addEventListener("change", showSeverities);
  $("notes-toggle").addEventListener("click", () => {
    notesOpen = !notesOpen;
    showSeverities();
  });
  $("lang-switch").addEventListener("click", () => {
    lang = lang === "sv" ? "en" : "sv";
    localStorage.setItem("summakoll-lang", lang);
    applyLanguage();
    // Messages come from the server in the chosen language.
    if (currentFile && lastReport) checkFile(currentFile);
    if (lastComparison) compareChosen();
  });
}

document.addEventListener("DOMContentLoaded", setUp);
