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
//	go run testdata/quotes/tools/kindtext.go -tsv … -build testdata/quotes/wikinews-a.ann -out testdata/quotes/wikinews-a.jsonl
//
// -check rebuilds every document of a quote JSON Lines file from the line
// range in its "source" field and reports any text that differs; it also reads
// the file and its .nonspeech.jsonl with internal/eval's readers, which check
// that every span's offsets give its text.
//
// -build turns an annotation source (its format is described at readAnn) into the quote JSON Lines file and its .nonspeech.jsonl
// companion: the texts are rebuilt from the tokens and every offset is found
// by the program, never written by hand. -review prints each document with its
// spans bracketed, for proofreading.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/eval"
)

func main() {
	tsv := flag.String("tsv", "../shared/data/kind/wikinews_train.tsv", "KIND TSV file")
	lines := flag.String("lines", "", "FROM-TO: print the text of these lines (1-based, inclusive)")
	sentences := flag.String("sentences", "", "FROM-TO: print each sentence in these lines as range<TAB>text")
	check := flag.String("check", "", "quote JSON Lines file whose texts must equal the rebuilt ranges")
	build := flag.String("build", "", "annotation source to turn into JSON Lines (with -out)")
	out := flag.String("out", "", "-build: the quote JSON Lines file to write; FILE.nonspeech.jsonl is written beside it")
	review := flag.Bool("review", false, "-build: print every document with its spans bracketed")
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
	case *build != "":
		if err := buildFile(toks, *build, *out, *review); err != nil {
			fail(err)
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
	if err := checkSpans(path); err != nil {
		return err
	}
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

// A document of the annotation source, with its spans resolved to offsets.
type annDoc struct {
	id, lines, text string
	quotes          []annQuote
	nonSpeech       []annSpan
}

type annQuote struct {
	kind, text      string
	start, end      int
	speakers        []string
	mention         *annSpan // nil: null
	cue, note       string   // cue "": null
	line            int
	mStart, mStart2 int
}

type annSpan struct {
	text, typ, reason string
	start, end        int
}

// readAnn reads the annotation source. Blank lines and lines starting with #
// are ignored. Fields are separated by " | ".
//
//	= ID FROM-TO                                   a document: KIND lines FROM-TO
//	q KIND | SPAN | SPEAKERS | MENTION | CUE [| NOTE]
//	n TYPE | SPAN | REASON                         a non-speech quotation-mark span
//
// KIND is direct, partial or indirect. SPAN is the exact text, or "A ~~ B"
// for the text from A to the end of the first B after it; "@N" at the end picks
// the Nth occurrence (a text that occurs more than once must say which).
// SPEAKERS are separated by "; " ("-" for none). MENTION is a span as above, or
// "-" for null; when it occurs more than once, "@N" is required too. CUE is the
// verb or frame as written, "-" for null.
func readAnn(path string, toks []string) ([]annDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []annDoc
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if docs, err = readAnnLine(docs, line, n, toks); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return docs, sc.Err()
}

// readAnnLine reads line n of the annotation source: a document, appended
// to docs, or a span of the last document.
func readAnnLine(docs []annDoc, line string, n int, toks []string) ([]annDoc, error) {
	switch {
	case strings.HasPrefix(line, "= "):
		d, err := readAnnDoc(line[2:], toks)
		if err != nil {
			return docs, err
		}
		return append(docs, d), nil
	case strings.HasPrefix(line, "q ") || strings.HasPrefix(line, "n "):
		if len(docs) == 0 {
			return docs, errors.New("span before any document")
		}
		d := &docs[len(docs)-1]
		fields := strings.Split(line[2:], " | ")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if line[0] == 'n' {
			return docs, d.addNonSpeech(fields)
		}
		return docs, d.addQuote(fields, n)
	default:
		return docs, errors.New("unknown line")
	}
}

// readAnnDoc reads a document line after its "= ": ID FROM-TO, and rebuilds
// the text of KIND lines FROM-TO.
func readAnnDoc(rest string, toks []string) (annDoc, error) {
	f := strings.Fields(rest)
	if len(f) != 2 {
		return annDoc{}, errors.New("want = ID FROM-TO")
	}
	from, to, err := parseRange(f[1])
	if err != nil {
		return annDoc{}, err
	}
	text, err := rebuild(toks, from, to)
	if err != nil {
		return annDoc{}, err
	}
	return annDoc{id: f[0], lines: f[1], text: text}, nil
}

// addNonSpeech adds a non-speech span: TYPE | SPAN | REASON.
func (d *annDoc) addNonSpeech(fields []string) error {
	if len(fields) != 3 {
		return errors.New("want n TYPE | SPAN | REASON")
	}
	s, e, err := locate(d.text, fields[1])
	if err != nil {
		return err
	}
	d.nonSpeech = append(d.nonSpeech, annSpan{text: d.text[s:e], typ: fields[0], reason: fields[2], start: s, end: e})
	return nil
}

// addQuote adds the quote of line n: KIND | SPAN | SPEAKERS | MENTION | CUE
// [| NOTE].
func (d *annDoc) addQuote(fields []string, n int) error {
	if len(fields) != 5 && len(fields) != 6 {
		return errors.New("want q KIND | SPAN | SPEAKERS | MENTION | CUE [| NOTE]")
	}
	switch fields[0] {
	case "direct", "partial", "indirect":
	default:
		return fmt.Errorf("unknown kind %q", fields[0])
	}
	s, e, err := locate(d.text, fields[1])
	if err != nil {
		return err
	}
	q := annQuote{kind: fields[0], text: d.text[s:e], start: s, end: e, line: n}
	if fields[2] != "-" {
		q.speakers = strings.Split(fields[2], "; ")
	}
	if fields[3] != "-" {
		ms, me, err := locate(d.text, fields[3])
		if err != nil {
			return fmt.Errorf("mention: %v", err)
		}
		q.mention = &annSpan{text: d.text[ms:me], start: ms, end: me}
	}
	if fields[4] != "-" {
		q.cue = fields[4]
		if !strings.Contains(d.text, q.cue) {
			return fmt.Errorf("cue %q is not in the text", q.cue)
		}
	}
	if len(fields) == 6 {
		q.note = fields[5]
	}
	if strings.TrimSpace(q.text) != q.text || q.text == "" {
		return fmt.Errorf("span %q has spaces at an end", q.text)
	}
	d.quotes = append(d.quotes, q)
	return nil
}

// locate finds a span written as "TEXT", "TEXT@N" or "A ~~ B[@N]".
func locate(text, spec string) (int, int, error) {
	nth := 0
	if i := strings.LastIndex(spec, "@"); i >= 0 {
		if k, err := strconv.Atoi(spec[i+1:]); err == nil && k > 0 {
			nth, spec = k, spec[:i]
		}
	}
	a, b, two := strings.Cut(spec, " ~~ ")
	var starts []int
	for off := 0; ; {
		i := strings.Index(text[off:], a)
		if i < 0 {
			break
		}
		starts = append(starts, off+i)
		off += i + 1
	}
	if len(starts) == 0 {
		return 0, 0, fmt.Errorf("%q is not in the text", a)
	}
	if nth == 0 && len(starts) > 1 {
		return 0, 0, fmt.Errorf("%q occurs %d times (at %v): add @N", a, len(starts), starts)
	}
	if nth == 0 {
		nth = 1
	}
	if nth > len(starts) {
		return 0, 0, fmt.Errorf("%q occurs only %d times", a, len(starts))
	}
	s := starts[nth-1]
	if !two {
		return s, s + len(a), nil
	}
	j := strings.Index(text[s+len(a):], b)
	if j < 0 {
		return 0, 0, fmt.Errorf("%q does not follow %q", b, a)
	}
	return s, s + len(a) + j + len(b), nil
}

const kindSource = "dhfbk/KIND dataset/wikinews_train.tsv lines %s (text CC BY 2.5 Italian Wikinews; commit a2ad139171ef)"

// buildFile reads the annotation source spec and writes out, the quote
// JSON Lines file, and its .nonspeech.jsonl companion; review prints each
// document with its spans bracketed.
func buildFile(toks []string, spec, out string, review bool) error {
	docs, err := readAnn(spec, toks)
	if err != nil {
		return err
	}
	if out == "" {
		return fmt.Errorf("-build needs -out")
	}
	split := strings.TrimSuffix(filepathBase(out), ".jsonl")
	seen := map[string]bool{}
	var qb, nb strings.Builder
	nq, nn := 0, 0
	kinds := map[string]int{}
	for _, d := range docs {
		if seen[d.id] {
			return fmt.Errorf("document %s twice", d.id)
		}
		seen[d.id] = true
		sort.SliceStable(d.quotes, func(i, j int) bool { return d.quotes[i].start < d.quotes[j].start })
		sort.SliceStable(d.nonSpeech, func(i, j int) bool { return d.nonSpeech[i].start < d.nonSpeech[j].start })
		qb.WriteString(docJSON(d))
		qb.WriteByte('\n')
		for _, q := range d.quotes {
			kinds[q.kind]++
			nq++
		}
		for _, s := range d.nonSpeech {
			nb.WriteString(nonSpeechJSON(split, d.id, s))
			nb.WriteByte('\n')
			nn++
		}
		if review {
			printReview(d)
		}
	}
	if err := os.WriteFile(out, []byte(qb.String()), 0o644); err != nil {
		return err
	}
	ns := strings.TrimSuffix(out, ".jsonl") + ".nonspeech.jsonl"
	if err := os.WriteFile(ns, []byte(nb.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d documents, %d quotes (direct %d, partial %d, indirect %d); %s: %d non-speech spans\n",
		out, len(docs), nq, kinds["direct"], kinds["partial"], kinds["indirect"], ns, nn)
	return nil
}

// docJSON is the line of document d in the quote file: its id, source,
// text and quotes.
func docJSON(d annDoc) string {
	var qs []string
	for _, q := range d.quotes {
		qs = append(qs, quoteJSON(q))
	}
	return obj("id", js(d.id), "source", js(fmt.Sprintf(kindSource, d.lines)), "text", js(d.text),
		"quotes", "["+strings.Join(qs, ", ")+"]")
}

// quoteJSON is a quote as the quote files write it (null for no mention or
// cue, [] for no speaker, the note only when there is one).
func quoteJSON(q annQuote) string {
	var mention string
	if q.mention == nil {
		mention = "null"
	} else {
		mention = obj("text", js(q.mention.text), "start", js(q.mention.start), "end", js(q.mention.end))
	}
	speakers := q.speakers
	if speakers == nil {
		speakers = []string{}
	}
	cue := "null"
	if q.cue != "" {
		cue = js(q.cue)
	}
	kv := []string{"text", js(q.text), "start", js(q.start), "end", js(q.end), "kind", js(q.kind),
		"speaker", js(speakers), "speaker_mention", mention, "cue", cue}
	if q.note != "" {
		kv = append(kv, "note", js(q.note))
	}
	return obj(kv...)
}

// nonSpeechJSON is the line of a non-speech span of document id in the
// .nonspeech.jsonl file of the set split.
func nonSpeechJSON(split, id string, s annSpan) string {
	return obj("split", js(split), "id", js(id), "text", js(s.text),
		"start", js(s.start), "end", js(s.end), "status", js("non_speech"), "type", js(s.typ), "reason", js(s.reason))
}

func filepathBase(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[i+1:]
	}
	return p
}

// printReview shows a document with quotes in [[…]]k and non-speech spans in {{…}}.
func printReview(d annDoc) {
	type mark struct {
		at    int
		s     string
		order int
	}
	var ms []mark
	for i, q := range d.quotes {
		ms = append(ms, mark{q.start, "[[", 1}, mark{q.end, fmt.Sprintf("]]%s%d", q.kind[:1], i+1), 0})
	}
	for _, s := range d.nonSpeech {
		ms = append(ms, mark{s.start, "{{", 1}, mark{s.end, "}}", 0})
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].at != ms[j].at {
			return ms[i].at < ms[j].at
		}
		return ms[i].order < ms[j].order
	})
	var sb strings.Builder
	last := 0
	for _, m := range ms {
		sb.WriteString(d.text[last:m.at])
		sb.WriteString(m.s)
		last = m.at
	}
	sb.WriteString(d.text[last:])
	fmt.Printf("== %s %s\n%s\n", d.id, d.lines, sb.String())
	for i, q := range d.quotes {
		m := "null"
		if q.mention != nil {
			m = fmt.Sprintf("%q@%d", q.mention.text, q.mention.start)
		}
		fmt.Printf("  %d %-8s %v mention=%s cue=%q %s\n", i+1, q.kind, q.speakers, m, q.cue, q.note)
	}
}

// obj writes a JSON object with its keys in the given order, spaced like the
// dev set (", " and ": ").
func obj(kv ...string) string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(js(kv[i]))
		sb.WriteString(": ")
		sb.WriteString(kv[i+1])
	}
	sb.WriteByte('}')
	return sb.String()
}

// js encodes v as JSON without escaping <, > and &, with ", " between list items.
func js(v any) string {
	if ss, ok := v.([]string); ok {
		parts := make([]string, len(ss))
		for i, s := range ss {
			parts[i] = js(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// checkSpans reads a quote file and its non-speech companion with the
// evaluation's readers and checks the non-speech offsets too.
func checkSpans(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	docs, err := eval.ReadQuoteDocs(f, path)
	if err != nil {
		return err
	}
	ns := strings.TrimSuffix(path, ".jsonl") + ".nonspeech.jsonl"
	nf, err := os.Open(ns)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer nf.Close()
	spans, err := eval.ReadNonSpeech(nf, ns)
	if err != nil {
		return err
	}
	text := map[string]string{}
	for _, d := range docs {
		text[d.ID] = d.Text
	}
	for _, s := range spans {
		t, ok := text[s.ID]
		if !ok || s.End > len(t) || t[s.Start:s.End] != s.Text {
			return fmt.Errorf("%s: span %q of %s does not match its document", ns, s.Text, s.ID)
		}
	}
	return nil
}
