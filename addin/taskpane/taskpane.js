// The task pane page: buttons, the findings list and the two languages. The
// work with Excel and the server is in sheet_check.js.
import { applyFixes, checkActiveSheet, selectCell } from "./sheet_check.js";

const TEXTS = {
  sv: {
    title: "Summakoll",
    intro: "Kontrollera summorna i det aktiva bladet. Bladet skickas bara till summakoll på den här datorn.",
    check: "Kontrollera bladet",
    fixAll: "Rätta alla",
    footer: "Rättade celler får gul fyllning och en anteckning med det gamla värdet.",
    switchTo: "English",
    reading: (done, total) => `Läser bladet … ${done} av ${total} rader`,
    checking: "Kontrollerar …",
    heading: (sheet) => `Resultat för bladet ${sheet}`,
    counts: (e, w, i) => `${e} fel, ${w} ${w === 1 ? "varning" : "varningar"}, ${i} ${i === 1 ? "notering" : "noteringar"}.`,
    none: "Inga avvikelser: alla summor i bladet stämmer.",
    severity: { error: "Fel", warning: "Varning", info: "Notering" },
    expected: "Förväntat", found: "Funnet",
    fix: "Rätta",
    fixLabel: (cell) => `Rätta ${cell}`,
    gotoLabel: (cell, message) => `Gå till ${cell}: ${message}`,
    fixed: (n) => `${n} ${n === 1 ? "cell rättad" : "celler rättade"}.`,
    keptIn: { note: "Det gamla värdet finns i en anteckning på cellen.",
      comment: "Anteckningar stöds inte i den här Excel-versionen: det gamla värdet finns i en kommentar på cellen.",
      none: "Den här Excel-versionen stöder varken anteckningar eller kommentarer: det gamla värdet kunde inte sparas på cellen." },
    unnoted: (cells) => `Det gamla värdet kunde inte sparas på ${cells}.`,
    changed: (cells) => `Ändrade sedan kontrollen och därför inte rättade: ${cells}. Kontrollera bladet igen.`,
    failed: "Något gick fel: ",
    network: "summakoll svarar inte. Körs summakoll serve fortfarande?",
    noOffice: "Office.js kunde inte laddas. Starta summakoll serve med --office-js (se README).",
    notExcel: "Sidan är ett tillägg för Excel: öppna den från Excel.",
  },
  en: {
    title: "Summakoll",
    intro: "Check the sums in the active sheet. The sheet is only sent to summakoll on this computer.",
    check: "Check the sheet",
    fixAll: "Fix all",
    footer: "Fixed cells get a yellow fill and a note with the old value.",
    switchTo: "Svenska",
    reading: (done, total) => `Reading the sheet … ${done} of ${total} rows`,
    checking: "Checking …",
    heading: (sheet) => `Results for the sheet ${sheet}`,
    counts: (e, w, i) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}, ${i} ${i === 1 ? "note" : "notes"}.`,
    none: "No problems: every sum in the sheet adds up.",
    severity: { error: "Error", warning: "Warning", info: "Note" },
    expected: "Expected", found: "Found",
    fix: "Fix",
    fixLabel: (cell) => `Fix ${cell}`,
    gotoLabel: (cell, message) => `Go to ${cell}: ${message}`,
    fixed: (n) => `${n} ${n === 1 ? "cell" : "cells"} fixed.`,
    keptIn: { note: "The old value is in a note on the cell.",
      comment: "Notes are not supported in this version of Excel: the old value is in a comment on the cell.",
      none: "This version of Excel supports neither notes nor comments: the old value could not be kept on the cell." },
    unnoted: (cells) => `The old value could not be kept on ${cells}.`,
    changed: (cells) => `Changed since the check and therefore not fixed: ${cells}. Check the sheet again.`,
    failed: "Something went wrong: ",
    network: "summakoll does not answer. Is summakoll serve still running?",
    noOffice: "Office.js could not be loaded. Start summakoll serve with --office-js (see README).",
    notExcel: "This page is an add-in for Excel: open it from Excel.",
  },
};

let lang = localStorage.getItem("summakoll-lang") === "en" ? "en" : "sv";
let lastCheck = null;
const $ = (id) => document.getElementById(id);
const t = () => TEXTS[lang];
const serverBase = new URL("/", location.href);

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t()[el.dataset.i18n];
  $("lang-switch").textContent = t().switchTo;
  $("lang-switch").lang = lang === "sv" ? "en" : "sv";
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function describeError(error) {
  return t().failed + (error instanceof TypeError ? t().network : error.message);
}

function span(className, text) {
  const s = document.createElement("span");
  s.className = className;
  s.textContent = text;
  return s;
}

function findingItem(finding) {
  const li = document.createElement("li");
  li.className = finding.severity;
  const go = document.createElement("button");
  go.type = "button";
  go.className = "goto";
  go.setAttribute("aria-label", t().gotoLabel(finding.cell, finding.message));
  go.append(span("severity", t().severity[finding.severity] || finding.severity), " ", span("cell", finding.cell), " ",
    span("title", finding.title || ""), " ", span("message", finding.message));
  if (finding.expected_text !== null || finding.actual_text !== null)
    go.append(span("amounts", `${t().expected} ${finding.expected_text ?? "–"} · ${t().found} ${finding.actual_text ?? "–"}`));
  go.addEventListener("click", () => run(() => selectCell(Excel, lastCheck.sheet, finding.cell)));
  li.append(go);
  if (finding.fix) {
    const fix = document.createElement("button");
    fix.type = "button";
    fix.className = "fix";
    fix.textContent = t().fix;
    fix.setAttribute("aria-label", t().fixLabel(finding.cell));
    fix.addEventListener("click", () => fixFindings([finding]));
    li.append(fix);
  }
  return li;
}

const RANK = { error: 0, warning: 1, info: 2 };

function render() {
  // Errors first, then warnings and notes, each in the checker's order (sort is stable).
  const findings = [...lastCheck.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const count = (s) => findings.filter((f) => f.severity === s).length;
  $("results-heading").textContent = t().heading(lastCheck.sheet);
  $("summary").textContent = findings.length ? t().counts(count("error"), count("warning"), count("info")) : t().none;
  $("fix-all").hidden = !findings.some((f) => f.fix);
  $("findings").replaceChildren(...findings.map(findingItem));
  $("results").hidden = false;
}

// Runs one piece of work with the buttons off; failures become the status line.
async function run(work) {
  const buttons = [$("check"), $("fix-all")];
  for (const b of buttons) b.disabled = true;
  try {
    return await work();
  } catch (error) {
    setStatus(describeError(error), true);
    return undefined;
  } finally {
    for (const b of buttons) b.disabled = false;
  }
}

async function check(keepStatus = false) {
  if (!keepStatus) setStatus(t().checking);
  const onProgress = (done, total) => { if (!keepStatus) setStatus(t().reading(done, total)); };
  const result = await checkActiveSheet(Excel, fetch, serverBase, lang, { onProgress });
  lastCheck = result;
  if (!keepStatus) setStatus("");
  render();
}

async function fixFindings(findings) {
  await run(async () => {
    const done = await applyFixes(Excel, Office, lastCheck, findings);
    const lines = [t().fixed(done.written.length)];
    if (done.written.length) lines.push(t().keptIn[done.noteKind]);
    if (done.noteKind === "comment" && done.unnoted.length) lines.push(t().unnoted(done.unnoted.join(", ")));
    if (done.changed.length) lines.push(t().changed(done.changed.join(", ")));
    setStatus(lines.join(" "));
    await check(true);
  });
}

$("lang-switch").addEventListener("click", () => {
  lang = lang === "sv" ? "en" : "sv";
  localStorage.setItem("summakoll-lang", lang);
  applyLanguage();
  if (lastCheck) run(() => check());
});
$("check").addEventListener("click", () => run(() => check()));
$("fix-all").addEventListener("click", () => fixFindings(lastCheck.findings));

applyLanguage();
if (typeof Office === "undefined") {
  setStatus(t().noOffice, true);
} else {
  Office.onReady().then((info) => {
    if (info.host === "Excel") $("check").disabled = false;
    else setStatus(t().notExcel, true);
  });
}
