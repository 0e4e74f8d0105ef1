#!/usr/bin/env bash
# Fails (exit 1) when any project resolves a package with a known high or critical vulnerability:
# NuGet's own audit data where the package source publishes it, and our own list otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
solution="${1:-Keurmerk.sln}"

echo "== NuGet audit data (dotnet list package --vulnerable)"
report="$(dotnet list "$solution" package --vulnerable --include-transitive 2>&1)"
echo "$report" | grep -vE '^\s*$' | tail -n 20
if echo "$report" | grep -qE '\b(High|Critical)\b'; then
  echo "FAIL: a package with a known high or critical vulnerability is referenced (see above)." >&2
  exit 1
fi

echo "== scripts/known-vulnerable-packages.tsv"
dotnet list "$solution" package --include-transitive --format json 2>/dev/null | python3 -c '
import json, sys
def version(v): return tuple(int(p) for p in v.split("-")[0].split(".")[:4]) + (0,) * (4 - len(v.split("-")[0].split(".")[:4]))
known = []
for line in open("scripts/known-vulnerable-packages.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip(): continue
    package, first, fixed, severity, advisory = line.rstrip("\n").split("\t")
    known.append((package.lower(), version(first), version(fixed), severity, advisory))
found = set()
for project in json.load(sys.stdin)["projects"]:
    for framework in project.get("frameworks", []):
        for p in framework.get("topLevelPackages", []) + framework.get("transitivePackages", []):
            for package, first, fixed, severity, advisory in known:
                if p["id"].lower() == package and first <= version(p["resolvedVersion"]) < fixed:
                    found.add("%s %s: %s, %s" % (p["id"], p["resolvedVersion"], severity, advisory))
for line in sorted(found): print("FAIL: " + line, file=sys.stderr)
sys.exit(1 if found else 0)
'
echo "No package with a known high or critical vulnerability."
