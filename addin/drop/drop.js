// The drop page: send a file to /api/check, show what does not add up, and
// fetch the corrected workbook from /api/fix. Swedish first, English on request.
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
  },
};

let lang = localStorage.getItem("summakoll-lang") === "en" ? "en" : "sv";
let currentFile = null;
let lastReport = null;
let notesOpen = false;  // notes are folded until asked for

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

function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").classList.toggle("error", Boolean(isError));
}

// The server answers every failure as {"error":{"code","message"}}.
async function errorMessage(response) {
  try {
    const body = await response.json();
    if (body && body.error && body.error.message) return body.error.message;
  } catch (e) { /* not JSON: fall through */ }
  return `HTTP ${response.status}`;
}

function upload(path, file) {
  const form = new FormData();
  form.append("file", file, file.name);
  return fetch(`${path}?lang=${lang}`, { method: "POST", body: form });
}

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
    response = await upload("/api/check", file);
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
  const secs = ((performance.now() - started) / 1000).toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
  setStatus(t().done(file.name, secs));
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

async function downloadFixed() {
  if (!currentFile) return;
  setStatus(t().fixing);
  let response;
  try {
    response = await upload("/api/fix", currentFile);
  } catch (e) {
    setStatus(t().failed + t().network, true);
    return;
  }
  if (!response.ok) {
    setStatus(t().failed + (await errorMessage(response)), true);
    return;
  }
  const name = downloadName(response, "summakoll.kontrollerad.xlsx");
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  setStatus(t().fixed(name));
}

function setUp() {
  applyLanguage();
  const zone = $("drop-zone");
  const input = $("file");
  input.addEventListener("change", () => { if (input.files.length) checkFile(input.files[0]); });
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
    if (e.dataTransfer && e.dataTransfer.files.length) checkFile(e.dataTransfer.files[0]);
  });
  $("download").addEventListener("click", downloadFixed);
  $("show").addEventListener("change", showSeverities);
  $("notes-toggle").addEventListener("click", () => {
    notesOpen = !notesOpen;
    showSeverities();
  });
  $("lang-switch").addEventListener("click", () => {
    lang = lang === "sv" ? "en" : "sv";
    localStorage.setItem("summakoll-lang", lang);
    applyLanguage();
    if (currentFile && lastReport) checkFile(currentFile);  // messages come from the server in the chosen language
  });
}

document.addEventListener("DOMContentLoaded", setUp);
