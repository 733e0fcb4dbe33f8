# JVM options for running Roundtable outside a container, shared by ./roundtable and bench/start-ready.
# Sourced, not run. ROUNDTABLE_HEAP overrides the heap's ceiling (default 192m).
#
# Why these:
# - A fixed heap ceiling: without one the JVM may take a quarter of the machine (6 GB here) and keeps what it took;
#   192 MB of heap holds a busy day's working set (measured in docs/benchmarks.md, "Start and memory").
# - The serial collector: one small heap on a few cores needs no parallel collector's threads and remembered sets,
#   which cost resident memory; its young pauses on this heap are a few milliseconds.
# - The class-data archive Quarkus builds (quarkus.package.jar.appcds.enabled) when the package has one: the classes
#   loaded at start come mapped from one file instead of being parsed and verified each time.
roundtable_jvm_options() {
  local app=$1
  local options="-Xmx${ROUNDTABLE_HEAP:-192m} -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
  [[ -f $app/app-cds.jsa ]] && options+=" -XX:SharedArchiveFile=$app/app-cds.jsa -Xshare:auto"
  printf '%s' "$options"
}
