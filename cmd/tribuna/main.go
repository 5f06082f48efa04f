// Command tribuna analyzes Italian news text: sentences, tokens, stems,
// entities, role mentions and quotations with their speakers.
//
// Usage:
//
//	tribuna                          summary of the embedded sample article
//	tribuna analyze [flags] [FILE|-]...
//	tribuna tokenize [flags] [FILE|-]...
//	tribuna stem [flags] [FILE|-]...
//	tribuna eval ud|kind|quotes|entities [flags] FILE...
//	tribuna gazetteer [flags]
//	tribuna train ner [flags] FILE...
//	tribuna version
//
// With no arguments and standard input a pipe or a file, tribuna analyzes
// standard input as one text. 'tribuna -h' lists every flag, 'tribuna
// COMMAND -h' says what each does.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
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

const usage = `tribuna analyzes Italian news text: sentences, tokens, stems, entities,
role mentions and quotations with their speakers.

Usage:
  tribuna                      summary of the embedded sample article, or of
                               standard input when it is a pipe or a file
  tribuna analyze [-format text|json|jsonl|html] [-in text|jsonl]
                  [-fields LIST] [-offsets bytes|runes|utf16] [-date YYYY-MM-DD]
                  [-encoding utf-8|latin1] [-g FILE]... [-ner-model FILE] [-j N]
                  [-errors stderr|inline] [FILE|-]...
  tribuna tokenize [-format text|tsv|conllu] [-strong] [-encoding utf-8|latin1] [FILE|-]...
  tribuna stem [-text] [-keep-stopwords] [-encoding utf-8|latin1] [FILE|-]...
                               one word per line in, its stem per line out
                               (-text: the stems of running text, line by line)
  tribuna eval ud [-strong] FILE...          token and sentence F1 on UD CoNLL-U
  tribuna eval kind [-generic] [-metonymy=false] [-titles=false] [-sentences N] [-newline]
                    [-ner-model FILE] [-v] FILE...
                                             PER/LOC/ORG F1 on KIND TSV
  tribuna eval quotes [-text FILE] [-v] FILE...
                                             quote F1 and speaker accuracy
  tribuna eval entities [-v] FILE...         entity, linking and role F1 on entity
                                             JSON Lines (testdata/entities)
  tribuna gazetteer [-g FILE]... [-format jsonl|tsv] [-default=false]
                                             the gazetteer (with user files merged)
                                             as JSON lines (or TSV) that -g reads back
  tribuna train ner [-o MODEL] [-dev FILE | -holdout 0.1] [-iter N] [-patience N]
                    [-seed S] [-min-count N] [-only-o N] [-scheme BILOU|BIO] [-note TEXT]
                    [-weight FILE=N]... [-g FILE]... [-generic] [-metonymy] FILE...
                                             train the entity tagger on token<TAB>tag
                                             files, for analyze and eval kind -ner-model
  tribuna version                            the version (also: tribuna -version)

Flags may come before or after the files; -- ends the flags.
Run 'tribuna COMMAND -h' for what each flag does.
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
	case "train":
		return runTrain(args[1:], e)
	case "version", "-version", "--version":
		fmt.Fprintln(e.stdout, version())
		return 0
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usage)
		return 0
	}
	fmt.Fprintf(e.stderr, "tribuna: unknown command %q\n\n%s", args[0], usage)
	return 2
}

// version describes the build: the module version (v1.2.0 when installed with
// go install …@v1.2.0; a pseudo-version or (devel) when built from a
// clone), the commit when the build knows it, and the Go release.
func version() string {
	v := "tribuna"
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v + " (no build information) " + runtime.Version()
	}
	if bi.Main.Version != "" {
		v += " " + bi.Main.Version
	}
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && !strings.Contains(v, rev) {
		v += " commit " + rev
		if at != "" {
			v += " " + at
		}
		if modified == "true" {
			v += " (modified)"
		}
	}
	return v + " " + bi.GoVersion
}

// command is a subcommand's flag set with its usage text.
type command struct {
	fs    *flag.FlagSet
	usage string // the synopsis and a word on what the command does
}

// newCommand returns the flag set of a command. Parse reads it.
func newCommand(name, usage string) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {} // Parse prints usage itself, on the right stream
	return &command{fs: fs, usage: usage}
}

// parse reads args with flags anywhere among the files, as users of modern
// tools expect (tribuna analyze news.txt -format json); "--" ends the flags
// and "-" is standard input. It returns the files and, when the command
// must stop, its exit status: 0 after -h (usage on standard output), 2
// after a bad flag (the error and a hint on standard error).
func (c *command) parse(args []string, e env) (files []string, status int, stop bool) {
	c.fs.SetOutput(e.stderr)
	for {
		err := c.fs.Parse(args)
		if err == flag.ErrHelp {
			fmt.Fprint(e.stdout, c.usage)
			c.fs.SetOutput(e.stdout)
			c.fs.PrintDefaults()
			return nil, 0, true
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "Run 'tribuna %s -h' for usage.\n", c.fs.Name())
			return nil, 2, true
		}
		rest := c.fs.Args()
		if len(rest) == 0 {
			return files, 0, false
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(files, rest...), 0, false
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// orStdin returns files, or standard input ("-") when there are none.
func orStdin(files []string) []string {
	if len(files) == 0 {
		return []string{"-"}
	}
	return files
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
		line, err := invalidUTF8(b, 0)
		return "", line, err
	}
	return string(b), 0, nil
}
