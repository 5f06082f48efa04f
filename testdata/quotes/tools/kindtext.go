//go:build ignore

// Kindtext rebuilds running text from the tokens of a KIND TSV file
// (github.com/dhfbk/KIND: token<TAB>tag, a blank line between sentences). Only
// the tokens are used; KIND's entity tags are ignored. It restores the spacing
// the way the quote dev sets were written: no space before , . ; : ) ] » ? ! %
// … and after ( [ « “, elided forms (dell', un') joined to the next word, ASCII
// quotation marks opening and closing in turn within the rebuilt range.
//
//	go run testdata/quotes/tools/kindtext.go -tsv ../shared/data/kind/wikinews_train.tsv -lines 7560-7615
//	go run testdata/quotes/tools/kindtext.go -tsv … -sentences 1-130000   # one sentence a line: range<TAB>text
//	go run testdata/quotes/tools/kindtext.go -tsv … -check testdata/quotes/wikinews-a.jsonl
//
// -check rebuilds every document of a quote JSON Lines file from the line
// range in its "source" field and reports any text that differs.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	tsv := flag.String("tsv", "../shared/data/kind/wikinews_train.tsv", "KIND TSV file")
	lines := flag.String("lines", "", "FROM-TO: print the text of these lines (1-based, inclusive)")
	sentences := flag.String("sentences", "", "FROM-TO: print each sentence in these lines as range<TAB>text")
	check := flag.String("check", "", "quote JSON Lines file whose texts must equal the rebuilt ranges")
	flag.Parse()
	toks, err := readTokens(*tsv)
	if err != nil {
		fail(err)
	}
	switch {
	case *lines != "":
		from, to, err := parseRange(*lines)
		if err != nil {
			fail(err)
		}
		text, err := rebuild(toks, from, to)
		if err != nil {
			fail(err)
		}
		fmt.Println(text)
	case *sentences != "":
		from, to, err := parseRange(*sentences)
		if err != nil {
			fail(err)
		}
		for _, s := range sentenceRanges(toks, from, to) {
			text, _ := rebuild(toks, s[0], s[1])
			fmt.Printf("%d-%d\t%s\n", s[0], s[1], text)
		}
	case *check != "":
		if err := checkFile(toks, *check); err != nil {
			fail(err)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "kindtext:", err)
	os.Exit(1)
}

// readTokens returns the first column of every line; index 0 is line 1 and a
// blank line is "".
func readTokens(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var toks []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		tok, _, _ := strings.Cut(sc.Text(), "\t")
		toks = append(toks, strings.TrimSpace(tok))
	}
	return toks, sc.Err()
}

func parseRange(s string) (int, int, error) {
	a, b, ok := strings.Cut(s, "-")
	from, err1 := strconv.Atoi(a)
	to, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || from < 1 || to < from {
		return 0, 0, fmt.Errorf("bad line range %q (want FROM-TO)", s)
	}
	return from, to, nil
}

// sentenceRanges lists the sentences (runs of non-blank lines) within from-to.
func sentenceRanges(toks []string, from, to int) [][2]int {
	var out [][2]int
	start := 0
	for n := from; n <= to && n <= len(toks); n++ {
		if toks[n-1] == "" {
			if start > 0 {
				out = append(out, [2]int{start, n - 1})
				start = 0
			}
			continue
		}
		if start == 0 {
			start = n
		}
	}
	if start > 0 {
		out = append(out, [2]int{start, min(to, len(toks))})
	}
	return out
}

// Tokens after which no space is written, and before which none is.
var (
	noSpaceAfter  = set("(", "[", "«", "“", "„", "/")
	noSpaceBefore = set(",", ".", ";", ":", ")", "]", "»", "”", "?", "!", "%", "...", "…", "..", "/")
)

func set(s ...string) map[string]bool {
	m := map[string]bool{}
	for _, x := range s {
		m[x] = true
	}
	return m
}

// elided reports whether tok is an elided form written joined to the next
// word: it ends in an apostrophe after a consonant (l', dell', un', quest',
// c'). An apostrophe after a vowel marks an accent or a truncation (po', E',
// perche') and is followed by a space.
func elided(tok string) bool {
	for _, ap := range []string{"'", "’"} {
		if strings.HasSuffix(tok, ap) && len(tok) > len(ap) {
			r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(tok, ap))
			return unicode.IsLetter(r) && !strings.ContainsRune("aeiouàèéìòóùAEIOUÀÈÉÌÒÓÙ", r)
		}
	}
	return false
}

// rebuild writes the text of lines from-to; the range must start and end at
// sentence boundaries.
func rebuild(toks []string, from, to int) (string, error) {
	if to > len(toks) {
		return "", fmt.Errorf("line %d is past the end (%d lines)", to, len(toks))
	}
	if (from > 1 && toks[from-2] != "") || toks[from-1] == "" {
		return "", fmt.Errorf("line %d does not start a sentence", from)
	}
	if (to < len(toks) && toks[to] != "") || toks[to-1] == "" {
		return "", fmt.Errorf("line %d does not end a sentence", to)
	}
	var sb strings.Builder
	glue := true                   // no space before the next token
	openASCII := map[string]bool{} // an ASCII " or ' is open
	for _, tok := range toks[from-1 : to] {
		if tok == "" {
			continue
		}
		space := !glue
		after := false // no space after this token
		switch {
		case tok == `"` || tok == "'":
			if openASCII[tok] {
				space = false
			} else {
				after = true
			}
			openASCII[tok] = !openASCII[tok]
		case noSpaceBefore[tok]:
			space = false
		case tok == "°" && endsInDigit(sb.String()):
			space = false
		}
		if noSpaceAfter[tok] || elided(tok) {
			after = true
		}
		if space {
			sb.WriteByte(' ')
		}
		sb.WriteString(tok)
		glue = after
	}
	return sb.String(), nil
}

func endsInDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

var sourceRange = regexp.MustCompile(`lines (\d+-\d+)`)

func checkFile(toks []string, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	bad, n := 0, 0
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d struct{ ID, Source, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return err
		}
		n++
		m := sourceRange.FindStringSubmatch(d.Source)
		if m == nil {
			fmt.Printf("%s: no line range in source %q\n", d.ID, d.Source)
			bad++
			continue
		}
		from, to, _ := parseRange(m[1])
		text, err := rebuild(toks, from, to)
		if err != nil {
			fmt.Printf("%s: %v\n", d.ID, err)
			bad++
			continue
		}
		if text != d.Text {
			bad++
			fmt.Printf("%s: text differs from lines %s\n  file:    %s\n  rebuilt: %s\n", d.ID, m[1], d.Text, text)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Printf("%s: %d documents, %d differ from the rebuilt text\n", path, n, bad)
	if bad > 0 {
		os.Exit(1)
	}
	return nil
}
