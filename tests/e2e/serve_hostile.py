#!/usr/bin/env python3
"""The real `summakoll serve` on loopback under hostile traffic, each case
bounded in time: slow clients while health probes are answered within 1 s;
a request deadline that cuts a client trickling its headers; a fast 503
beyond the connection cap; a second server on the same port refused; log
lines with the path escaped and cut; a 413 before a too-large body is read;
/api/check-range's peak at most 10x its body, memory given back, a 413
beyond its cell cap.
Usage: serve_hostile.py SUMMAKOLL"""
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

BIN = sys.argv[1]
failures = []


def expect(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    if not ok:
        failures.append(what)


class Server:
    def __init__(self, *args, port="0"):
        self.tmp = tempfile.mkdtemp(prefix="serve-hostile-")
        self.proc = subprocess.Popen([BIN, "serve", "--port", port, *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=dict(os.environ, TMPDIR=self.tmp))
        line = self.proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            raise SystemExit(f"no URL from summakoll serve: {line!r} {self.proc.stderr.read()!r}")
        self.port = int(m.group(1))

    def connect(self, timeout=10):
        return socket.create_connection(("127.0.0.1", self.port), timeout=timeout)

    def get(self, path, timeout=10):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        conn.request("GET", path)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return r.status, data

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout=60)
        log = self.proc.stderr.read()
        subprocess.run(["rm", "-rf", self.tmp])
        return rc, log


def health_within(server, seconds):
    """The time a health probe takes; None when it failed or took longer than `seconds`."""
    start = time.monotonic()
    try:
        status, data = server.get("/api/health", timeout=seconds)
    except OSError:
        return None
    took = time.monotonic() - start
    return took if status == 200 and took <= seconds else None


def trickle(sock, stop, every):
    """Sends a request's headers a byte at a time, as a slow client does."""
    request = b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 10_000
    for byte in request:
        if stop.is_set():
            return
        try:
            sock.send(bytes([byte]))
        except OSError:
            return
        stop.wait(every)


def answer_of(sock, within):
    """All the server sends until it closes (or `within` seconds pass), and the seconds it took."""
    sock.settimeout(within)
    start = time.monotonic()
    answer = b""
    try:
        while chunk := sock.recv(4096):
            answer += chunk
    except OSError:
        pass
    return answer, time.monotonic() - start


def closed_by_server(sock, within):
    """True when the server ends the connection within `within` seconds."""
    sock.settimeout(within)
    try:
        while sock.recv(4096):
            pass
        return True
    except socket.timeout:
        return False
    except OSError:
        return True


# 1. Slow clients: eight (the old worker count) and more trickling headers;
# health probes are still answered within 1 s each.
server = Server("--request-timeout", "6", "--max-connections", "40", "--max-connections-per-client", "30")
stop = threading.Event()
slow = [server.connect() for _ in range(20)]
threads = [threading.Thread(target=trickle, args=(s, stop, 0.5), daemon=True) for s in slow]
for t in threads:
    t.start()
time.sleep(1)
probes = [health_within(server, 1.0) for _ in range(6)]
expect("health probes answered within 1 s beside 20 slow clients", all(p is not None for p in probes), probes)
# 2. The deadline: a client still trickling its headers is cut at --request-timeout (6 s), not kept.
start = time.monotonic()
cut = closed_by_server(slow[0], 15)
expect("a trickling client is cut at the request deadline", cut and time.monotonic() - start < 12,
       f"cut={cut} after {time.monotonic() - start:.1f} s")
stop.set()
for s in slow:
    s.close()

# 3. The caps: with 30 connections open from this client, the next is answered 503 at once.
held = [server.connect() for _ in range(30)]
time.sleep(0.5)
extra = server.connect()
extra.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
answer, took = answer_of(extra, 5)
expect("beyond the per-client cap: 503 at once", answer.startswith(b"HTTP/1.1 503") and took < 2,
       f"{answer[:80]!r} after {took:.2f} s")
body = answer.split(b"\r\n\r\n", 1)[-1]
expect("the 503 carries the JSON error", b'"code":"busy"' in body, body[:200])
for s in held:
    s.close()
extra.close()
time.sleep(0.5)
expect("after they close, requests are served again", health_within(server, 2.0) is not None)

# 4. Log lines: the decoded path escaped (no forged line, no terminal escape) and cut.
status, _ = server.get("/x%0aGET%20/forged%20200%1b[31m")
server.get("/" + "a" * 5000)
rc, log = server.stop()
expect("the server stops with 0", rc == 0, rc)
lines = log.splitlines()
expect("no forged log line", not any(line.startswith("GET /forged") for line in lines), lines[-5:])
expect("no escape character in the log", "\x1b" not in log)
expect("the newline and escape are shown as %0A and %1B",
       any("/x%0AGET%20/forged%20200%1B[31m" in line for line in lines), lines[-5:])
long_lines = [line for line in lines if "aaaa" in line]
expect("a long path is cut", long_lines and all(len(line) < 300 for line in long_lines), [len(x) for x in long_lines])

# 5. A second server on the same port is refused with a clear line.
first = Server()
second = subprocess.run([BIN, "serve", "--port", str(first.port)], capture_output=True, text=True, timeout=30)
expect("a second server on the same port exits 2", second.returncode == 2, second.returncode)
expect("and says the port is in use", "används redan" in second.stderr and str(first.port) in second.stderr,
       second.stderr)
expect("the first still answers", health_within(first, 2.0) is not None)
first.stop()

# 6. A body declared larger than --max-upload-mb gets 413 before it is sent.
server = Server("--max-upload-mb", "1")
sock = server.connect()
sock.sendall(b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
             b"Content-Length: 4000000000\r\n\r\n" + b"x" * 65536)
answer, took = answer_of(sock, 5)
expect("a declared 4 GB body: 413 at once", answer.startswith(b"HTTP/1.1 413") and took < 3,
       f"{answer[:80]!r} after {took:.2f} s")
expect("and the connection is closed, the body never read", answer.count(b"HTTP/1.1") == 1, answer[:300])
sock.close()
# The same for a chunked body that passes the limit while streaming.
sock = server.connect()
sock.sendall(b"POST /api/check-range HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
             b"Transfer-Encoding: chunked\r\n\r\n")
sent = 0
try:
    chunk = b"x" * 65536
    while sent < 64 << 20:
        sock.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
        sent += len(chunk)
except OSError:
    pass
sock.settimeout(5)
try:
    answer = sock.recv(4096)
except OSError:
    answer = b""
expect("a chunked body over the limit: 413 and the rest refused", answer.startswith(b"HTTP/1.1 413") and sent < 32 << 20,
       f"{answer[:60]!r} after {sent >> 20} MB")
sock.close()
server.stop()

# 7. /api/check-range: the request is read as a stream into cells, so its
# peak stays a small multiple of the body (a tree of the JSON had taken
# 38-100x), and memory is given back after each request (six 10 MB requests
# had left 5.2 GB). The body is what the add-in sends: values, formulas and
# number formats of 150 000 rows x 10 columns (about 25 MB).
def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def check_range(server, body):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=300)
    conn.request("POST", "/api/check-range", body=body, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, data


server = Server()
values = [[1000 + (r * 7 + c) % 900 for c in range(10)] for r in range(150_000)]
body = json.dumps({"sheet": "Blad1", "address": "A1", "values": values, "formulas": values,
                   "numberFormat": [["#,##0"] * 10] * len(values)}, separators=(",", ":")).encode()
del values
for i in range(6):
    status, _ = check_range(server, body)
    expect(f"check-range of {len(body) >> 20} MB ({i + 1}): 200", status == 200, status)
rss, peak = status_kb(server.proc.pid, "VmRSS"), status_kb(server.proc.pid, "VmHWM")
ratio = peak * 1024 / len(body)
print(f"     after six: RSS {rss >> 10} MB, peak {peak >> 10} MB for a body of {len(body) >> 20} MB ({ratio:.1f}x)")
# An ASan build keeps freed memory in its quarantine and its own shadow: its figures say nothing of the release build.
if "ASAN_OPTIONS" in os.environ:
    print("     (ASan build: memory is not measured)")
else:
    expect("the peak is at most 10x the body", ratio <= 10, f"{ratio:.1f}x")
    expect("memory is given back after the requests (RSS under 200 MB)", rss < 200 << 10, f"{rss >> 10} MB")
# More cells than a request may hold: 413 with its own code, as soon as the cap is passed.
status, data = check_range(server, b'{"values":[' + b"[1,1,1,1,1,1,1,1,1,1]," * 400_000 + b"[1]]}")
expect("more than 4 000 000 cells: 413 too-many-cells", status == 413 and b'"too-many-cells"' in data, (status, data[:200]))
server.stop()

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
