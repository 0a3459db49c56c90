// Debian's Chromium driven by playwright-core, with exactly the flags the
// browser tests allow and a fresh profile that close() removes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function launchChromium() {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "summakoll-chromium-"));
  // ignoreDefaultArgs: Chromium gets exactly our flags, the fresh profile, and
  // the pipe Playwright talks over; nothing else.
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    ignoreDefaultArgs: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`, "--remote-debugging-pipe"],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Script errors and console errors of a page, collected from now on.
export function collectPageErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return errors;
}
