#!/usr/bin/env bash
# Builds what the demo needs (skipping tests) and runs it. Flags are passed on: ./demo.sh --help
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl cim-examples -am package
main=dev.cim.examples.QuickStart
if [ -f cim-examples/target/classes/dev/cim/examples/demo/Demo.class ]; then
  main=dev.cim.examples.demo.Demo
fi
exec java -cp "cim-examples/target/classes:$(cat cim-examples/target/classpath.txt)" "$main" "$@"
