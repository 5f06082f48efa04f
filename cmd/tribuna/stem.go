package main

import (
	"bufio"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/stem"
)

// runStem reads one word per line and writes its stem per line, like
// Snowball's stemwords. Stop words are stemmed too, as stemwords does.
func runStem(args []string, e env) int {
	fs := newFlags("stem", "Usage: tribuna stem [-keep-stopwords] [FILE|-]...\n", e)
	keepStop := fs.Bool("keep-stopwords", false, "write stop words lower-cased but unstemmed")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files := inputs(fs)
	st := stem.NewStemmer(stem.DefaultCapacity)
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	status := 0
	for _, name := range files {
		if err := stemLines(name, e.stdin, w, st, !*keepStop); err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
			status = 1
		}
	}
	return status
}

func stemLines(name string, stdin io.Reader, w *bufio.Writer, st *stem.Stemmer, stemStop bool) error {
	label := displayName(name)
	rc, err := openInput(name, stdin)
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	for line := 1; ; line++ {
		b, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			return fmt.Errorf("%s:%d: line longer than %d bytes", label, line, br.Size())
		}
		if len(b) > 0 {
			word := b
			if word[len(word)-1] == '\n' {
				word = word[:len(word)-1]
			}
			if len(word) > 0 && word[len(word)-1] == '\r' {
				word = word[:len(word)-1]
			}
			if !utf8.Valid(word) {
				_, e := invalidUTF8(word)
				return fmt.Errorf("%s:%d: %w", label, line, e)
			}
			w.WriteString(st.Stem(string(word), stemStop))
			w.WriteByte('\n')
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: cannot read: %w", label, line, err)
		}
	}
}
