// The tests' way of failing: every check is counted, failures are collected
// with what was seen, and finish() prints them and sets the exit code.
export function checklist() {
  const failures = [];
  let count = 0;
  return {
    expect(what, ok, detail = "") {
      ++count;
      if (!ok) failures.push(`${what}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
    },
    finish(passed) {
      if (failures.length) {
        console.log(failures.join("\n"));
        process.exit(1);
      }
      console.log(`${passed} (${count} checks)`);
    },
  };
}
