package tribuna

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/quotes"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Field is a part of a Document's JSON. Fields combine with |.
type Field uint16

// The fields of a Document's JSON. The id and the date, when set, are always
// written.
const (
	FieldText      Field = 1 << iota // "text"
	FieldSentences                   // "sentences": spans
	FieldTokens                      // "tokens": spans with their kind
	FieldStems                       // "stem" in each token (it implies FieldTokens)
	FieldEntities                    // "entities"
	FieldRoles                       // "roles"
	FieldQuotes                      // "quotes"
	AllFields      = FieldText | FieldSentences | FieldTokens | FieldStems | FieldEntities | FieldRoles | FieldQuotes
)

var fieldNames = []struct {
	name string
	f    Field
}{
	{"text", FieldText}, {"sentences", FieldSentences}, {"tokens", FieldTokens}, {"stems", FieldStems | FieldTokens},
	{"entities", FieldEntities}, {"roles", FieldRoles}, {"quotes", FieldQuotes}, {"all", AllFields},
}

// FieldNames lists the names ParseFields reads, in the order the JSON
// writes them.
func FieldNames() []string {
	out := make([]string, len(fieldNames))
	for i, f := range fieldNames {
		out[i] = f.name
	}
	return out
}

// ParseFields reads a comma-separated list of field names (text, sentences,
// tokens, stems, entities, roles, quotes, all): "entities,quotes".
func ParseFields(s string) (Field, error) {
	var fs Field
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		i := -1
		for k, f := range fieldNames {
			if f.name == name {
				i = k
			}
		}
		if i < 0 {
			return 0, fmt.Errorf("unknown field %q (want some of %s)", name, strings.Join(FieldNames(), ", "))
		}
		fs |= fieldNames[i].f
	}
	return fs, nil
}

// Steps returns the analysis steps that the fields need, so that an
// Analyzer does no work that is not written.
func (f Field) Steps() Steps {
	var s Steps
	if f&FieldStems != 0 {
		s |= StepStems
	}
	if f&FieldEntities != 0 {
		s |= StepEntities
	}
	if f&FieldRoles != 0 {
		s |= StepRoles
	}
	if f&FieldQuotes != 0 {
		s |= StepQuotes
	}
	return s
}

// Offsets is the unit in which the JSON counts offsets.
//
// JSON cannot hold invalid UTF-8: a text that has some is written with each
// bad byte as U+FFFD, as encoding/json writes it. Rune and UTF-16 offsets
// count such a byte as one unit, so they still cut the spans out of the
// JSON's text; byte offsets count the bytes of Document.Text, which the
// JSON's text no longer has (the tribuna command refuses such input).
type Offsets uint8

// The units of offsets. Go slices strings by bytes, Python by code points,
// JavaScript and Java by UTF-16 code units: each can then cut a span out of
// the text with its own text[start:end].
const (
	ByteOffsets  Offsets = iota // UTF-8 bytes, as the Document holds them
	RuneOffsets                 // Unicode code points (Python)
	UTF16Offsets                // UTF-16 code units (JavaScript, Java, C#)
)

var offsetNames = [...]string{"bytes", "runes", "utf16"}

// String returns the name ParseOffsets reads: "bytes", "runes" or "utf16".
func (o Offsets) String() string {
	if int(o) < len(offsetNames) {
		return offsetNames[o]
	}
	return "Offsets(" + strconv.Itoa(int(o)) + ")"
}

// ParseOffsets reads "bytes", "runes" or "utf16".
func ParseOffsets(s string) (Offsets, error) {
	for i, n := range offsetNames {
		if s == n {
			return Offsets(i), nil
		}
	}
	return 0, fmt.Errorf("unknown offsets %q (want bytes, runes or utf16)", s)
}

// JSONFormat says which fields a Document's JSON holds and how its offsets
// count. The zero value writes every field with byte offsets, as
// MarshalJSON does.
type JSONFormat struct {
	Fields  Field // zero: AllFields
	Offsets Offsets
}

// MarshalJSON encodes the document as the tribuna command prints it: the id
// and date when set, the text, sentences as spans, tokens with their kind and
// stem, entities and role mentions with their canonical name, id and how they
// were found, and quotes with their speakers.
func (d *Document) MarshalJSON() ([]byte, error) { return JSONFormat{}.Append(nil, d), nil }

// AppendJSON appends the document's JSON, as MarshalJSON writes it, to dst.
// It never fails; the error is there for symmetry with MarshalJSON.
func (d *Document) AppendJSON(dst []byte) ([]byte, error) { return JSONFormat{}.Append(dst, d), nil }

// Append appends d's JSON in format f to dst. The JSON is written without
// reflection, so that large batches spend their time analyzing, not
// encoding; its strings are escaped as encoding/json escapes them.
func (f JSONFormat) Append(dst []byte, d *Document) []byte {
	fs := f.Fields
	if fs == 0 {
		fs = AllFields
	}
	w := jsonWriter{b: dst, off: offsetCounter{text: d.Text, unit: f.Offsets}}
	w.b = append(w.b, '{')
	if d.ID != "" {
		w.key("id")
		w.b = appendString(w.b, d.ID)
	}
	if !d.Date.IsZero() {
		w.key("date")
		w.b = append(w.b, '"')
		w.b = d.Date.AppendFormat(w.b, time.DateOnly)
		w.b = append(w.b, '"')
	}
	if fs&FieldText != 0 {
		w.key("text")
		w.b = appendString(w.b, d.Text)
	}
	if fs&FieldSentences != 0 {
		w.key("sentences")
		w.sentences(d.Sentences)
	}
	if fs&(FieldTokens|FieldStems) != 0 {
		w.key("tokens")
		stems := d.Stems
		if fs&FieldStems == 0 {
			stems = nil
		}
		w.tokens(d.Tokens, stems)
	}
	if fs&FieldEntities != 0 {
		w.key("entities")
		w.mentions(d.Entities)
	}
	if fs&FieldRoles != 0 {
		w.key("roles")
		w.mentions(d.Roles)
	}
	if fs&FieldQuotes != 0 {
		w.key("quotes")
		w.quotes(d.Quotes)
	}
	return append(w.b, '}')
}

// jsonWriter appends a document's parts to b, counting offsets with off.
type jsonWriter struct {
	b   []byte
	off offsetCounter
}

// key writes "key": after a comma unless it is the object's first member.
func (w *jsonWriter) key(key string) {
	if len(w.b) > 0 && w.b[len(w.b)-1] != '{' {
		w.b = append(w.b, ',')
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, key...)
	w.b = append(w.b, '"', ':')
}

func (w *jsonWriter) sentences(ss []tokenize.Sentence) {
	w.b = append(w.b, '[')
	for i, s := range ss {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, `{"start":`...)
		w.int(w.off.at(s.Start))
		w.b = append(w.b, `,"end":`...)
		w.int(w.off.at(s.End))
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

// tokens writes each token with its kind, and its stem when stems has one
// (nil: the stems are not asked for).
func (w *jsonWriter) tokens(ts []tokenize.Token, stems []string) {
	w.b = append(w.b, '[')
	for i, t := range ts {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.span(t.Text, t.Start, t.End)
		w.b = append(w.b, `,"kind":"`...)
		w.b = append(w.b, t.Kind.String()...)
		w.b = append(w.b, '"')
		if i < len(stems) && stems[i] != "" {
			w.b = append(w.b, `,"stem":`...)
			w.b = appendString(w.b, stems[i])
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) quotes(qs []quotes.Quote) {
	w.b = append(w.b, '[')
	for i := range qs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.quote(&qs[i])
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) int(n int) { w.b = appendInt(w.b, n) }

// appendInt appends n in decimal. Offsets are small non-negative numbers:
// they are written two digits at a time without strconv's generality.
func appendInt(b []byte, n int) []byte {
	if n < 0 || n >= 1e9 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	if n < 10 {
		return append(b, byte('0'+n))
	}
	var buf [10]byte
	i := len(buf)
	for n >= 100 {
		q := n / 100
		r := 2 * (n - 100*q)
		i -= 2
		buf[i], buf[i+1] = digitPairs[r], digitPairs[r+1]
		n = q
	}
	if n >= 10 {
		i -= 2
		buf[i], buf[i+1] = digitPairs[2*n], digitPairs[2*n+1]
	} else {
		i--
		buf[i] = byte('0' + n)
	}
	return append(b, buf[i:]...)
}

const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839" +
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// span opens a span object: {"text":…,"start":…,"end":…
func (w *jsonWriter) span(text string, start, end int) {
	w.b = append(w.b, `{"text":`...)
	w.b = appendString(w.b, text)
	w.b = append(w.b, `,"start":`...)
	w.int(w.off.at(start))
	w.b = append(w.b, `,"end":`...)
	w.int(w.off.at(end))
}

func (w *jsonWriter) mentions(ms []entities.Mention) {
	w.b = append(w.b, '[')
	for i, m := range ms {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.span(m.Text, m.Start, m.End)
		w.b = append(w.b, `,"type":`...)
		w.b = appendString(w.b, string(m.Type))
		name, id := m.Text, ""
		if m.Entry != nil {
			name, id = m.Entry.Name, m.Entry.ID
		}
		w.b = append(w.b, `,"name":`...)
		w.b = appendString(w.b, name)
		if id != "" {
			w.b = append(w.b, `,"id":`...)
			w.b = appendString(w.b, id)
		}
		w.b = append(w.b, `,"via":`...)
		w.b = appendString(w.b, m.Via.String())
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
}

// quote writes q with the keys of quotes.Quote's JSON tags.
func (w *jsonWriter) quote(q *quotes.Quote) {
	w.span(q.Text, q.Start, q.End)
	w.b = append(w.b, `,"kind":`...)
	w.b = appendString(w.b, string(q.Kind))
	w.b = append(w.b, `,"cue":`...)
	w.b = appendString(w.b, q.Cue)
	w.b = append(w.b, `,"speakers":[`...)
	for i, s := range q.Speakers {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b = append(w.b, `{"name":`...)
		w.b = appendString(w.b, s.Name)
		w.b = append(w.b, `,"id":`...)
		w.b = appendString(w.b, s.ID)
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, `],"speaker_mention":`...)
	if m := q.Mention; m != nil {
		w.span(m.Text, m.Start, m.End)
		w.b = append(w.b, '}')
	} else {
		w.b = append(w.b, "null"...)
	}
	if q.Addressee != "" {
		w.b = append(w.b, `,"addressee":`...)
		w.b = appendString(w.b, q.Addressee)
	}
	if q.Source != "" {
		w.b = append(w.b, `,"source":`...)
		w.b = appendString(w.b, q.Source)
	}
	w.b = append(w.b, '}')
}

// offsetCounter turns byte offsets into text into offsets in unit. Offsets
// mostly come in increasing order, so it walks forward from the last one;
// for one that goes back it restarts from a checkpoint kept every
// checkpointEvery bytes, so that any order costs linear time in the text.
// An invalid UTF-8 byte counts as one unit, as the U+FFFD that replaces it
// in the JSON text does.
type offsetCounter struct {
	text  string
	unit  Offsets
	pos   int      // a rune boundary of text
	n     int      // units before pos
	marks [][2]int // (pos, n) at the first boundary of each checkpointEvery bytes, in order
}

const checkpointEvery = 1024

func (c *offsetCounter) at(b int) int {
	if c.unit == ByteOffsets {
		return b
	}
	if b < c.pos {
		k := sort.Search(len(c.marks), func(k int) bool { return c.marks[k][0] > b }) - 1
		c.pos, c.n = 0, 0
		if k >= 0 {
			c.pos, c.n = c.marks[k][0], c.marks[k][1]
		}
	}
	text := c.text
	for c.pos < b && c.pos < len(text) {
		if m := len(c.marks); c.pos >= (m+1)*checkpointEvery {
			c.marks = append(c.marks, [2]int{c.pos, c.n})
		}
		if text[c.pos] < utf8.RuneSelf {
			c.pos++
			c.n++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[c.pos:])
		c.pos += size
		c.n++
		if r > 0xFFFF && c.unit == UTF16Offsets {
			c.n++ // a surrogate pair
		}
	}
	return c.n
}

const hexDigits = "0123456789abcdef"

// plainASCII marks the ASCII bytes a JSON string holds as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendString appends s as a JSON string. Like encoding/json it escapes
// control characters, <, > and & (so the output is safe inside HTML), U+2028
// and U+2029, and writes invalid UTF-8 bytes as U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] {
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
