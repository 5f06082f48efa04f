package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// line is one JSON Lines document: its "id" (any JSON value, kept as
// written), "text" and "date" (YYYY-MM-DD; empty when absent or null).
type line struct {
	id   json.RawMessage
	text string
	date string
}

// decodeLine reads one JSON Lines document, the line at byte off of its
// input (for the message on invalid UTF-8). It answers exactly as
// encoding/json would unmarshal the line into struct{ID json.RawMessage;
// Text, Date *string}: lines of the usual shape go through a parser written
// for them, about ten times faster, and everything else (escaped or
// differently cased keys, nested values, null texts, surrogate escapes,
// errors) through encoding/json.
func decodeLine(b []byte, off int64) (line, error) {
	if !utf8.Valid(b) {
		_, err := invalidUTF8(b, off)
		return line{}, err
	}
	if l, ok := decodeLineFast(b); ok {
		return l, nil
	}
	var doc struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Date *string         `json:"date"`
	}
	if e := json.Unmarshal(b, &doc); e != nil {
		return line{}, notJSON(b, e)
	}
	if doc.Text == nil {
		return line{}, errors.New(`no "text" field`)
	}
	l := line{id: doc.ID, text: *doc.Text}
	if doc.Date != nil {
		l.date = *doc.Date
	}
	return l, nil
}

// notJSON explains why a line is not a JSON Lines document. A line that
// does not even open an object is most likely plain text given to -in jsonl.
func notJSON(b []byte, err error) error {
	s := strings.TrimSpace(string(b))
	if strings.HasPrefix(s, "{") {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fmt.Errorf("invalid JSON: %q must be a string, not a JSON %s", te.Field, te.Value)
		}
		return fmt.Errorf("invalid JSON: %v", err)
	}
	start := s
	if n := 0; len(start) > 24 {
		for i := range start {
			if n++; n > 24 {
				start = start[:i] + "…"
				break
			}
		}
	}
	return fmt.Errorf("not JSON: with -in jsonl each line must be an object such as {\"id\": 1, \"text\": \"…\"}, and this one starts %q (for plain text, leave out -in jsonl)", start)
}

// decodeLineFast parses a flat object whose values are strings, numbers,
// true, false or null, with a string "text". It reports false for anything
// else, leaving the answer (or the error) to encoding/json.
func decodeLineFast(b []byte) (l line, ok bool) {
	p := lineParser{b: b}
	if !p.byte('{') {
		return line{}, false
	}
	hasText := false
	for first := true; !p.byte('}'); first = false {
		if !first && !p.byte(',') {
			return line{}, false
		}
		if !p.member(&l, &hasText) {
			return line{}, false
		}
		p.space()
	}
	p.space()
	if p.i != len(p.b) || !hasText {
		return line{}, false
	}
	return l, true
}

// member reads one "key": value of the object, keeping the text, date and
// id in l (hasText: the text was read) and skipping the value of any other
// key. It reports false for what encoding/json has to decide.
func (p *lineParser) member(l *line, hasText *bool) bool {
	p.space()
	ks, ke, escaped, okKey := p.str()
	if !okKey || escaped || !p.byte(':') {
		return false
	}
	key := p.b[ks:ke]
	p.space()
	switch {
	case string(key) == "text":
		if !p.stringValue(&l.text) {
			return false
		}
		*hasText = true
	case string(key) == "date":
		if p.null() { // as encoding/json: null leaves the string empty
			l.date = ""
			return true
		}
		return p.stringValue(&l.date)
	case string(key) == "id":
		vs := p.i
		if !p.value() {
			return false
		}
		l.id = append(json.RawMessage(nil), p.b[vs:p.i]...)
	case strings.EqualFold(string(key), "text") || strings.EqualFold(string(key), "id") || strings.EqualFold(string(key), "date"):
		return false // encoding/json matches keys case-insensitively
	default:
		return p.value()
	}
	return true
}

// stringValue reads a string value into v, unescaped. It reports false
// (v unchanged) for null, a number… (encoding/json says what) and for
// escapes unescape does not read.
func (p *lineParser) stringValue(v *string) bool {
	s, e, escaped, ok := p.str()
	if !ok {
		return false
	}
	if !escaped {
		*v = string(p.b[s:e])
		return true
	}
	t, ok := unescape(p.b[s:e])
	if ok {
		*v = t
	}
	return ok
}

// lineParser walks a JSON line.
type lineParser struct {
	b []byte
	i int
}

func (p *lineParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// byte skips white space and then c, if c is there.
func (p *lineParser) byte(c byte) bool {
	p.space()
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// str reads a string at p.i, returning the bounds of its content and
// whether it holds escapes; false if there is no valid string there.
func (p *lineParser) str() (start, end int, escaped, ok bool) {
	if p.i >= len(p.b) || p.b[p.i] != '"' {
		return 0, 0, false, false
	}
	start = p.i + 1
	for i := start; i < len(p.b); i++ {
		switch c := p.b[i]; {
		case c == '"':
			p.i = i + 1
			return start, i, escaped, true
		case c == '\\':
			escaped = true
			i++ // the escaped byte; unescape checks it
		case c < 0x20:
			return 0, 0, false, false
		}
	}
	return 0, 0, false, false
}

// null skips a null.
func (p *lineParser) null() bool {
	if len(p.b)-p.i >= 4 && string(p.b[p.i:p.i+4]) == "null" {
		p.i += 4
		return true
	}
	return false
}

// value skips a string, a number, true, false or null.
func (p *lineParser) value() bool {
	if p.i >= len(p.b) {
		return false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		s, e, escaped, ok := p.str()
		if ok && escaped {
			_, ok = unescape(p.b[s:e])
		}
		return ok
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if len(p.b)-p.i >= len(lit) && string(p.b[p.i:p.i+len(lit)]) == lit { // no copy of the rest of the line
			p.i += len(lit)
			return true
		}
	}
	return false
}

// number skips a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *lineParser) number() bool {
	b, i := p.b, p.i
	digits := func() int {
		n := 0
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	p.i = i
	return true
}

// unescape decodes the content of a JSON string with escapes. It refuses
// invalid escapes and \u escapes of surrogates, whose pairing rules it
// leaves to encoding/json.
func unescape(s []byte) (string, bool) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case '"', '\\', '/':
			out = append(out, s[i])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if i+5 > len(s) {
				return "", false
			}
			r := rune(0)
			for _, h := range s[i+1 : i+5] {
				switch {
				case '0' <= h && h <= '9':
					h -= '0'
				case 'a' <= h && h <= 'f':
					h -= 'a' - 10
				case 'A' <= h && h <= 'F':
					h -= 'A' - 10
				default:
					return "", false
				}
				r = r<<4 | rune(h)
			}
			if 0xD800 <= r && r < 0xE000 {
				return "", false
			}
			out = utf8.AppendRune(out, r)
			i += 4
		default:
			return "", false
		}
	}
	return string(out), true
}
