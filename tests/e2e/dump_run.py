"""One run of `summakoll dump --format json` as the corpus tests make it,
with the contract every file must keep: no hang, exit 0 or 2, and on exit 2
exactly one line that names the file."""
import json
import subprocess


def run_dump(binary, path, rel, failures):
    """("read", dump dict), ("refused", the one-line message) or ("failed", None);
    a broken contract is appended to `failures` as a line naming `rel`."""
    try:
        run = subprocess.run([binary, "dump", "--format", "json", str(path)], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        failures.append(f"{rel}: hung (over 120 s)")
        return "failed", None
    stderr = run.stderr.decode("utf-8", "replace").strip()
    if run.returncode not in (0, 2):
        failures.append(f"{rel}: exit code {run.returncode}: {stderr[:200]}")
        return "failed", None
    if run.returncode == 2:
        if "\n" in stderr or not stderr.startswith(str(path) + ": "):
            failures.append(f"{rel}: exit 2 without a one-line message naming the file: {stderr[:200]!r}")
        return "refused", stderr
    return "read", json.loads(run.stdout)
