#!/usr/bin/env bash
# Checks the README's install command: a consumer project (scripts/consumer) must build offline against a
# local repository holding only what that command installed, the core library (no Jackson: the consumer runs with the core jar alone on its class path) and its parent POMs.
# The installs go to a temporary repository, never to ~/.m2; third-party artifacts (Jackson, plugins) are read
# from ~/.m2 through Maven's read-only "tail" repository.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$repo" "$work"' EXIT
tail_repo="${MAVEN_TAIL_REPOSITORY:-$HOME/.m2/repository}"
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

# The README's command, into the temporary repository.
./mvnw -B -q install -pl lib/core -am -DskipTests -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo"

for f in org/patientleadership/patient-leadership-parent/$version/patient-leadership-parent-$version.pom \
         org/patientleadership/patient-leadership-lib/$version/patient-leadership-lib-$version.pom \
         org/patientleadership/patient-leadership-core/$version/patient-leadership-core-$version.jar; do
  if [ ! -f "$repo/$f" ]; then
    echo "check-consumer: the install did not put $f into the local repository" >&2
    exit 1
  fi
done

cp -r scripts/consumer/. "$work/"
cp -r mvnw .mvn "$work/"
(cd "$work" && ./mvnw -B -q -o package -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo" \
  -Dpatient-leadership.version="$version")
lib="$repo/org/patientleadership/patient-leadership-core/$version/patient-leadership-core-$version.jar"
out=$(java -cp "$work/target/consumer-1.0.jar:$lib" com.example.consumer.Main)
case "$out" in
  "Partnership "*) echo "check-consumer: a consumer project builds offline against the installed $version: $out" ;;
  *) echo "check-consumer: the consumer printed '$out'" >&2; exit 1 ;;
esac
