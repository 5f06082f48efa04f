package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
)

const gazetteerUsage = `Usage: tribuna gazetteer [-g FILE]... [-format jsonl|tsv] [-default=false]

Writes the gazetteer, the embedded one merged with the user files given with
-g (TSV or JSON Lines, as entities.Load reads them), one entry a line with
id, type, name, aliases, demonyms, roles (role@Place:start/end), party,
flags and source. The output is a gazetteer file that -g and entities.Load
read back.

Flags:
`

// fileList is a repeatable string flag.
type fileList []string

func (l *fileList) String() string     { return strings.Join(*l, ",") }
func (l *fileList) Set(s string) error { *l = append(*l, s); return nil }

func newGazetteerCommand(files *fileList, format *string, withDefault *bool) *command {
	c := newCommand("gazetteer", gazetteerUsage)
	c.fs.Var(files, "g", "a gazetteer `FILE` to merge (repeatable)")
	c.fs.StringVar(format, "format", "jsonl", "output format: jsonl or tsv")
	c.fs.BoolVar(withDefault, "default", true, "start from the embedded gazetteer")
	return c
}

func runGazetteer(args []string, e env) int {
	var files fileList
	var format string
	var withDefault bool
	rest, status, stop := newGazetteerCommand(&files, &format, &withDefault).parse(args, e)
	if stop {
		return status
	}
	if len(rest) > 0 || format != "jsonl" && format != "tsv" {
		fmt.Fprint(e.stderr, gazetteerUsage)
		return 2
	}
	g, ok := loadGazetteers(files, withDefault, e)
	if !ok {
		return 1
	}
	var err error
	if format == "tsv" {
		err = g.WriteTSV(e.stdout)
	} else {
		err = g.WriteJSONL(e.stdout)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna gazetteer: %v\n", err)
		return 1
	}
	return 0
}

// loadGazetteers merges the user files into the default gazetteer (or into
// an empty one); errors name the file and the line.
func loadGazetteers(files []string, withDefault bool, e env) (*entities.Gazetteer, bool) {
	g := entities.New()
	if withDefault {
		g = entities.Default()
	}
	var users []*entities.Gazetteer
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %s: cannot read: %v\n", name, unwrapPath(err))
			return nil, false
		}
		u, err := entities.Load(fh)
		fh.Close()
		if err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %s: %v\n", name, err)
			return nil, false
		}
		users = append(users, u)
	}
	if len(users) > 0 {
		g = g.Merge(users...)
	}
	return g, true
}
