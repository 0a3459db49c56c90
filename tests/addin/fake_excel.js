// Excel as the task pane sees it through Office.js, for the tests: a workbook
// of cells (tests/addin/workbook_cells.py) behind office-addin-mock's
// OfficeMockObject, which gives load()/sync() their Office.js meaning (a
// property read before load and sync is an error string, not a value). What
// the mock leaves out is modelled here: commands queued until context.sync(),
// Range arrays, writes, notes and comments, selection, SUM recalculation, and
// Excel on the web's 5 MB payload cap.
//
// A classic script, not a module, so the browser test can put it behind
// /office-js/office.js; node imports it for its side effect.
// makeFakeOffice(OfficeMockObject, cells, {apiVersion, payloadCap}) →
//   {Office, Excel, state}; `state` is what the tests look at.
(function () {
  "use strict";

  const NOT_LOADED = "Error, property was not loaded";

  function colName(col) {
    let s = "";
    for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  }

  function parseCell(a1) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1);
    if (!m) throw new Error(`fake Excel: not a cell address: ${a1}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  }

  // "'Blad 1'!C21" → {sheet: "Blad 1", cell: "C21"}
  function splitAddress(address) {
    const bang = address.lastIndexOf("!");
    if (bang < 0) return { sheet: null, cell: address };
    let sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    return { sheet, cell: address.slice(bang + 1) };
  }

  // "1.18" → 18: ExcelApi versions compare by their minor number (1.9 < 1.10).
  const minor = (version) => Number(String(version).split(".")[1]);

  function sheetPrefix(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }

  function makeFakeOffice(OfficeMockObject, book, { apiVersion = "1.18", payloadCap = 5 * 1024 * 1024 } = {}) {
    const utf8 = new TextEncoder();
    const state = {
      sheets: new Map(),        // name → {name, cells: Map("r,c" → cell)}
      active: book.active,
      selection: null,          // {sheet, cell}
      batches: [],              // one per context.sync(): {reads: [{rows, columns, bytes}], writes, suspended, failed}
      payloadCap,
    };
    for (const s of book.sheets) {
      const cells = new Map();
      for (const c of s.cells) {
        const { row, col } = parseCell(c.cell);
        cells.set(`${row},${col}`, { value: c.value, formula: c.formula || null, numberFormat: c.numberFormat || "General" });
      }
      state.sheets.set(s.name, { name: s.name, cells });
    }

    const cellOf = (sheet, row, col) => sheet.cells.get(`${row},${col}`);
    const cellAt = (sheetName, a1) => {
      const { row, col } = parseCell(a1);
      const sheet = state.sheets.get(sheetName);
      const key = `${row},${col}`;
      if (!sheet.cells.has(key)) sheet.cells.set(key, { value: "", formula: null, numberFormat: "General" });
      return sheet.cells.get(key);
    };
    const sheetByName = (name) => [...state.sheets.values()].find((s) => s.name.toLowerCase() === name.toLowerCase());

    // SUM over ranges of the same sheet, as Excel recalculates after a sync.
    function recalculate() {
      for (let pass = 0; pass < 10; ++pass) {
        let changed = false;
        for (const sheet of state.sheets.values())
          for (const [key, cell] of sheet.cells) {
            const m = cell.formula && /^=SUM\(([A-Z]+\d+(?::[A-Z]+\d+)?(?:,[A-Z]+\d+(?::[A-Z]+\d+)?)*)\)$/i.exec(cell.formula);
            if (!m) continue;
            let sum = 0;
            for (const part of m[1].split(",")) {
              const [a, b = a] = part.split(":").map(parseCell);
              for (let r = a.row; r <= b.row; ++r)
                for (let c = a.col; c <= b.col; ++c) {
                  const v = cellOf(sheet, r, c);
                  if (v && typeof v.value === "number" && `${r},${c}` !== key) sum += v.value;
                }
            }
            if (cell.value !== sum) {
              cell.value = sum;
              changed = true;
            }
          }
        if (!changed) return;
      }
    }

    // One Excel.run: the objects it made, and the commands queued since the last sync.
    function makeContext() {
      const objects = [];   // {mock, kind, ...}
      let queue = [];
      let suspended = false;

      function track(mock, kind, extra = {}) {
        const entry = { mock, kind, loads: new Set(), ...extra };
        const load = OfficeMockObject.prototype.load;
        mock.setValue("load", function (what) {
          for (const p of typeof what === "string" ? what.split(",") : what) entry.loads.add(p.trim());
          return load.call(this, what);
        });
        objects.push(entry);
        return mock;
      }

      // A rectangle of a sheet as a Range: address, arrays, format, select().
      function range(sheetName, row, col, rows, columns) {
        const sheet = state.sheets.get(sheetName);
        const grid = (f) => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(cellOf(sheet, row + r, col + c))));
        const initial = {
          values: grid((x) => (x ? x.value : "")),
          formulas: grid((x) => (x ? x.formula || x.value : "")),
          numberFormat: grid((x) => (x ? x.numberFormat : "General")),
        };
        const end = `${colName(col + columns - 1)}${row + rows}`;
        const a1 = `${colName(col)}${row + 1}`;
        const mock = new OfficeMockObject({
          address: `${sheetPrefix(sheetName)}!${a1}${rows * columns > 1 ? ":" + end : ""}`,
          rowIndex: row, columnIndex: col, rowCount: rows, columnCount: columns,
          ...initial,
          format: { fill: {} },
          select() {
            queue.push(() => { state.selection = { sheet: sheetName, cell: a1 }; });
          },
        });
        return track(mock, "range", { sheetName, row, col, rows, columns, initial });
      }

      function worksheet(name) {
        const sheet = state.sheets.get(name);
        const mock = new OfficeMockObject({
          name,
          getUsedRangeOrNullObject() {
            let top = Infinity, left = Infinity, bottom = -1, right = -1;
            for (const [key, cell] of sheet.cells) {
              if (cell.value === "" && !cell.formula) continue;
              const [r, c] = key.split(",").map(Number);
              top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
            }
            if (bottom < 0) {
              const empty = track(new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }), "range");
              empty.isNullObject = true;
              return empty;
            }
            const used = range(name, top, left, bottom - top + 1, right - left + 1);
            used.isNullObject = false;
            return used;
          },
          getRangeByIndexes(row, col, rows, columns) {
            return range(name, row, col, rows, columns);
          },
          getRange(a1) {
            const [from, to = from] = a1.split(":").map(parseCell);
            return range(name, from.row, from.col, to.row - from.row + 1, to.col - from.col + 1);
          },
          activate() {
            queue.push(() => { state.active = name; });
          },
        });
        mock.isNullObject = false;
        return track(mock, "worksheet");
      }

      function note(address) {
        const { sheet, cell } = splitAddress(address);
        const target = cellAt(sheetByName(sheet).name, cell);
        const mock = track(new OfficeMockObject({ content: target.note ?? "" }), "note", { target });
        mock.isNullObject = target.note === undefined;
        return mock;
      }

      const context = new OfficeMockObject({
        workbook: {
          worksheets: {
            getActiveWorksheet: () => worksheet(state.active),
            getItem(name) {
              const sheet = sheetByName(name);
              if (!sheet) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
              return worksheet(sheet.name);
            },
            getItemOrNullObject(name) {
              const sheet = sheetByName(name);
              if (sheet) return worksheet(sheet.name);
              const missing = track(new OfficeMockObject({ name: "" }), "worksheet");
              missing.isNullObject = true;
              return missing;
            },
          },
          notes: {
            add(address, content) {
              if (minor(apiVersion) < 18) throw new Error("fake Excel: notes need ExcelApi 1.18");
              queue.push(() => {
                const { sheet, cell } = splitAddress(address);
                const target = cellAt(sheetByName(sheet).name, cell);
                if (target.note !== undefined) throw Object.assign(new Error("the cell has a note"), { code: "InvalidArgument" });
                target.note = content;
              });
            },
            getItemOrNullObject: note,
          },
          comments: {
            add(address, content) {
              queue.push(() => {
                const { sheet, cell } = splitAddress(address);
                const target = cellAt(sheetByName(sheet).name, cell);
                if (target.comment !== undefined) throw Object.assign(new Error("the cell has a comment"), { code: "InvalidArgument" });
                target.comment = content;
              });
            },
          },
        },
        application: {
          suspendApiCalculationUntilNextSync() {
            suspended = true;
          },
        },
      });

      // Writes are property assignments on the proxies: an array that is not
      // the one the range was made with, a fill colour, a note's new content.
      function applyWrites() {
        let writes = 0;
        for (const o of objects) {
          if (o.kind === "range") {
            for (let r = 0; r < o.rows; ++r)
              for (let c = 0; c < o.columns; ++c) {
                const cell = () => cellAt(o.sheetName, `${colName(o.col + c)}${o.row + r + 1}`);
                for (const p of ["values", "formulas", "numberFormat"]) {
                  const v = o.mock[p];
                  if (!Array.isArray(v) || v === o.initial[p]) continue;
                  const x = v[r][c];
                  if (p === "numberFormat") cell().numberFormat = x;
                  else if (typeof x === "string" && x.startsWith("=")) cell().formula = x;
                  else Object.assign(cell(), { value: x, formula: null });
                  ++writes;
                }
                if (o.mock.format.fill.color !== undefined) cell().fill = o.mock.format.fill.color;
              }
            for (const p of ["values", "formulas", "numberFormat"]) if (Array.isArray(o.mock[p])) o.initial[p] = o.mock[p];
          } else if (o.kind === "note" && !o.mock.isNullObject && typeof o.mock.content === "string" && o.mock.content !== NOT_LOADED &&
                     o.mock.content !== o.target.note) {
            o.target.note = o.mock.content;
          }
        }
        return writes;
      }

      // The bytes a sync would carry back: every array a pending load asked for.
      function payload() {
        let bytes = 0;
        const reads = [];
        for (const o of objects) {
          if (o.kind !== "range" || !o.loads.size) continue;
          const asked = ["values", "formulas", "numberFormat"].filter((p) => o.loads.has(p));
          const b = utf8.encode(JSON.stringify(asked.map((p) => o.initial[p]))).length;
          if (asked.length) reads.push({ rows: o.rows, columns: o.columns, bytes: b });
          bytes += b;
        }
        return { bytes, reads };
      }

      context.setValue("sync", async function () {
        const batch = { reads: [], writes: 0, suspended, failed: null };
        state.batches.push(batch);
        const { bytes, reads } = payload();
        const pending = queue;
        queue = [];
        suspended = false;
        if (bytes > state.payloadCap) {
          batch.failed = "ResponsePayloadSizeLimitExceeded";
          for (const o of objects) o.loads.clear();
          throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
        }
        batch.reads = reads;
        batch.writes = applyWrites();
        try {
          for (const command of pending) command();
        } finally {
          recalculate();
        }
        for (const o of objects) {
          await o.mock.sync();
          o.loads.clear();
        }
        await new Promise((resolve) => setTimeout(resolve, 0));  // the mock finishes nested syncs in later microtasks
      });
      return context;
    }

    const Excel = new OfficeMockObject({
      run: async (batch) => batch(makeContext()),
    });
    const Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name, version) => name === "ExcelApi" && minor(version) <= minor(apiVersion),
        },
      },
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    });
    return { Office, Excel, state };
  }

  globalThis.SummakollFakeExcel = { makeFakeOffice, parseCell, colName };
})();
