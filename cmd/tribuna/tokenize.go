package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

func runTokenize(args []string, e env) int {
	fs := newFlags("tokenize", "Usage: tribuna tokenize [-format text|tsv|conllu] [-strong] [FILE|-]...\n", e)
	format := fs.String("format", "text", "text: one token per line, a blank line between sentences; tsv: start, end, kind, token; conllu: CoNLL-U with SpaceAfter=No and TokenRange")
	strong := fs.Bool("strong", false, "split sentences only at . ! ? … (not at : and ;)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *format != "text" && *format != "tsv" && *format != "conllu" {
		fmt.Fprintf(e.stderr, "tribuna tokenize: unknown -format %q (want text, tsv or conllu)\n", *format)
		return 2
	}
	var opts []tokenize.Option
	if *strong {
		opts = append(opts, tokenize.WithStrongBreaksOnly())
	}
	tk := tokenize.New(opts...)
	files := inputs(fs)
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	status, sent := 0, 0
	for _, name := range files {
		text, err := readText(name, e.stdin)
		if err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
			status = 1
			continue
		}
		for _, s := range tk.Sentences(text) {
			sent++
			writeSentence(w, *format, text, s, sent)
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

// readText reads a whole file ("-" is standard input) and checks that it is UTF-8.
func readText(name string, stdin io.Reader) (string, error) {
	label := displayName(name)
	rc, err := openInput(name, stdin)
	if err != nil {
		return "", fmt.Errorf("%s: %w", label, err)
	}
	defer rc.Close()
	text, line, err := readAllText(rc)
	if line > 0 {
		return "", fmt.Errorf("%s:%d: %w", label, line, err)
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", label, err)
	}
	return text, nil
}
