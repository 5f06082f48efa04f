package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

const tokenizeUsage = `Usage: tribuna tokenize [-format text|tsv|conllu] [-strong] [-encoding utf-8|latin1] [FILE|-]...

Writes the tokens and sentences of each FILE (standard input when there is
none, or for -). Offsets (tsv, conllu) are UTF-8 byte offsets.

Flags:
`

func newTokenizeCommand(format *string, strong *bool, encoding *string) *command {
	c := newCommand("tokenize", tokenizeUsage)
	c.fs.StringVar(format, "format", "text", "text: one token per line, a blank line between sentences; tsv: start, end, kind, token; conllu: CoNLL-U with SpaceAfter=No and TokenRange")
	c.fs.BoolVar(strong, "strong", false, "split sentences only at . ! ? … (not at : and ;)")
	c.fs.StringVar(encoding, "encoding", "utf-8", "input `encoding`: utf-8, or latin1 (read as Windows-1252, its superset, as browsers do)")
	return c
}

func runTokenize(args []string, e env) int {
	var format, encoding string
	var strong bool
	files, status, stop := newTokenizeCommand(&format, &strong, &encoding).parse(args, e)
	if stop {
		return status
	}
	if format != "text" && format != "tsv" && format != "conllu" {
		fmt.Fprintf(e.stderr, "tribuna tokenize: unknown -format %q (want text, tsv or conllu)\n", format)
		return 2
	}
	decode, err := decoderFor(encoding)
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna tokenize: %v\n", err)
		return 2
	}
	var opts []tokenize.Option
	if strong {
		opts = append(opts, tokenize.WithStrongBreaksOnly())
	}
	tk := tokenize.New(opts...)
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	sent := 0
	for _, name := range orStdin(files) {
		text, err := readText(name, e.stdin, decode)
		if err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
			if errors.Is(err, errNotUTF8) {
				fmt.Fprintf(e.stderr, "tribuna: %s\n", notUTF8Hint)
			}
			status = 1
			continue
		}
		for _, s := range tk.Sentences(text) {
			sent++
			writeSentence(w, format, text, s, sent)
		}
	}
	return status
}

func writeSentence(w *bufio.Writer, format, text string, s tokenize.Sentence, n int) {
	switch format {
	case "text":
		for _, t := range s.Tokens {
			w.WriteString(t.Text)
			w.WriteByte('\n')
		}
		w.WriteByte('\n')
	case "tsv":
		for _, t := range s.Tokens {
			fmt.Fprintf(w, "%d\t%d\t%s\t%s\n", t.Start, t.End, t.Kind, t.Text)
		}
	case "conllu":
		fmt.Fprintf(w, "# sent_id = %d\n# text = %s\n", n, strings.Join(strings.Fields(text[s.Start:s.End]), " "))
		for i, t := range s.Tokens {
			misc := fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End)
			if i+1 < len(s.Tokens) && s.Tokens[i+1].Start == t.End {
				misc = "SpaceAfter=No|" + misc
			}
			form := strings.Map(func(r rune) rune {
				if r == '\t' || r == '\n' || r == '\r' {
					return ' '
				}
				return r
			}, t.Text)
			fmt.Fprintf(w, "%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", i+1, form, misc)
		}
		w.WriteByte('\n')
	}
}

// readText reads a whole file ("-" is standard input), decoding it when
// decode is not nil, and checks that it is UTF-8.
func readText(name string, stdin io.Reader, decode decoder) (string, error) {
	label := displayName(name)
	rc, err := openInput(name, stdin)
	if err != nil {
		return "", fmt.Errorf("%s: %w", label, err)
	}
	defer rc.Close()
	var r io.Reader = rc
	if decode != nil {
		r = decode(r)
	}
	text, line, err := readAllText(r)
	if line > 0 {
		return "", fmt.Errorf("%s:%d: %w", label, line, err)
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", label, err)
	}
	return text, nil
}
