#!/bin/sh
# One task of a Kubernetes Indexed Job: analyze the input shard whose place in
# the sorted list of $INPUT_GLOB is $JOB_COMPLETION_INDEX (0-based; Kubernetes
# sets it for Indexed Jobs) and write $OUTPUT_DIR/part-<index>.jsonl.
#
#   INPUT_GLOB   shards, e.g. /data/in/*.jsonl (JSON lines {"id", "text"})
#   OUTPUT_DIR   where part-<index>.jsonl goes, e.g. /data/out
#   TRIBUNA      the command (default: tribuna on PATH)
#   JOBS         documents analyzed at once (default: the CPUs the pod sees)
#
# Bad lines become error records in place (-errors inline) and do not fail
# the task; a missing shard or an unreadable file does. A retried index
# writes the same file again: the output is replaced only when complete.
set -eu

: "${JOB_COMPLETION_INDEX:?JOB_COMPLETION_INDEX is not set (an Indexed Job sets it)}"
: "${INPUT_GLOB:?INPUT_GLOB is not set}"
: "${OUTPUT_DIR:?OUTPUT_DIR is not set}"
TRIBUNA=${TRIBUNA:-tribuna}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 1)}

case $JOB_COMPLETION_INDEX in
'' | *[!0-9]*) echo "shard.sh: JOB_COMPLETION_INDEX=$JOB_COMPLETION_INDEX is not a number" >&2; exit 2 ;;
esac

# The shard: the (index+1)-th file of the glob, in byte order (LC_ALL=C), so
# that every pod sees the same list. The glob is expanded by the shell.
# shellcheck disable=SC2086
shard=$(for f in $INPUT_GLOB; do [ -e "$f" ] && printf '%s\n' "$f"; done | LC_ALL=C sort | sed -n "$((JOB_COMPLETION_INDEX + 1))p")
if [ -z "$shard" ]; then
	echo "shard.sh: no shard $JOB_COMPLETION_INDEX in $INPUT_GLOB (completions must equal the number of shards)" >&2
	exit 1
fi

mkdir -p "$OUTPUT_DIR"
out=$(printf '%s/part-%05d.jsonl' "$OUTPUT_DIR" "$JOB_COMPLETION_INDEX")
echo "shard.sh: index $JOB_COMPLETION_INDEX: $shard -> $out" >&2
"$TRIBUNA" analyze -in jsonl -format jsonl -j "$JOBS" -errors inline "$shard" >"$out.tmp"
mv "$out.tmp" "$out"
