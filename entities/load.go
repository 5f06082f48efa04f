package entities

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// tsvHeader is the header line of the TSV format (data/README.md): the
// columns of the first files, which stay enough; tsvColumns are all the
// columns a header may name, in the order Gazetteer.WriteTSV writes them.
const tsvHeader = "id\ttype\tname\taliases\tdemonyms\troles\tflags"

var tsvColumns = [...]string{"id", "type", "name", "aliases", "demonyms", "roles", "flags", "party", "gender", "source"}

// maxLine bounds one input line (1 MiB), so a broken file cannot exhaust memory.
const maxLine = 1 << 20

// Load reads a gazetteer in the TSV format of data/README.md or as JSON Lines
// (one object a line: {"id","type","name","aliases","demonyms","roles",
// "flags","party","gender","source"}, roles as strings in the TSV syntax, flags and
// sources as strings). The format is detected from the first line that is not
// blank or a # comment. Errors name the line. The result holds only the
// file's entries: use Default().Merge(g) to extend the default gazetteer.
func Load(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	es, err := parse(string(data), false)
	if err != nil {
		return nil, err
	}
	b := newBuilder()
	for _, e := range es {
		b.add(e)
	}
	return b.build(), nil
}

// parse reads entries from data, whose strings they share; with lenient set
// it skips bad lines instead of failing (the embedded data must never stop
// Default from working).
func parse(data string, lenient bool) ([]*Entry, error) {
	var (
		es   []*Entry
		errs []error
		p    entryParser
	)
	for n := 1; len(data) > 0; n++ {
		var line string
		line, data = cutLine(data)
		if len(line) > maxLine {
			return nil, lineErr(n, errors.New("longer than 1 MiB"))
		}
		line, trimmed := cleanLine(line, n == 1)
		if len(trimmed) == 0 || trimmed[0] == '#' {
			continue
		}
		if !utf8.ValidString(line) {
			if err := lineErr(n, errors.New("invalid UTF-8")); !lenient {
				return nil, err
			}
			continue
		}
		if p.format == "" {
			header, err := p.detect(line, trimmed)
			if err != nil {
				return nil, lineErr(n, err)
			}
			if header {
				continue
			}
		}
		e, err := p.entry(line, trimmed)
		if err != nil {
			if !lenient {
				return nil, lineErr(n, err)
			}
			errs = append(errs, lineErr(n, err))
			continue
		}
		es = append(es, e)
	}
	return es, errors.Join(errs...)
}

// cutLine cuts data after its first line, leaving out the line break.
func cutLine(data string) (line, rest string) {
	if k := strings.IndexByte(data, '\n'); k >= 0 {
		return data[:k], data[k+1:]
	}
	return data, ""
}

// cleanLine drops a line's carriage return (and the first line's byte order
// mark) and returns it with its white space trimmed too.
func cleanLine(line string, first bool) (clean, trimmed string) {
	if first {
		line = strings.TrimPrefix(line, "\ufeff")
	}
	line = strings.TrimSuffix(line, "\r")
	return line, strings.TrimSpace(line)
}

// entryParser reads the entry lines of one file, in the format its first
// line shows.
type entryParser struct {
	format string // "", "tsv", "jsonl"
	cols   []int  // TSV: the column of each header position (index in tsvColumns)
	lists  listCache
}

// detect sets the format from the first line that is not blank or a
// comment: JSON Lines when it opens an object, else TSV with that line as
// its header (header is then true).
func (p *entryParser) detect(line, trimmed string) (header bool, err error) {
	if trimmed[0] == '{' {
		p.format = "jsonl"
		return false, nil
	}
	p.format = "tsv"
	p.cols, err = parseHeader(line)
	return true, err
}

// entry parses an entry line.
func (p *entryParser) entry(line, trimmed string) (*Entry, error) {
	if p.format == "jsonl" {
		return parseJSON([]byte(trimmed))
	}
	return parseTSV(line, p.cols, &p.lists)
}

// parseHeader reads a TSV header: column names of tsvColumns, each at most
// once, id, type and name among them.
func parseHeader(line string) ([]int, error) {
	bad := fmt.Errorf("want the header %q, or one with columns among %s", tsvHeader, strings.Join(tsvColumns[:], ", "))
	var cols []int
	seen := map[int]bool{}
	for _, name := range strings.Split(line, "\t") {
		k := slices.Index(tsvColumns[:], strings.TrimSpace(name))
		if k < 0 || seen[k] {
			return nil, bad
		}
		seen[k] = true
		cols = append(cols, k)
	}
	if !seen[0] || !seen[1] || !seen[2] {
		return nil, bad
	}
	return cols, nil
}

func lineErr(n int, err error) error { return fmt.Errorf("line %d: %w", n, err) }

func parseTSV(line string, cols []int, lists *listCache) (*Entry, error) {
	e := lists.entry()
	k := 0
	for rest, more := line, true; more; k++ {
		var col string
		col, rest, more = strings.Cut(rest, "\t")
		if k >= len(cols) {
			continue // counted below
		}
		col = strings.TrimSpace(col)
		switch tsvColumns[cols[k]] {
		case "id":
			e.ID = col
		case "type":
			e.Type = Type(col)
		case "name":
			e.Name = col
		case "aliases":
			e.Aliases = lists.split(col, "|")
		case "demonyms":
			e.Demonyms = lists.split(col, "|")
		case "roles":
			if need := strings.Count(col, "|") + 1; cap(lists.roles)-len(lists.roles) < need {
				lists.roles = make([]Role, 0, max(256, need)) // a new slab: earlier entries keep theirs
			}
			start := len(lists.roles)
			for rest, more := col, col != ""; more; {
				var s string
				s, rest, more = strings.Cut(rest, "|")
				if s = strings.TrimSpace(s); s == "" {
					continue
				}
				r, err := parseRole(s)
				if err != nil {
					return nil, err
				}
				lists.roles = append(lists.roles, r)
			}
			if n := len(lists.roles); n > start {
				e.Roles = lists.roles[start:n:n]
			}
		case "flags":
			e.Flags = lists.get(col, ";")
		case "party":
			e.Party = col
		case "gender":
			e.Gender = col
		case "source":
			e.Sources = lists.get(col, "|")
		}
	}
	if k != len(cols) {
		return nil, fmt.Errorf("want %d columns, got %d", len(cols), k)
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

// parseRole reads role@Place, role@Place:from-to (years) or
// role@Place:start/end (dates, YYYY-MM-DD or shorter), and metonym@role@Place.
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
	place, period, hasPeriod := strings.Cut(rest, ":")
	r.Place = strings.TrimSpace(place)
	if r.Place == "" {
		return Role{}, fmt.Errorf("role %q: no place", s)
	}
	if !hasPeriod {
		return r, nil
	}
	if from, to, dated := strings.Cut(period, "/"); dated {
		var err error
		if r.Start, err = ParseDate(strings.TrimSpace(from)); err != nil {
			return Role{}, fmt.Errorf("role %q: %w", s, err)
		}
		if r.End, err = ParseDate(strings.TrimSpace(to)); err != nil {
			return Role{}, fmt.Errorf("role %q: %w", s, err)
		}
		r.From, r.To = r.Start.Year(), r.End.Year()
		if r.End != 0 && r.Start > r.End.last() {
			return Role{}, fmt.Errorf("role %q: ends before it starts", s)
		}
		return r, nil
	}
	from, to, _ := strings.Cut(period, "-")
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
	return r, nil
}

// roleString writes r in the syntax parseRole reads.
func roleString(r Role) string {
	if r.Metonym {
		return "metonym@" + r.Name + "@" + r.Place
	}
	s := r.Name + "@" + r.Place
	switch {
	case r.Start != 0 || r.End != 0:
		from, to := r.Start, r.End
		if from == 0 {
			from = MakeDate(r.From, 0, 0)
		}
		if to == 0 {
			to = MakeDate(r.To, 0, 0)
		}
		s += ":" + from.String() + "/" + to.String()
	case r.From != 0 || r.To != 0:
		s += ":"
		if r.From != 0 {
			s += strconv.Itoa(r.From)
		}
		s += "-"
		if r.To != 0 {
			s += strconv.Itoa(r.To)
		}
	}
	return s
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
	if e.Gender != "" && e.Gender != GenderFemale && e.Gender != GenderMale {
		return fmt.Errorf("gender %q: want %s, %s or nothing", e.Gender, GenderFemale, GenderMale)
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
	Party    string   `json:"party,omitempty"`
	Gender   string   `json:"gender,omitempty"`
	Flags    []string `json:"flags"`
	Source   []string `json:"source,omitempty"`
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
		Aliases: clean(j.Aliases), Demonyms: clean(j.Demonyms), Flags: clean(j.Flags),
		Party: strings.TrimSpace(j.Party), Gender: strings.TrimSpace(j.Gender), Sources: clean(j.Source)}
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

// listCache shares the lists that many entries repeat (flags, sources): one
// slice for every entry of the same source, capped so that appending to it
// copies it. It also hands out entries, list items and roles from slabs, a
// few allocations for thousands of entries.
type listCache struct {
	shared  map[string][]string
	entries []Entry
	strs    []string
	roles   []Role
}

func (c *listCache) get(col, sep string) []string {
	if col == "" {
		return nil
	}
	if c.shared == nil {
		c.shared = map[string][]string{}
	}
	l, ok := c.shared[col]
	if !ok {
		l = splitList(col, sep)
		l = l[:len(l):len(l)]
		c.shared[col] = l
	}
	return l
}

// entry returns a new zero entry from the slab.
func (c *listCache) entry() *Entry {
	if len(c.entries) == cap(c.entries) {
		c.entries = make([]Entry, 0, 512)
	}
	c.entries = c.entries[:len(c.entries)+1]
	return &c.entries[len(c.entries)-1]
}

// split is splitList into the slab of strings (the items are substrings of
// col; the slice is capped).
func (c *listCache) split(col, sep string) []string {
	if col == "" {
		return nil
	}
	if cap(c.strs)-len(c.strs) < strings.Count(col, sep)+1 {
		c.strs = make([]string, 0, max(1024, strings.Count(col, sep)+1))
	}
	start := len(c.strs)
	for rest, more := col, true; more; {
		var x string
		x, rest, more = strings.Cut(rest, sep)
		if x = strings.TrimSpace(x); x != "" {
			c.strs = append(c.strs, x)
		}
	}
	if n := len(c.strs); n > start {
		return c.strs[start:n:n]
	}
	return nil
}
