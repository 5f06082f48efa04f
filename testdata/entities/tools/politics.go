//go:build ignore

// Politics turns the annotation source of the current-politics entity set
// (testdata/entities/politics.ann; its format is described in its header)
// into the gold JSON Lines file that `tribuna eval entities` reads. Every
// offset is found by the program, never written by hand: a span is searched
// at word boundaries after the previous span of its kind.
//
//	go run testdata/entities/tools/politics.go -build testdata/entities/politics.ann -out testdata/entities/politics.jsonl
//	go run testdata/entities/tools/politics.go -build testdata/entities/politics.ann -review   # spans bracketed, for proofreading
//	go run testdata/entities/tools/politics.go -check testdata/entities/politics.jsonl         # read back with internal/eval
//	go run testdata/entities/tools/politics.go -build testdata/entities/politics.ann -gazetteer g.jsonl  # entries against `tribuna gazetteer`
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/eval"
)

func main() {
	build := flag.String("build", "", "annotation source to read")
	out := flag.String("out", "", "-build: the JSON Lines file to write")
	review := flag.Bool("review", false, "-build: print every paragraph with its spans bracketed")
	gaz := flag.String("gazetteer", "", "-build: compare the entries with this `tribuna gazetteer` output")
	check := flag.String("check", "", "JSON Lines file to read back with internal/eval")
	flag.Parse()
	switch {
	case *build != "":
		docs, entries, err := readAnn(*build)
		if err != nil {
			fail(err)
		}
		if *review {
			for _, d := range docs {
				printReview(d)
			}
		}
		if *gaz != "" {
			if err := compareGazetteer(entries, *gaz); err != nil {
				fail(err)
			}
		}
		if *out != "" {
			if err := write(docs, *out); err != nil {
				fail(err)
			}
			if err := checkFile(*out); err != nil {
				fail(err)
			}
		}
	case *check != "":
		if err := checkFile(*check); err != nil {
			fail(err)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "politics:", err)
	os.Exit(1)
}

type entry struct{ name, typ, id string }

// readAnn reads the annotation source at path: the entries and the
// paragraphs with their spans located in the text. Errors name the line.
func readAnn(path string) ([]eval.EntityDoc, map[string]entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	a := annReader{entries: map[string]entry{}}
	for n, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimRight(raw, " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := a.line(line); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
	}
	for _, d := range a.docs {
		if d.Text == "" {
			return nil, nil, fmt.Errorf("%s: %s has no text", path, d.ID)
		}
	}
	return a.docs, a.entries, nil
}

// annReader is what reading an annotation source keeps from line to line.
type annReader struct {
	entries               map[string]entry
	docs                  []eval.EntityDoc
	textDone              bool // the paragraph's spans have begun
	entCursor, roleCursor int  // where the next entity (role) span is searched from
}

// line reads one line: a one-letter tag, a space, and what the tag says.
func (a *annReader) line(line string) error {
	if len(line) < 2 || line[1] != ' ' {
		return errors.New("want a one-letter tag and a space")
	}
	tag, rest := line[0], strings.TrimSpace(line[2:])
	var d *eval.EntityDoc
	if len(a.docs) > 0 {
		d = &a.docs[len(a.docs)-1]
	}
	if tag != '@' && tag != '=' && d == nil {
		return fmt.Errorf("%c before any paragraph", tag)
	}
	switch tag {
	case '@':
		return a.entry(rest)
	case '=':
		return a.paragraph(rest)
	case 't':
		if a.textDone {
			return errors.New("text after spans")
		}
		if d.Text != "" {
			d.Text += "\n"
		}
		d.Text += rest
		return nil
	case 'e', 'd', 'r':
		return a.span(d, tag, rest)
	default:
		return fmt.Errorf("unknown tag %c", tag)
	}
}

// entry reads an entry: @ NAME | TYPE | QID.
func (a *annReader) entry(rest string) error {
	f := splitTrim(rest, "|")
	if len(f) != 3 {
		return errors.New("want @ NAME | TYPE | QID")
	}
	if _, dup := a.entries[f[0]]; dup {
		return fmt.Errorf("entry %q twice", f[0])
	}
	if !validType(f[1]) || (f[2] != "" && !isQID(f[2])) {
		return fmt.Errorf("bad type or QID in %q", rest)
	}
	a.entries[f[0]] = entry{f[0], f[1], f[2]}
	return nil
}

// paragraph starts a paragraph: = ID YYYY-MM-DD.
func (a *annReader) paragraph(rest string) error {
	f := strings.Fields(rest)
	if len(f) != 2 {
		return errors.New("want = ID YYYY-MM-DD")
	}
	if _, err := time.Parse(time.DateOnly, f[1]); err != nil {
		return fmt.Errorf("date: %v", err)
	}
	a.docs = append(a.docs, eval.EntityDoc{ID: f[0], Date: f[1], Entities: []eval.GoldEntity{}, Roles: []eval.GoldRole{}})
	a.textDone, a.entCursor, a.roleCursor = false, 0, 0
	return nil
}

// span reads a span of d (tag e: an entity, d: a demonym, r: a role),
// finds it in d's text after the previous span of its kind, and adds it.
func (a *annReader) span(d *eval.EntityDoc, tag byte, rest string) error {
	a.textDone = true
	span, name, typ, err := parseSpan(rest, tag)
	if err != nil {
		return err
	}
	span, skip, err := cutSkip(span)
	if err != nil {
		return err
	}
	cursor := &a.entCursor
	if tag == 'r' {
		cursor = &a.roleCursor
	}
	start, end, err := locate(d.Text, span, *cursor, skip)
	if err != nil {
		return err
	}
	*cursor = end
	if tag == 'r' {
		r := eval.GoldRole{Text: span, Start: start, End: end}
		if name != "?" {
			e, ok := a.entries[name]
			if !ok || e.typ != "PER" {
				return fmt.Errorf("role names %q, which is no PER entry", name)
			}
			r.Name, r.ID = e.name, e.id
		}
		d.Roles = append(d.Roles, r)
		return nil
	}
	if name == "" {
		name = span
	}
	e, ok := a.entries[name]
	if !ok {
		return fmt.Errorf("no entry %q", name)
	}
	g := eval.GoldEntity{Text: span, Start: start, End: end, Type: e.typ, Name: e.name, ID: e.id}
	if typ != "" {
		g.Type = typ
	}
	if tag == 'd' {
		g.Via = "demonym"
		if e.typ != "LOC" {
			return fmt.Errorf("demonym of %q, which is no place", name)
		}
	}
	d.Entities = append(d.Entities, g)
	return nil
}

// parseSpan reads "SPAN [> NAME] [: TYPE]" (e), "SPAN > NAME" (d, r).
func parseSpan(s string, tag byte) (span, name, typ string, err error) {
	if tag == 'e' {
		if i := strings.LastIndex(s, " : "); i >= 0 {
			s, typ = s[:i], strings.TrimSpace(s[i+3:])
			if !validType(typ) {
				return "", "", "", fmt.Errorf("bad type %q", typ)
			}
		}
	}
	span, name, has := strings.Cut(s, " > ")
	span, name = strings.TrimSpace(span), strings.TrimSpace(name)
	if (tag == 'd' || tag == 'r') && (!has || name == "") {
		return "", "", "", fmt.Errorf("want %c SPAN > NAME", tag)
	}
	if span == "" {
		return "", "", "", fmt.Errorf("empty span")
	}
	return span, name, typ, nil
}

// cutSkip reads a trailing " ^N": skip N occurrences.
func cutSkip(s string) (string, int, error) {
	i := strings.LastIndex(s, " ^")
	if i < 0 {
		return s, 0, nil
	}
	n, err := strconv.Atoi(s[i+2:])
	if err != nil || n < 1 {
		return "", 0, fmt.Errorf("bad skip in %q", s)
	}
	return s[:i], n, nil
}

// locate finds span in text at or after from, at word boundaries, skipping
// skip occurrences.
func locate(text, span string, from, skip int) (int, int, error) {
	for i := from; i <= len(text)-len(span); {
		j := strings.Index(text[i:], span)
		if j < 0 {
			break
		}
		start, end := i+j, i+j+len(span)
		if boundaryBefore(text, start) && boundaryAfter(text, end) {
			if skip == 0 {
				return start, end, nil
			}
			skip--
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		i = start + size
	}
	return 0, 0, fmt.Errorf("%q not found after byte %d", span, from)
}

func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func boundaryAfter(text string, i int) bool {
	if i == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func splitTrim(s, sep string) []string {
	f := strings.Split(s, sep)
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f
}

func validType(t string) bool { return t == "PER" || t == "LOC" || t == "ORG" }

func isQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return err == nil
}

func write(docs []eval.EntityDoc, path string) error {
	var b bytes.Buffer
	for _, d := range docs {
		sort.SliceStable(d.Entities, func(i, j int) bool { return d.Entities[i].Start < d.Entities[j].Start })
		sort.SliceStable(d.Roles, func(i, j int) bool { return d.Roles[i].Start < d.Roles[j].Start })
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func checkFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	docs, err := eval.ReadEntityDocs(f, path)
	if err != nil {
		return err
	}
	var ents, dems, roles int
	types := map[string]int{}
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.Via == "demonym" {
				dems++
				continue
			}
			ents++
			types[e.Type]++
		}
		roles += len(d.Roles)
	}
	fmt.Fprintf(os.Stderr, "%s: %d paragraphs, %d entities (PER %d, LOC %d, ORG %d), %d demonyms, %d roles\n",
		path, len(docs), ents, types["PER"], types["LOC"], types["ORG"], dems, roles)
	return nil
}

// printReview prints a paragraph with entities in [brackets|TYPE] and roles
// in {braces}.
func printReview(d eval.EntityDoc) {
	type mark struct {
		at    int
		s     string
		order int
	}
	var ms []mark
	for _, e := range d.Entities {
		t := e.Type
		if e.Via == "demonym" {
			t = "dem"
		}
		ms = append(ms, mark{e.Start, "[", 1}, mark{e.End, "|" + t + "]", 0})
	}
	for _, r := range d.Roles {
		ms = append(ms, mark{r.Start, "{", 2}, mark{r.End, "}", -1})
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].at != ms[j].at {
			return ms[i].at < ms[j].at
		}
		return ms[i].order < ms[j].order
	})
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(d.Text[last:m.at])
		b.WriteString(m.s)
		last = m.at
	}
	b.WriteString(d.Text[last:])
	fmt.Printf("%s %s\n%s\n", d.ID, d.Date, b.String())
	for _, e := range d.Entities {
		fmt.Printf("    %-24q %-4s %s %s %s\n", e.Text, e.Type, e.Name, e.ID, e.Via)
	}
	for _, r := range d.Roles {
		fmt.Printf("    role %-28q → %s %s\n", r.Text, r.Name, r.ID)
	}
	fmt.Println()
}

// compareGazetteer reports the entries whose name is not a canonical name
// of the gazetteer, or whose QID differs from the gazetteer's.
func compareGazetteer(entries map[string]entry, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	type gent struct {
		ID, Type, Name string
	}
	byName := map[string][]gent{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		var g gent
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			continue
		}
		byName[g.Name] = append(byName[g.Name], g)
	}
	names := make([]string, 0, len(entries))
	for n := range entries {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		e := entries[n]
		gs := byName[n]
		if len(gs) == 0 {
			fmt.Printf("not in the gazetteer: %s %s %s\n", e.typ, e.name, e.id)
			continue
		}
		ok := false
		for _, g := range gs {
			if g.Type == e.typ && (e.id == "" && !isQID(g.ID) || g.ID == e.id) {
				ok = true
			}
		}
		if !ok {
			fmt.Printf("differs: %s %s %q; gazetteer %v\n", e.typ, e.name, e.id, gs)
		}
	}
	return sc.Err()
}
