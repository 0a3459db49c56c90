#!/usr/bin/env python3
"""The add-in's manifest, offline: well-formed, the elements Office requires in
the schema's order, every resid defined, every URL on https://localhost:8750.
Then `summakoll serve --cert --key` with a certificate from
scripts/make-localhost-cert answers every one of those URLs over HTTPS (icons
are PNGs of the declared size), /manifest.xml is the file itself, and
--office-js serves a folder. Bad --cert/--key/--office-js: exit 2, one line.

Usage: check_manifest.py SUMMAKOLL SOURCE_DIR
"""
import http.client
import os
import re
import ssl
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BIN, SOURCE = sys.argv[1], sys.argv[2]
MANIFEST = os.path.join(SOURCE, "addin", "manifest.xml")
NS = {"o": "http://schemas.microsoft.com/office/appforoffice/1.1",
      "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "ov": "http://schemas.microsoft.com/office/taskpaneappversionoverrides"}
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
ORIGIN = "https://localhost:8750"
# OfficeApp's children in the order of the schema (those before VersionOverrides that a task pane uses).
ORDER = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
         "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
         "VersionOverrides"]
REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "Hosts", "Requirements",
            "DefaultSettings", "Permissions"]
failures = []
checks = 0


def expect(what, ok, detail=""):
    global checks
    checks += 1
    if not ok:
        failures.append(f"{what}: {detail}")


def local(tag):
    return tag.split("}", 1)[-1]


# --- the file itself --------------------------------------------------------
try:
    root = ET.parse(MANIFEST).getroot()
except ET.ParseError as e:
    print(f"manifest.xml is not well-formed: {e}")
    sys.exit(1)

expect("root is OfficeApp of the 1.1 schema", root.tag == f"{{{NS['o']}}}OfficeApp", root.tag)
expect("a task pane add-in", root.get(XSI_TYPE) == "TaskPaneApp", root.get(XSI_TYPE))
children = [local(c.tag) for c in root]
for name in REQUIRED:
    expect(f"<{name}> present once", children.count(name) == 1, children)
known = [c for c in children if c in ORDER]
expect("elements in the schema's order", known == sorted(known, key=ORDER.index) and known == children, children)


def one(path):
    return root.find(path, NS)


expect("Id is a GUID", re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", one("o:Id").text or "") is not None, one("o:Id").text)
expect("Version is n.n.n.n", re.fullmatch(r"\d+(\.\d+){3}", one("o:Version").text or "") is not None, one("o:Version").text)
expect("ProviderName", bool((one("o:ProviderName").text or "").strip()))
expect("DefaultLocale sv-SE", one("o:DefaultLocale").text == "sv-SE", one("o:DefaultLocale").text)
for name, limit in (("DisplayName", 125), ("Description", 250)):
    el = one(f"o:{name}")
    values = [el.get("DefaultValue", "")] + [o.get("Value", "") for o in el.findall("o:Override", NS)]
    expect(f"{name}: a value, at most {limit} characters", all(0 < len(v) <= limit for v in values), values)
    expect(f"{name}: an English override", any(o.get("Locale") == "en-US" for o in el.findall("o:Override", NS)))
hosts = [h.get("Name") for h in root.findall("o:Hosts/o:Host", NS)]
expect("host: Excel workbooks only", hosts == ["Workbook"], hosts)
sets = {s.get("Name"): s.get("MinVersion") for s in root.findall("o:Requirements/o:Sets/o:Set", NS)}
expect("requires ExcelApi 1.7 (getRangeByIndexes)", sets.get("ExcelApi") == "1.7", sets)
expect("the task pane's SourceLocation", one("o:DefaultSettings/o:SourceLocation").get("DefaultValue") == ORIGIN + "/taskpane/")
expect("ReadWriteDocument: the pane writes fixes", one("o:Permissions").text == "ReadWriteDocument", one("o:Permissions").text)

# resids: every reference defined once, every definition used.
defined = {}
for el in root.iter():
    if local(el.tag) in ("Image", "Url", "String") and el.get("id"):
        expect(f"resource id {el.get('id')} defined once", el.get("id") not in defined)
        defined[el.get("id")] = el
used = {el.get("resid") for el in root.iter() if el.get("resid")}
expect("every resid is defined", used <= set(defined), sorted(used - set(defined)))
expect("every resource is used", set(defined) <= used, sorted(set(defined) - used))
for el in root.findall(".//bt:ShortStrings/bt:String", NS):
    expect(f"short string {el.get('id')} ≤ 125", len(el.get("DefaultValue", "")) <= 125)
for el in root.findall(".//bt:LongStrings/bt:String", NS):
    expect(f"long string {el.get('id')} ≤ 250", len(el.get("DefaultValue", "")) <= 250)

# Every URL, wherever it is: on https://localhost:8750.
urls = []
for el in root.iter():
    for attr in ("DefaultValue", "Value"):
        v = el.get(attr, "")
        if "://" in v:
            urls.append((el, v))
    if el.text and "://" in el.text:
        urls.append((el, el.text.strip()))
expect("URLs found", len(urls) >= 8, len(urls))
for el, url in urls:
    ok = url == ORIGIN if local(el.tag) == "AppDomain" else url.startswith(ORIGIN + "/")
    expect(f"URL on {ORIGIN}", ok, url)

# Icons: the size each place asks for.
icon_sizes = {ORIGIN + "/assets/icon-32.png": 32, ORIGIN + "/assets/icon-64.png": 64}
expect("IconUrl 32 px", one("o:IconUrl").get("DefaultValue") in icon_sizes)
for img in root.iter(f"{{{NS['bt']}}}Image"):
    if img.get("resid"):
        icon_sizes[defined[img.get("resid")].get("DefaultValue")] = int(img.get("size"))


# --- served over HTTPS --------------------------------------------------------
def start(*args):
    proc = subprocess.Popen([BIN, "serve", "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    m = re.search(r"(https?)://127\.0\.0\.1:(\d+)/", line)
    if not m:
        proc.kill()
        raise SystemExit(f"summakoll serve did not start: {line!r} {proc.stderr.read()}")
    return proc, m.group(1), int(m.group(2))


def get(ctx, host, port, path):
    conn = http.client.HTTPSConnection(host, port, context=ctx, timeout=30)
    conn.request("GET", path)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, r.getheader("Content-Type", ""), data


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", data[16:24])


def one_line_exit_2(what, *args):
    p = subprocess.run([BIN, "serve", "--port", "0", *args], capture_output=True, text=True, timeout=30)
    lines = p.stderr.strip().splitlines()
    expect(f"{what}: exit 2 with one line", p.returncode == 2 and len(lines) == 1, (p.returncode, p.stderr))
    return lines[0] if lines else ""


with tempfile.TemporaryDirectory() as tmp:
    made = subprocess.run([os.path.join(SOURCE, "scripts", "make-localhost-cert"), tmp], capture_output=True, text=True)
    expect("make-localhost-cert", made.returncode == 0, made.stderr)
    cert, key = os.path.join(tmp, "localhost.crt"), os.path.join(tmp, "localhost.key")
    expect("the key is private", os.stat(key).st_mode & 0o077 == 0, oct(os.stat(key).st_mode))
    office_js = os.path.join(tmp, "office-js")
    os.mkdir(office_js)
    with open(os.path.join(office_js, "office.js"), "w") as f:
        f.write("/* stands in for Office.js in this test */\n")

    proc, scheme, port = start("--cert", cert, "--key", key, "--office-js", office_js)
    try:
        expect("the URL line says https", scheme == "https", scheme)
        ctx = ssl.create_default_context(cafile=cert)  # verifies the chain and the name (SAN)
        for host in ("localhost", "127.0.0.1"):
            status, _, _ = get(ctx, host, port, "/api/health")
            expect(f"HTTPS with a verified certificate for {host}", status == 200, status)
        for url in sorted({u for _, u in urls if u != ORIGIN}):
            path = url[len(ORIGIN):]
            status, ctype, data = get(ctx, "localhost", port, path)
            expect(f"{url} is served", status == 200, status)
            if url in icon_sizes:
                size = icon_sizes[url]
                expect(f"{url}: a {size}×{size} PNG", ctype == "image/png" and png_size(data) == (size, size), (ctype, png_size(data)))
            elif path.endswith("/"):
                expect(f"{url}: a page", ctype.startswith("text/html") and b"<html" in data, ctype)
        status, ctype, data = get(ctx, "localhost", port, "/manifest.xml")
        with open(MANIFEST, "rb") as f:
            expect("/manifest.xml is the manifest", status == 200 and data == f.read() and ctype.startswith("application/xml"), (status, ctype))
        status, _, data = get(ctx, "localhost", port, "/taskpane/")
        expect("the task pane loads Office.js from /office-js/", b'src="../office-js/office.js"' in data)
        status, _, data = get(ctx, "localhost", port, "/office-js/office.js")
        expect("--office-js: the folder's office.js", status == 200 and data.startswith(b"/* stands in"), status)
        status, _, _ = get(ctx, "localhost", port, "/office-js/../localhost.key")
        expect("--office-js: nothing outside the folder", status == 404, status)
        plain = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            plain.request("GET", "/api/health")
            plain_status = plain.getresponse().status
        except (http.client.HTTPException, OSError):
            plain_status = None
        expect("plain HTTP is not answered on the HTTPS port", plain_status != 200, plain_status)
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    proc, scheme, port = start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/office-js/office.js")
        expect("without --office-js: 404", conn.getresponse().status == 404)
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    line = one_line_exit_2("a missing certificate", "--cert", os.path.join(tmp, "nope.crt"), "--key", key)
    expect("the line names the certificate, in Swedish", "nope.crt" in line and "certifikatet" in line, line)
    one_line_exit_2("a key that does not match", "--cert", cert, "--key", cert)
    line = one_line_exit_2("--office-js not a folder", "--office-js", os.path.join(tmp, "nope"))
    expect("the line names --office-js", "--office-js" in line, line)
    p = subprocess.run([BIN, "serve", "--port", "0", "--cert", cert], capture_output=True, text=True, timeout=30)
    expect("--cert without --key: a usage error", p.returncode == 2, (p.returncode, p.stderr))

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"manifest and HTTPS: {checks} checks passed")
