#!/usr/bin/env bash
# Builds Certamen and runs it with the in-memory store, the demo bank and a demo session.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp package -DskipTests
exec java -jar exam-server/target/exam-server.jar --demo "$@"
