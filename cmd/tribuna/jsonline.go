package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// decodeLine reads one JSON Lines document: its "id" (any JSON value, kept
// as written) and its "text". It answers exactly as encoding/json would
// unmarshal the line into struct{ID json.RawMessage; Text *string}: lines of
// the usual shape go through a parser written for them, about ten times
// faster, and everything else (escaped or differently cased keys, nested
// values, null texts, surrogate escapes, errors) through encoding/json.
func decodeLine(b []byte) (id json.RawMessage, text string, err error) {
	if !utf8.Valid(b) {
		_, err := invalidUTF8(b)
		return nil, "", err
	}
	if id, text, ok := decodeLineFast(b); ok {
		return id, text, nil
	}
	var doc struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if e := json.Unmarshal(b, &doc); e != nil {
		return nil, "", fmt.Errorf("invalid JSON: %v", e)
	}
	if doc.Text == nil {
		return nil, "", errors.New(`no "text" field`)
	}
	return doc.ID, *doc.Text, nil
}

// decodeLineFast parses a flat object whose values are strings, numbers,
// true, false or null, with a string "text". It reports false for anything
// else, leaving the answer (or the error) to encoding/json.
func decodeLineFast(b []byte) (id json.RawMessage, text string, ok bool) {
	p := lineParser{b: b}
	if !p.byte('{') {
		return nil, "", false
	}
	hasText := false
	for first := true; ; first = false {
		if p.byte('}') {
			break
		}
		if !first && !p.byte(',') {
			return nil, "", false
		}
		p.space()
		ks, ke, escaped, okKey := p.str()
		if !okKey || escaped || !p.byte(':') {
			return nil, "", false
		}
		key := b[ks:ke]
		p.space()
		switch {
		case string(key) == "text":
			s, e, escaped, okText := p.str()
			if !okText {
				return nil, "", false // null, a number…: encoding/json says what
			}
			if escaped {
				t, okText := unescape(b[s:e])
				if !okText {
					return nil, "", false
				}
				text = t
			} else {
				text = string(b[s:e])
			}
			hasText = true
		case string(key) == "id":
			vs := p.i
			if !p.value() {
				return nil, "", false
			}
			id = append(json.RawMessage(nil), b[vs:p.i]...)
		case strings.EqualFold(string(key), "text") || strings.EqualFold(string(key), "id"):
			return nil, "", false // encoding/json matches keys case-insensitively
		default:
			if !p.value() {
				return nil, "", false
			}
		}
		p.space()
	}
	p.space()
	if p.i != len(b) || !hasText {
		return nil, "", false
	}
	return id, text, true
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
