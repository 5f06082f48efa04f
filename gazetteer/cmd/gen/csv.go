package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/entities"
)

// row is a CSV record read by header name.
type row map[string]string

// readCSV reads sources/path, a CSV file with a header line.
func (g *gen) readCSV(path string) ([]row, error) {
	f, err := os.Open(filepath.Join(g.dir, "sources", path))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	head := recs[0]
	for i := range head {
		head[i] = strings.TrimSpace(strings.TrimPrefix(head[i], "\ufeff"))
	}
	var out []row
	for _, rec := range recs[1:] {
		m := row{}
		for i, h := range head {
			if i < len(rec) {
				m[h] = strings.TrimSpace(rec[i])
			}
		}
		out = append(out, m)
	}
	return out, nil
}

// date reads an ISO date (YYYY-MM-DD, possibly with a time) or a
// DD/MM/YYYY one; 0 when empty or unreadable.
func date(s string) entities.Date {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[2] == '/' && s[5] == '/' {
		s = s[6:10] + "-" + s[3:5] + "-" + s[0:2]
	}
	if len(s) > 10 {
		s = s[:10]
	}
	d, err := entities.ParseDate(s)
	if err != nil {
		return 0
	}
	return d
}

// role returns the office name@place held from start to end (dates).
func role(name, place string, start, end entities.Date) entities.Role {
	if end != 0 && start > end {
		end = 0 // a source's slip: keep the start
	}
	return entities.Role{Name: name, Place: place, Start: start, End: end, From: start.Year(), To: end.Year()}
}

// titleCase writes an upper-case name as names are written (ALBERTI
// CASELLATI → Alberti Casellati, D'ALESSANDRO → D'Alessandro); a final
// vowel followed by an apostrophe is an accented one (URZI' → Urzì,
// NICOLO' → Nicolò), as Italian registries write them in capitals.
func titleCase(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	upNext := true
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\'' && i > 0 && (i+1 == len(rs) || rs[i+1] == ' ') {
			if acc, ok := graveOf[unicode.ToLower(rs[i-1])]; ok {
				// replace the vowel just written with its accented form
				str := b.String()
				_, size := utf8.DecodeLastRuneInString(str)
				b.Reset()
				b.WriteString(str[:len(str)-size])
				b.WriteRune(acc)
				continue
			}
		}
		if upNext {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upNext = r == ' ' || r == '\'' || r == '-' || r == '.'
	}
	return b.String()
}

var graveOf = map[rune]rune{'a': 'à', 'e': 'è', 'i': 'ì', 'o': 'ò', 'u': 'ù'}

// slug is the local id of a name: x: + lower-case ASCII with hyphens.
func slug(name string) string {
	var b strings.Builder
	b.WriteString("x:")
	dash := false
	for _, r := range strings.ToLower(name) {
		if a, ok := asciiOf[r]; ok {
			r = a
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 2 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

var asciiOf = map[rune]rune{'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ì': 'i', 'í': 'i',
	'î': 'i', 'ï': 'i', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ç': 'c', 'ñ': 'n'}
