package tribuna

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/quotes"
)

// MarshalJSON encodes the document as the tribuna command prints it:
// sentences as spans, tokens with their kind and stem, entities with their
// canonical name, id and how they were found, and quotes with their speakers.
func (d *Document) MarshalJSON() ([]byte, error) { return d.AppendJSON(nil) }

// AppendJSON appends the document's JSON (as MarshalJSON writes it) to dst.
// It encodes without reflection, so that large batches spend their time
// analyzing, not encoding.
func (d *Document) AppendJSON(dst []byte) ([]byte, error) {
	b := dst
	b = append(b, '{')
	if d.ID != "" {
		b = append(b, `"id":`...)
		b = appendString(b, d.ID)
		b = append(b, ',')
	}
	b = append(b, `"text":`...)
	b = appendString(b, d.Text)

	b = append(b, `,"sentences":[`...)
	for i, s := range d.Sentences {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(s.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.End), 10)
		b = append(b, '}')
	}

	b = append(b, `],"tokens":[`...)
	for i, t := range d.Tokens {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSpan(b, t.Text, t.Start, t.End)
		b = append(b, `,"kind":"`...)
		b = append(b, t.Kind.String()...)
		b = append(b, '"')
		if i < len(d.Stems) && d.Stems[i] != "" {
			b = append(b, `,"stem":`...)
			b = appendString(b, d.Stems[i])
		}
		b = append(b, '}')
	}

	b = append(b, `],"entities":[`...)
	for i, m := range d.Entities {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSpan(b, m.Text, m.Start, m.End)
		b = append(b, `,"type":`...)
		b = appendString(b, string(m.Type))
		name, id := m.Text, ""
		if m.Entry != nil {
			name, id = m.Entry.Name, m.Entry.ID
		}
		b = append(b, `,"name":`...)
		b = appendString(b, name)
		if id != "" {
			b = append(b, `,"id":`...)
			b = appendString(b, id)
		}
		b = append(b, `,"via":`...)
		b = appendString(b, m.Via)
		b = append(b, '}')
	}

	b = append(b, `],"quotes":`...)
	qs := d.Quotes
	if qs == nil {
		qs = []quotes.Quote{}
	}
	q, err := json.Marshal(qs) // few per document: reflection is fine here
	if err != nil {
		return dst, err
	}
	b = append(b, q...)
	return append(b, '}'), nil
}

// appendSpan appends the opening of a span object: {"text":…,"start":…,"end":…
func appendSpan(b []byte, text string, start, end int) []byte {
	b = append(b, `{"text":`...)
	b = appendString(b, text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(end), 10)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Like encoding/json it escapes
// control characters, <, > and & (so the output is safe inside HTML), U+2028
// and U+2029, and writes invalid UTF-8 bytes as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
