package tribunabeam

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna"
)

// line is one decoded input line.
type line struct {
	id   json.RawMessage // as written; nil when absent
	text string
	date time.Time // zero when absent or null
}

// decodeLine reads one input line by the rule of `tribuna analyze -in jsonl`:
// the line must be valid UTF-8 and a JSON object with a string "text"; its
// "id", any JSON value, is kept as written; its "date", when a string, must
// be a day written YYYY-MM-DD. The command answers as encoding/json
// unmarshaling into this struct does (with a faster parser for the usual
// lines); here encoding/json itself answers, which costs little beside the
// analysis. On error the id is returned when the line says one.
func decodeLine(b []byte) (line, error) {
	if !utf8.Valid(b) {
		return line{id: lineID(b)}, fmt.Errorf("invalid UTF-8 at byte %d of the line", invalidAt(b))
	}
	var doc struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Date *string         `json:"date"`
	}
	if e := json.Unmarshal(b, &doc); e != nil {
		return line{}, fmt.Errorf("invalid JSON: %v", e)
	}
	l := line{id: doc.ID}
	if doc.Text == nil {
		return l, errors.New(`no "text" field`)
	}
	l.text = *doc.Text
	if doc.Date != nil && *doc.Date != "" {
		d, err := time.Parse(time.DateOnly, *doc.Date)
		if err != nil {
			return l, fmt.Errorf(`"date": %q is not a day written YYYY-MM-DD`, *doc.Date)
		}
		l.date = d
	}
	return l, nil
}

// lineID is the id of a line that is not valid UTF-8, when the rest of it is
// JSON that says one (the bad bytes are usually in the text).
func lineID(line []byte) json.RawMessage {
	var doc struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal([]byte(string([]rune(string(line)))), &doc) != nil { // bad bytes → U+FFFD
		return nil
	}
	return doc.ID
}

// invalidAt is the offset of the first byte of b that is not UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// appendDocument appends d's JSON with id as its first field, as the tribuna
// command writes it: the id's JSON as given, then the fields of
// Document.AppendJSON (the date, when the line gave one, the text, …).
func appendDocument(dst []byte, d *tribuna.Document, id json.RawMessage) []byte {
	if len(id) == 0 {
		b, _ := d.AppendJSON(dst) // never fails
		return b
	}
	dst = append(dst, `{"id":`...)
	dst = append(dst, id...)
	n := len(dst)
	b, _ := d.AppendJSON(dst)
	b[n] = ',' // AppendJSON opened its own object right after the id: join the two
	return b
}
