package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/stem"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

const stemUsage = `Usage: tribuna stem [-text] [-keep-stopwords] [-encoding utf-8|latin1] [FILE|-]...

Without -text: one word per line in, its stem per line out, like Snowball's
stemwords (stop words are stemmed too, as stemwords does; a blank line gives
a blank line).

With -text: running text in, and for each line the stems of its words
separated by spaces; numbers, links, hashtags, mentions and emoji are kept as
written and punctuation is left out:

  Il governo Meloni ha approvato la manovra.  →  il govern melon ha approv la manovr

Flags:
`

func newStemCommand(text, keepStop *bool, encoding *string) *command {
	c := newCommand("stem", stemUsage)
	c.fs.BoolVar(text, "text", false, "stem the words of running text, line by line, instead of one word per line")
	c.fs.BoolVar(keepStop, "keep-stopwords", false, "write stop words (della, il, che) lower-cased but unstemmed")
	c.fs.StringVar(encoding, "encoding", "utf-8", "input `encoding`: utf-8, or latin1 (read as Windows-1252, its superset, as browsers do)")
	return c
}

// runStem stems words line by line, or the words of running text.
func runStem(args []string, e env) int {
	var text, keepStop bool
	var encoding string
	files, status, stop := newStemCommand(&text, &keepStop, &encoding).parse(args, e)
	if stop {
		return status
	}
	decode, err := decoderFor(encoding)
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna stem: %v\n", err)
		return 2
	}
	s := stemmer{st: stem.NewStemmer(stem.DefaultCapacity), stemStop: !keepStop, text: text}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	for _, name := range orStdin(files) {
		if err := s.file(name, e.stdin, decode, w); err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
			if errors.Is(err, errNotUTF8) {
				fmt.Fprintf(e.stderr, "tribuna: %s\n", notUTF8Hint)
			}
			status = 1
		}
	}
	return status
}

// stemmer writes the stems of one input after another.
type stemmer struct {
	st       *stem.Stemmer
	stemStop bool
	text     bool // running text, not one word per line
	toks     []tokenize.Token
	line     []byte
}

func (s *stemmer) file(name string, stdin io.Reader, decode decoder, w *bufio.Writer) error {
	label := displayName(name)
	rc, err := openInput(name, stdin)
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	defer rc.Close()
	var r io.Reader = rc
	if decode != nil {
		r = decode(r)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var off int64 // of the line in the input
	for n := 1; ; n++ {
		line, size, err := s.readLine(br)
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: cannot read: %w", label, n, unwrapPath(err))
		}
		start := off
		off += int64(size)
		if n == 1 && bytes.HasPrefix(line, bom) {
			line, start = line[len(bom):], start+int64(len(bom)) // a byte order mark is no word
		}
		if len(line) > 0 || err == nil {
			if !utf8.Valid(line) {
				_, e := invalidUTF8(line, start)
				return fmt.Errorf("%s:%d: %w", label, n, e)
			}
			s.write(w, line)
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine returns the next line without its line ending, of any length,
// and the bytes it took in the input; io.EOF with the last line when it has
// no line ending.
func (s *stemmer) readLine(br *bufio.Reader) ([]byte, int, error) {
	s.line = s.line[:0]
	for {
		b, err := br.ReadSlice('\n')
		s.line = append(s.line, b...)
		if err == bufio.ErrBufferFull {
			continue
		}
		l := s.line
		if len(l) > 0 && l[len(l)-1] == '\n' {
			l = l[:len(l)-1]
		}
		if len(l) > 0 && l[len(l)-1] == '\r' {
			l = l[:len(l)-1]
		}
		return l, len(s.line), err
	}
}

// write writes the stem of a word, or the stems of a line of text.
func (s *stemmer) write(w *bufio.Writer, line []byte) {
	if !s.text {
		w.WriteString(s.st.Stem(string(line), s.stemStop))
		w.WriteByte('\n')
		return
	}
	text := string(line)
	s.toks = tokenize.AppendTokens(s.toks[:0], text)
	first := true
	for _, t := range s.toks {
		if t.Kind == tokenize.Punct {
			continue
		}
		if !first {
			w.WriteByte(' ')
		}
		first = false
		if t.Kind == tokenize.Word {
			w.WriteString(s.st.Stem(t.Text, s.stemStop))
		} else {
			w.WriteString(t.Text)
		}
	}
	w.WriteByte('\n')
}
