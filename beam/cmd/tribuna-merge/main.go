// Command tribuna-merge adds up per-shard aggregates into one set: the
// speakers-*.jsonl and entities-*.jsonl files of tribuna-beam (one per
// bundle, or from several runs), or the documents themselves, as
// `tribuna analyze -in jsonl -format jsonl` writes them on each shard of a
// Spark or Kubernetes job. Shards must hold disjoint sets of documents.
//
// Usage:
//
//	tribuna-merge [-o DIR] FILE...|-
//
// Each input line is a speaker record, an entity record, an error record
// (counted, then skipped) or a document. Without -o the merged speakers
// (most quoted first) and then entities (most documents first) are written
// to standard output, one JSON object per line; with -o they go to
// DIR/speakers.jsonl and DIR/entities.jsonl.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/tribuna-nlp/tribuna/beam/aggregate"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tribuna-merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("o", "", "write DIR/speakers.jsonl and DIR/entities.jsonl instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: tribuna-merge [-o DIR] FILE...|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	t := aggregate.NewTotals()
	failed := 0
	for _, name := range fs.Args() {
		failed += addFile(t, name, stdin, stderr)
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "tribuna-merge: %d lines could not be read\n", failed)
		return 1
	}
	fmt.Fprintf(stderr, "tribuna-merge: %d speakers, %d entities (%d documents read, %d error records skipped)\n",
		len(t.Speakers()), len(t.Entities()), t.Documents, t.Errors)
	if err := write(t, *dir, stdout); err != nil {
		fmt.Fprintf(stderr, "tribuna-merge: %v\n", err)
		return 1
	}
	return 0
}

// addFile adds the lines of one file ("-" is standard input) and returns the
// number of lines it could not read, each reported on stderr.
func addFile(t *aggregate.Totals, name string, stdin io.Reader, stderr io.Writer) int {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "tribuna-merge: %v\n", err)
			return 1
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<20)
	failed := 0
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if e := t.AddLine(line); e != nil {
				fmt.Fprintf(stderr, "tribuna-merge: %s:%d: %v\n", name, n, e)
				failed++
			}
		}
		if err == io.EOF {
			return failed
		}
		if err != nil {
			fmt.Fprintf(stderr, "tribuna-merge: %s: %v\n", name, err)
			return failed + 1
		}
	}
}

func write(t *aggregate.Totals, dir string, stdout io.Writer) error {
	if dir == "" {
		w := bufio.NewWriter(stdout)
		writeLines(w, t.Speakers())
		writeLines(w, t.Entities())
		return w.Flush()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "speakers.jsonl"), t.Speakers()); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, "entities.jsonl"), t.Entities())
}

func writeFile[T any](name string, records []T) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	writeLines(w, records)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeLines[T any](w *bufio.Writer, records []T) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range records {
		enc.Encode(r) // plain structs and maps: cannot fail
	}
}
