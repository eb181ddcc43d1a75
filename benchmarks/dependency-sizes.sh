#!/usr/bin/env bash
# Runtime dependency tree size of each published artifact: the artifact's own jar plus every jar
# on its runtime class path (compile + runtime scopes, transitive), counted and summed in bytes.
#
# Usage (from the repository root): benchmarks/dependency-sizes.sh [module ...]
# Default modules: core coroutines reactor java-blocking testkit (those that do not exist are skipped).
# Packages the modules (no tests, no install: sibling jars are resolved from the reactor) and runs
# maven-dependency-plugin's build-classpath; `mvn dependency:tree -Dscope=runtime -pl <module>`
# shows the same tree with its structure.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(core coroutines reactor java-blocking testkit)
present=()
for m in "${modules[@]}"; do [ -f "$m/pom.xml" ] && present+=("$m") || echo "skipping $m (no such module here)" >&2; done
list=$(IFS=,; echo "${present[*]}")
mvn -B -ntp -q -pl "$list" -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >/dev/null
printf '%-16s %-40s %6s %14s %14s\n' module artifact jars "own bytes" "total bytes"
for m in "${present[@]}"; do
  own=$(ls "$m"/target/*.jar | grep -v -E -- '-(tests|sources|javadoc)\.jar$' | head -1)
  artifact=$(basename "$own")
  own_bytes=$(stat -c %s "$own")
  total=$own_bytes; jars=1
  if [ -s "$m/target/runtime-classpath.txt" ]; then
    while IFS= read -r jar; do
      [ -n "$jar" ] || continue
      total=$((total + $(stat -c %s "$jar"))); jars=$((jars + 1))
    done < <(tr ':' '\n' < "$m/target/runtime-classpath.txt")
  fi
  printf '%-16s %-40s %6d %14d %14d\n' "$m" "$artifact" "$jars" "$own_bytes" "$total"
done
if [ "${VERBOSE:-0}" = 1 ]; then
  for m in "${present[@]}"; do
    echo "== $m"; tr ':' '\n' < "$m/target/runtime-classpath.txt" | while read -r j; do printf '%10d %s\n' "$(stat -c %s "$j")" "$(basename "$j")"; done
  done
fi
