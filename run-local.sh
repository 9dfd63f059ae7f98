#!/usr/bin/env bash
# Runs the whole platform on this machine with only a JDK: Kafka (KRaft) and a MongoDB stand-in in one JVM,
# plus the four services and the web console (http://localhost:8080) as child JVMs. See local-platform/README.md.
#   ./run-local.sh            build the jars if any is missing, then start
#   ./run-local.sh --build    rebuild the jars first
# Any other argument is passed on to every service, e.g. --logging.level.vn.gov.daklak=DEBUG
set -euo pipefail
cd "$(dirname "$0")"

VERSION=0.1.0-SNAPSHOT
LAUNCHER="local-platform/target/local-platform-${VERSION}-exec.jar"
JARS=("$LAUNCHER")
for svc in feedback-service routing-service notification-service identity-service web-console; do
  JARS+=("${svc}/target/${svc}-${VERSION}-exec.jar")
done

build=false
args=()
for arg in "$@"; do
  if [[ "$arg" == "--build" ]]; then build=true; else args+=("$arg"); fi
done
for jar in "${JARS[@]}"; do
  [[ -f "$jar" ]] || build=true
done

if [[ "$build" == true ]]; then
  echo "Building the platform (mvn -q -B -DskipTests install)..."
  mvn -q -B -DskipTests install
fi

exec java -Xmx1g -Dfile.encoding=UTF-8 -Dplatform.home="$PWD" -jar "$LAUNCHER" ${args[@]+"${args[@]}"}
