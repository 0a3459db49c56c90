// A real `summakoll serve` for the browser and add-in tests, and the CLI's
// findings to compare pages against. No playwright here: the add-in's node
// tests import this without a browser.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";

// Starts `BIN serve --port 0 ...extraArgs`; resolves to {proc, url} once it listens.
export function startServer(bin, extraArgs = []) {
  const proc = spawn(bin, ["serve", "--port", "0", ...extraArgs], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout });
    lines.once("line", (line) => {
      const m = /https?:\/\/127\.0\.0\.1:\d+\//.exec(line);
      if (m) resolve({ proc, url: m[0] });
      else reject(new Error(`no URL from summakoll serve: ${line}`));
    });
    proc.once("exit", (code) => reject(new Error(`summakoll serve exited with ${code}`)));
  });
}

// `summakoll check --format json`: the findings of the file's first entry.
export function cliFindings(bin, file) {
  const p = spawnSync(bin, ["check", "--format", "json", file], { encoding: "utf8" });
  return JSON.parse(p.stdout).files[0].findings;
}
