#!/usr/bin/env bash
# Checks that the build is reproducible: two clean clones of the committed tree, built one after the other,
# must give byte-identical jars (library, sources, Javadoc, command-line tool). Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/.."
a=$(mktemp -d)
b=$(mktemp -d)
trap 'rm -rf "$a" "$b"' EXIT
for dir in "$a" "$b"; do
  git clone -q --no-hardlinks . "$dir/src"
  (cd "$dir/src" && ./mvnw -B -q package -DskipTests -pl lib/core,lib/formats,lib/reports,lib/all,cli -am)
done
status=0
count=0
while read -r jar; do
  count=$((count + 1))
  if ! cmp -s "$a/src/$jar" "$b/src/$jar"; then
    echo "check-reproducible: $jar differs between two clean builds" >&2
    status=1
  fi
done < <(cd "$a/src" && find lib/*/target cli/target -maxdepth 1 -name '*.jar' | sort)
if [ "$count" -eq 0 ]; then
  echo "check-reproducible: no jars were built" >&2
  exit 1
fi
[ "$status" -eq 0 ] && echo "check-reproducible: $count jars byte-identical across two clean builds"
exit "$status"
