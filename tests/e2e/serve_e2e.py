#!/usr/bin/env python3
"""End-to-end: the real `summakoll serve` on a free loopback port, every endpoint
with real uploads, the limits, the private temp dir, and a bounded load test.
Usage: serve_e2e.py SUMMAKOLL SAMPLES_DIR HOSTILE_DIR"""
import concurrent.futures
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

BIN, SAMPLES, HOSTILE = sys.argv[1:4]
SUMMARY_SAMPLE = os.path.join(SAMPLES, "2026-jamtland-beslutsunderlag.xlsx")
LARGEST = os.path.join(SAMPLES, "2024-kommuner.xlsx")
DOCX = os.path.join(SAMPLES, "docx", "2024-jamtland-beslutsunderlag.docx")
failures = []


def expect(what, ok, detail=""):
    if not ok:
        failures.append(f"{what}: {detail}")


def multipart(filename, data, field="file", more=()):
    """One file part, then the (field, filename, data) parts of `more`."""
    boundary = uuid.uuid4().hex
    body = b""
    for f, name, content in [(field, filename, data), *more]:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{f}\"; filename=\"{name}\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n").encode() + content + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


class Server:
    def __init__(self, *args):
        self.tmp = tempfile.mkdtemp(prefix="serve-e2e-")
        env = dict(os.environ, TMPDIR=self.tmp)
        self.proc = subprocess.Popen([BIN, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env)
        line = self.proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            raise SystemExit(f"no URL from summakoll serve: {line!r} {self.proc.stderr.read()!r}")
        self.port = int(m.group(1))
        dirs = os.listdir(self.tmp)
        expect("one private upload dir", len(dirs) == 1 and dirs[0].startswith("summakoll-serve-"), dirs)
        self.uploads = os.path.join(self.tmp, dirs[0])
        expect("upload dir is 0700", os.stat(self.uploads).st_mode & 0o777 == 0o700, oct(os.stat(self.uploads).st_mode))

    def request(self, method, path, body=None, headers=None, chunked=False):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return r.status, dict(r.getheaders()), data

    def upload(self, path, filename, data):
        body, ctype = multipart(filename, data)
        return self.request("POST", path, body, {"Content-Type": ctype})

    def uploads_empty(self, what):
        left = os.listdir(self.uploads)
        expect(f"temp dir empty after {what}", left == [], left)

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout=30)
        expect("SIGTERM ends the server with 0", rc == 0, rc)
        expect("upload dir removed on exit", os.listdir(self.tmp) == [], os.listdir(self.tmp))
        log = self.proc.stderr.read()
        os.rmdir(self.tmp)
        return log


def error_of(status, headers, data, want_status, want_code, what):
    expect(f"{what}: status", status == want_status, f"{status} {data[:200]!r}")
    expect(f"{what}: JSON", headers.get("Content-Type", "").startswith("application/json"), headers)
    try:
        err = json.loads(data)["error"]
        expect(f"{what}: code", err["code"] == want_code, err)
        expect(f"{what}: message", isinstance(err["message"], str) and err["message"], err)
        return err["message"]
    except (ValueError, KeyError) as e:
        failures.append(f"{what}: not the error shape: {e} {data[:200]!r}")
        return ""


def cli_findings(path):
    p = subprocess.run([BIN, "check", "--format", "json", path], capture_output=True, text=True)
    return [(f["code"], f.get("sheet", f.get("table")), f["cell"]) for f in json.loads(p.stdout)["files"][0]["findings"]]


def read(path):
    with open(path, "rb") as f:
        return f.read()


server = Server("--max-upload-mb", "1")
try:
    status, headers, data = server.request("GET", "/api/health")
    expect("health", status == 200 and json.loads(data)["status"] == "ok", data)

    status, headers, _ = server.request("GET", "/")
    expect("/ redirects to the drop page", status == 302 and headers.get("Location") == "/drop/", (status, headers))
    status, headers, data = server.request("GET", "/drop/")
    expect("drop page", status == 200 and b'<input type="file"' in data and headers["Content-Type"].startswith("text/html"), status)
    expect("drop page CSP", "default-src 'self'" in headers.get("Content-Security-Policy", ""), headers)
    for asset in ("/drop/drop.js", "/drop/drop.css"):
        status, _, data = server.request("GET", asset)
        expect(asset, status == 200 and data == read(os.path.join(os.path.dirname(SAMPLES), "addin") + asset), status)
    error_of(*server.request("GET", "/api/nothing"), 404, "not-found", "unknown path")

    # /api/check: every sample gives the findings `summakoll check` gives, with a preview each.
    samples = sorted(os.path.join(SAMPLES, n) for n in os.listdir(SAMPLES) if n.endswith(".xlsx")) + [DOCX]
    for path in samples:
        name = os.path.basename(path)
        status, headers, data = server.upload("/api/check", name, read(path))
        expect(f"check {name}: 200", status == 200, f"{status} {data[:200]!r}")
        if status == 200:
            f = json.loads(data)["files"][0]
            expect(f"check {name}: path", f["path"] == name, f["path"])
            got = [(x["code"], x.get("sheet", x.get("table")), x["cell"]) for x in f["findings"]]
            expect(f"check {name}: findings as the CLI", got == cli_findings(path), got)
            expect(f"check {name}: previews", all(len(x["preview"]["rows"]) == 5 for x in f["findings"]), name)
        server.uploads_empty(f"check {name}")

    status, _, data = server.upload("/api/check?lang=en", "beslut.xlsx", read(SUMMARY_SAMPLE))
    c21 = [x for x in json.loads(data)["files"][0]["findings"] if x["cell"] == "C21" and x["sheet"] == "Sammanfattande fördelning"]
    expect("the known error at 'Sammanfattande fördelning'!C21", len(c21) == 1 and c21[0]["expected"] == 481600, c21)

    # /api/fix: the corrected workbook checks without errors.
    status, headers, data = server.upload("/api/fix", "2026-jamtland-beslutsunderlag.xlsx", read(SUMMARY_SAMPLE))
    expect("fix: 200", status == 200, f"{status} {data[:200]!r}")
    expect("fix: download name", "filename*=UTF-8''2026-jamtland-beslutsunderlag.kontrollerad.xlsx" in headers.get("Content-Disposition", ""), headers)
    expect("fix: cells changed", int(headers.get("X-Summakoll-Changed", "0")) > 0, headers)
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "fixed.xlsx")
        with open(out, "wb") as f:
            f.write(data)
        p = subprocess.run([BIN, "check", "--format", "json", out], capture_output=True, text=True)
        original = subprocess.run([BIN, "check", "--format", "json", SUMMARY_SAMPLE], capture_output=True, text=True)
        # Errors fix cannot prove (statistics, composite cells "5975/453") stay for a person, at
        # the cells that had them; no other error may be left or made.
        had = {(f["sheet"], f["cell"]) for f in json.loads(original.stdout)["files"][0]["findings"] if f["severity"] == "error"}
        findings = json.loads(p.stdout)["files"][0]["findings"]
        errors = [f for f in findings if f["severity"] == "error" and (f["sheet"], f["cell"]) not in had]
        expect("fix: the corrected workbook has no errors but those left for a person", p.returncode in (0, 1) and not errors, errors[:3])
        fixed = [f for f in findings if f["sheet"] == "Sammanfattande fördelning" and f["cell"] == "C21" and f["severity"] == "error"]
        expect("fix: the proven error at C21 is corrected", not fixed, fixed)
    server.uploads_empty("fix")
    msg = error_of(*server.upload("/api/fix", "beslut.docx", read(DOCX)), 415, "not-correctable", "fix of a Word file")
    expect("fix of a Word file: Swedish", "bara Excel-arbetsböcker" in msg, msg)
    server.uploads_empty("fix of a Word file")

    # /api/compare: two files in one request, the JSON of `compare --format json`;
    # ?format=xlsx: the comparison workbook of `compare -o`.
    actors = [os.path.join(SAMPLES, "compare", f"aktorer-{y}.xlsx") for y in (2025, 2026)]
    body, ctype = multipart("aktorer-2025.xlsx", read(actors[0]), "a", [("b", "aktorer-2026.xlsx", read(actors[1]))])
    status, _, data = server.request("POST", "/api/compare", body, {"Content-Type": ctype})
    cli = subprocess.run([BIN, "compare", "--format", "json", *actors], capture_output=True, text=True)
    want = json.loads(cli.stdout)["comparison"]
    want["a"], want["b"] = "aktorer-2025.xlsx", "aktorer-2026.xlsx"
    expect("compare: the CLI's comparison", status == 200 and json.loads(data)["comparison"] == want, data[:300])
    server.uploads_empty("compare")
    status, headers, data = server.request("POST", "/api/compare?format=xlsx", body, {"Content-Type": ctype})
    expect("compare as a workbook: 200", status == 200 and data.startswith(b"PK"), f"{status} {data[:200]!r}")
    expect("compare as a workbook: its name", "filename*=UTF-8''aktorer-2025.j%C3%A4mf%C3%B6relse.xlsx" in headers.get("Content-Disposition", ""), headers)
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "jamforelse.xlsx")
        with open(out, "wb") as f:
            f.write(data)
        dump = json.loads(subprocess.run([BIN, "dump", "--format", "json", out], capture_output=True, text=True).stdout)
        expect("compare as a workbook: the summary sheet first", [x["name"] for x in dump["sheets"]][:1] == ["Sammanfattning"], dump["sheets"][:1])
    server.uploads_empty("compare as a workbook")
    error_of(*server.upload("/api/compare", "aktorer-2025.xlsx", read(actors[0])), 400, "no-file", "compare with one file")

    # /api/check-range: Office.js arrays, a wrong total, the fix the add-in writes.
    rng = {"sheet": "Blad1", "address": "Blad1!A1:B4",
           "values": [["Post", "Belopp"], ["Lön", 381600], ["Resor", 100000], ["Totalt:", 481000]],
           "formulas": [["Post", "Belopp"], ["Lön", 381600], ["Resor", 100000], ["Totalt:", 481000]],
           "numberFormat": [["General"] * 2] + [["General", '#,##0 "kr"']] * 3}
    status, _, data = server.request("POST", "/api/check-range", json.dumps(rng).encode(), {"Content-Type": "application/json"})
    expect("check-range: 200", status == 200, data[:300])
    if status == 200:
        found = [(x["code"], x["cell"], x["fix"] and x["fix"]["formula"]) for x in json.loads(data)["findings"]]
        expect("check-range: the wrong total with its fix", ("total-mismatch", "B4", "=SUM(B2:B3)") in found, found)
    error_of(*server.request("POST", "/api/check-range", b"{nope", {"Content-Type": "application/json"}), 400, "bad-json", "check-range bad JSON")

    # Hostile files and bad requests: a clean JSON error each, nothing left behind.
    for name in ("zip_bomb.xlsx", "entity_bomb.xlsx", "truncated.xlsx", "dotdot_entry.xlsx", "not_a_zip.xlsx", "encrypted.xlsx"):
        msg = error_of(*server.upload("/api/check", name, read(os.path.join(HOSTILE, name))), 422, "unreadable-file", f"hostile {name}")
        expect(f"hostile {name}: no temp path in the message", server.uploads not in msg and msg.startswith(name), msg)
        server.uploads_empty(f"hostile {name}")
    body, ctype = multipart("x.xlsx", b"data", field="other")
    body = body.replace(b'; filename="x.xlsx"', b"")
    error_of(*server.request("POST", "/api/check", body, {"Content-Type": ctype}), 400, "no-file", "no file field")
    error_of(*server.request("POST", "/api/check", b"raw", {"Content-Type": "application/octet-stream"}), 400, "no-file", "not multipart")
    big = os.urandom(2 << 20)
    error_of(*server.upload("/api/check", "big.xlsx", big), 413, "too-large", "upload over --max-upload-mb")
    server.uploads_empty("a too large upload")
    body, ctype = multipart("big.xlsx", big)
    error_of(*server.request("POST", "/api/check", iter([body[i:i + 65536] for i in range(0, len(body), 65536)]),
                             {"Content-Type": ctype}, chunked=True), 413, "too-large", "chunked upload over the cap")
    server.uploads_empty("a too large chunked upload")
    error_of(*server.request("POST", "/api/check-range", b"[" * (2 << 20), {"Content-Type": "application/json"}),
             413, "too-large", "check-range over the cap")

    # Only this computer's own page: another Host (DNS rebinding) or another site's Origin is refused.
    error_of(*server.request("GET", "/api/health", headers={"Host": "evil.example:80"}), 403, "forbidden", "foreign Host")
    body, ctype = multipart("a.xlsx", read(SUMMARY_SAMPLE))
    error_of(*server.request("POST", "/api/check", body, {"Content-Type": ctype, "Origin": "https://evil.example"}),
             403, "forbidden", "foreign Origin")
    server.uploads_empty("refused requests")

    # Load: 200 sequential and 200 more from 8 concurrent clients; memory steady.
    largest = read(LARGEST)
    for _ in range(10):
        server.upload("/api/check", "kommuner.xlsx", largest)
    rss_before = server.rss_kb()
    statuses = [server.upload("/api/check", "kommuner.xlsx", largest)[0] for _ in range(200)]
    expect("200 sequential uploads", statuses == [200] * 200, [s for s in statuses if s != 200][:5])
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda _: server.upload("/api/check", "kommuner.xlsx", largest)[0], range(200)))
    expect("200 uploads from 8 concurrent clients", statuses == [200] * 200, [s for s in statuses if s != 200][:5])
    rss_after = server.rss_kb()
    print(f"VmRSS before {rss_before} kB, after 400 uploads {rss_after} kB")
    # Under AddressSanitizer (scripts/test-sanitize) freed memory is held in a quarantine
    # by design; LeakSanitizer checks for leaks there instead, when the server exits.
    if "ASAN_OPTIONS" not in os.environ:
        expect("memory steady under load (growth below 32 MB)", rss_after - rss_before < 32 * 1024,
               (rss_before, rss_after))
    server.uploads_empty("the load test")
finally:
    log = server.stop()

expect("the log names no uploaded file", "kommuner" not in log and "jamtland" not in log, log[-300:])
expect("the log has a line per request", "POST /api/check 200" in log, log[-300:])

# Loopback only, unless asked for explicitly.
p = subprocess.run([BIN, "serve", "--host", "0.0.0.0"], capture_output=True, text=True, timeout=30)
expect("--host 0.0.0.0 refused without --allow-remote", p.returncode == 2 and "--allow-remote" in p.stderr, (p.returncode, p.stderr))

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("serve e2e: all endpoints, limits and the load test passed")
