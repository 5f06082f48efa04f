package entities

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// tsvHeader is the header line of the TSV format (data/README.md).
const tsvHeader = "id\ttype\tname\taliases\tdemonyms\troles\tflags"

// maxLine bounds one input line (1 MiB), so a broken file cannot exhaust memory.
const maxLine = 1 << 20

// Load reads a gazetteer in the TSV format of data/README.md or as JSON Lines
// (one object a line: {"id","type","name","aliases","demonyms","roles","flags"},
// roles as strings in the TSV syntax, flags as strings). The format is detected
// from the first line that is not blank or a # comment. Errors name the line.
// The result holds only the file's entries: use Default().Merge(g) to extend
// the default gazetteer.
func Load(r io.Reader) (*Gazetteer, error) {
	es, err := parse(r, false)
	if err != nil {
		return nil, err
	}
	b := newBuilder()
	for _, e := range es {
		b.add(e)
	}
	return b.build(), nil
}

// parse reads entries; with lenient set it skips bad lines instead of failing
// (the embedded data must never stop Default from working).
func parse(r io.Reader, lenient bool) ([]*Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var (
		es     []*Entry
		format string // "", "tsv", "jsonl"
		errs   []error
	)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		trimmed := bytes.TrimSpace(line)
		if len(trimmed) == 0 || trimmed[0] == '#' {
			continue
		}
		if !utf8.Valid(line) {
			if err := lineErr(n, errors.New("invalid UTF-8")); !lenient {
				return nil, err
			}
			continue
		}
		if format == "" {
			if trimmed[0] == '{' {
				format = "jsonl"
			} else {
				format = "tsv"
				if string(bytes.TrimRight(line, "\r")) != tsvHeader {
					return nil, lineErr(n, fmt.Errorf("want the header %q", tsvHeader))
				}
				continue
			}
		}
		var (
			e   *Entry
			err error
		)
		if format == "jsonl" {
			e, err = parseJSON(trimmed)
		} else {
			e, err = parseTSV(string(bytes.TrimRight(line, "\r")))
		}
		if err != nil {
			if !lenient {
				return nil, lineErr(n, err)
			}
			errs = append(errs, lineErr(n, err))
			continue
		}
		es = append(es, e)
	}
	if err := sc.Err(); err != nil {
		return nil, lineErr(n+1, err)
	}
	return es, errors.Join(errs...)
}

func lineErr(n int, err error) error { return fmt.Errorf("line %d: %w", n, err) }

func parseTSV(line string) (*Entry, error) {
	cols := strings.Split(line, "\t")
	if len(cols) != 7 {
		return nil, fmt.Errorf("want 7 columns, got %d", len(cols))
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	e := &Entry{
		ID:       cols[0],
		Type:     Type(cols[1]),
		Name:     cols[2],
		Aliases:  splitList(cols[3], "|"),
		Demonyms: splitList(cols[4], "|"),
		Flags:    splitList(cols[6], ";"),
	}
	for _, s := range splitList(cols[5], "|") {
		r, err := parseRole(s)
		if err != nil {
			return nil, err
		}
		e.Roles = append(e.Roles, r)
	}
	return e, validate(e)
}

func splitList(s, sep string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, sep) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// parseRole reads role@Place:from-to or metonym@role@Place.
func parseRole(s string) (Role, error) {
	if rest, ok := strings.CutPrefix(s, "metonym@"); ok {
		name, place, ok := strings.Cut(rest, "@")
		if !ok || name == "" || place == "" {
			return Role{}, fmt.Errorf("role %q: want metonym@role@Place", s)
		}
		return Role{Name: name, Place: place, Metonym: true}, nil
	}
	name, rest, ok := strings.Cut(s, "@")
	if !ok || name == "" {
		return Role{}, fmt.Errorf("role %q: want role@Place:from-to", s)
	}
	r := Role{Name: strings.TrimSpace(name)}
	place, years, hasYears := strings.Cut(rest, ":")
	r.Place = strings.TrimSpace(place)
	if r.Place == "" {
		return Role{}, fmt.Errorf("role %q: no place", s)
	}
	if hasYears {
		from, to, _ := strings.Cut(years, "-")
		var err error
		if r.From, err = year(from); err != nil {
			return Role{}, fmt.Errorf("role %q: %w", s, err)
		}
		if r.To, err = year(to); err != nil {
			return Role{}, fmt.Errorf("role %q: %w", s, err)
		}
		if r.To != 0 && r.From > r.To {
			return Role{}, fmt.Errorf("role %q: ends before it starts", s)
		}
	}
	return r, nil
}

func year(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 0 || y > 9999 {
		return 0, fmt.Errorf("bad year %q", s)
	}
	return y, nil
}

func validate(e *Entry) error {
	switch e.Type {
	case PER, LOC, ORG:
	default:
		return fmt.Errorf("type %q: want PER, LOC or ORG", e.Type)
	}
	if strings.TrimSpace(e.Name) == "" {
		return errors.New("empty name")
	}
	for _, f := range e.Flags {
		if f != FlagCap && f != FlagExact {
			return fmt.Errorf("unknown flag %q", f)
		}
	}
	return nil
}

// jsonEntry is the JSON Lines form of an Entry.
type jsonEntry struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Demonyms []string `json:"demonyms"`
	Roles    []string `json:"roles"`
	Flags    []string `json:"flags"`
}

func parseJSON(line []byte) (*Entry, error) {
	var j jsonEntry
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if dec.More() {
		return nil, errors.New("bad JSON: more than one value on the line")
	}
	e := &Entry{ID: j.ID, Type: Type(j.Type), Name: strings.TrimSpace(j.Name),
		Aliases: clean(j.Aliases), Demonyms: clean(j.Demonyms), Flags: clean(j.Flags)}
	for _, s := range j.Roles {
		r, err := parseRole(strings.TrimSpace(s))
		if err != nil {
			return nil, err
		}
		e.Roles = append(e.Roles, r)
	}
	return e, validate(e)
}

func clean(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
