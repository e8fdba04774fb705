"""Prints 'tests: N passed, N failed[, N skipped]' summed over every TRX file under the given folder."""
import glob
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
folder = sys.argv[1] if len(sys.argv) > 1 else "TestResults"
files = glob.glob(f"{folder}/**/*.trx", recursive=True)
passed = failed = skipped = 0
for path in files:
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", NS)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
line = f"tests: {passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
if not files or passed == 0:
    print(f"no test results found under {folder}", file=sys.stderr)
    sys.exit(1)
sys.exit(1 if failed else 0)
