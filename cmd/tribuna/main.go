// Command tribuna analyzes Italian news text: sentences, tokens, stems,
// entities and quotations with their speakers.
//
// Usage:
//
//	tribuna                          summary of the embedded sample article
//	tribuna analyze [flags] [FILE|-]...
//	tribuna tokenize [-format text|tsv|conllu] [FILE|-]...
//	tribuna stem [FILE|-]...
//	tribuna eval ud|kind|quotes FILE...
//	tribuna gazetteer [-g FILE]...
//
// With no arguments and standard input a pipe or a file, tribuna analyzes
// standard input as one text.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"unicode/utf8"
)

// env is what a run of the command sees of the world, so tests can fake it.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// stdinIsData reports whether standard input is a pipe or a file (not a
	// terminal nor a character device such as /dev/null).
	stdinIsData bool
	// stderrIsTerminal enables the progress bar.
	stderrIsTerminal bool
}

func main() {
	tuneGC()
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	if fi, err := os.Stdin.Stat(); err == nil {
		e.stdinIsData = fi.Mode()&os.ModeCharDevice == 0
	}
	if fi, err := os.Stderr.Stat(); err == nil {
		e.stderrIsTerminal = fi.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
	}
	os.Exit(run(os.Args[1:], e))
}

// tuneGC makes garbage collections rarer unless GOGC is set. The live heap
// is mostly the gazetteer, which every collection marks again: collecting
// less often trades some tens of megabytes for less CPU in batch work.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

const usage = `tribuna analyzes Italian news text.

Usage:
  tribuna                                   summary of the embedded sample article
  tribuna analyze [-format text|json|jsonl|html] [-in text|jsonl] [-j N] [FILE|-]...
  tribuna tokenize [-format text|tsv|conllu] [FILE|-]...
  tribuna stem [FILE|-]...                  one word per line in, its stem per line out
  tribuna eval ud|kind|quotes FILE...       precision, recall and F1 on evaluation data
  tribuna gazetteer [-g FILE]...            the gazetteer (with user files merged) as JSON lines

Run 'tribuna COMMAND -h' for the flags of a command.
`

// run executes the command line args and returns the exit status.
func run(args []string, e env) int {
	if len(args) == 0 {
		if e.stdinIsData {
			return runAnalyze([]string{"-"}, e)
		}
		return runSample(e)
	}
	switch args[0] {
	case "analyze":
		return runAnalyze(args[1:], e)
	case "tokenize":
		return runTokenize(args[1:], e)
	case "stem":
		return runStem(args[1:], e)
	case "eval":
		return runEval(args[1:], e)
	case "gazetteer":
		return runGazetteer(args[1:], e)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usage)
		return 0
	}
	fmt.Fprintf(e.stderr, "tribuna: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// newFlags returns the flag set of a command, printing usage and errors on
// standard error.
func newFlags(name, usage string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// inputs returns the file arguments, standard input ("-") when there are none.
func inputs(fs *flag.FlagSet) []string {
	if fs.NArg() == 0 {
		return []string{"-"}
	}
	return fs.Args()
}

// openInput opens the named input; "-" is standard input. The caller closes it.
func openInput(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	fh, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	return fh, nil
}

// displayName names an input in messages.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// readAllText reads r whole and checks that it is UTF-8. For invalid UTF-8
// it returns the 1-based line of the first bad byte with the error.
func readAllText(r io.Reader) (text string, line int, err error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return "", 0, fmt.Errorf("cannot read: %w", unwrapPath(err))
	}
	if !utf8.Valid(b) {
		line, err := invalidUTF8(b)
		return "", line, err
	}
	return string(b), 0, nil
}
