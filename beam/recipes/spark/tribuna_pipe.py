"""Tribuna as a map step on Spark: each partition's JSON lines go through
`tribuna analyze` on the executor, one output line per input line.

    spark-submit tribuna_pipe.py IN_GLOB OUT_DIR [TRIBUNA]

IN_GLOB holds JSON lines {"id": ..., "text": ...}. OUT_DIR receives the
documents (part-*) as `tribuna analyze -in jsonl -format jsonl` writes them;
in a bad line's place, {"id": ..., "error": "...", "line": N} (N counts the
lines of the partition), which does not fail the task. TRIBUNA is the
command's path on the executors (default: tribuna on their PATH, e.g. in the
image of Spark on Kubernetes; on YARN, ship it with --files tribuna and pass
./tribuna).
"""
import sys

from pyspark.sql import SparkSession

# -j 1: Spark already runs one task per core. -errors inline: a bad line must
# not make the process exit non-zero, which fails the task. "-": the
# partition comes on standard input. Spark splits the command on white space.
COMMAND = "{tribuna} analyze -in jsonl -format jsonl -j 1 -errors inline -"


def main(in_glob, out_dir, tribuna="tribuna"):
    spark = SparkSession.builder.appName("tribuna").getOrCreate()
    lines = spark.sparkContext.textFile(in_glob)
    lines = lines.filter(lambda s: s.strip())  # a blank line has no document and no output line
    lines.pipe(COMMAND.format(tribuna=tribuna)).saveAsTextFile(out_dir)


if __name__ == "__main__":
    main(*sys.argv[1:4])
