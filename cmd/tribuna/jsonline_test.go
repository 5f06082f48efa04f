package main

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slowDecode is what decodeLine must always agree with.
func slowDecode(b []byte) (id json.RawMessage, text, date *string, err error) {
	var doc struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Date *string         `json:"date"`
	}
	err = json.Unmarshal(b, &doc)
	return doc.ID, doc.Text, doc.Date, err
}

var jsonLines = []string{
	`{"id": "a1", "text": "Mattarella ha detto: «Avanti»."}` + "\n",
	`{"text":"x","id":7}`,
	`{"id":-1.5e+3,"text":"x"}`,
	`{"id":null,"text":"x"}`,
	`{"id":true,"text":"x","lang":"it","n":0,"ok":false,"z":null}`,
	`{"id":{"a":1},"text":"x"}`,
	`{"id":[1,2],"text":"x"}`,
	`{"text":"a\"b\\c\/d\b\f\n\r\t\u00e8\u20AC"}`,
	`{"text":"\ud83d\ude00"}`,
	`{"text":"\ud83d"}`,
	`{"text":"\u00g0"}`,
	`{"text":"\x"}`,
	`{"text":"tab	inside"}`,
	`{"Text":"case"}`,
	`{"TEXT":"case","text":"exact"}`,
	`{"te\u0078t":"escaped key"}`,
	`{"text":"one","text":"two"}`,
	`{"text":null}`,
	`{"text":12}`,
	`{"id":"x"}`,
	`{}`,
	`{"text":"x",}`,
	`{"text":"x"} trailing`,
	`{"text":"x"}{"text":"y"}`,
	`[{"text":"x"}]`,
	`"text"`,
	`{"id":01,"text":"x"}`,
	`{"id":1.,"text":"x"}`,
	`{"id":-,"text":"x"}`,
	`{"id":1e,"text":"x"}`,
	`{"id":tru,"text":"x"}`,
	`{"text":"x"`,
	`{"text":"x`,
	` { "id" : "s" , "text" : "spazi" } ` + "\r\n",
	``,
	"{\"text\":\"\xff\"}",
	`{"id":"d","date":"2024-05-01","text":"x"}`,
	`{"date":null,"text":"x"}`,
	`{"date":20240501,"text":"x"}`,
	`{"date":"2024\u002d05-01","text":"x"}`,
	`{"Date":"2024-05-01","text":"x"}`,
	`{"text":"x","date":"a","date":"b"}`,
	`{"date":nul,"text":"x"}`,
}

func TestDecodeLineAgreesWithEncodingJSON(t *testing.T) {
	for _, line := range jsonLines {
		t.Run(line, func(t *testing.T) { checkDecodeLine(t, []byte(line)) })
	}
}

func checkDecodeLine(t *testing.T, b []byte) {
	l, err := decodeLine(b, 0)
	if !utf8.Valid(b) {
		require.ErrorContains(t, err, "invalid UTF-8")
		return
	}
	wantID, wantText, wantDate, wantErr := slowDecode(b)
	switch {
	case wantErr != nil:
		require.Error(t, err)
	case wantText == nil:
		require.EqualError(t, err, `no "text" field`)
	default:
		require.NoError(t, err)
		assert.Equal(t, *wantText, l.text)
		assert.Equal(t, string(wantID), string(l.id))
		if wantDate == nil {
			assert.Empty(t, l.date)
		} else {
			assert.Equal(t, *wantDate, l.date)
		}
	}
}

func TestDecodeLineFastPathTaken(t *testing.T) {
	for _, line := range []string{jsonLines[0], jsonLines[1], jsonLines[2], jsonLines[4], jsonLines[7], jsonLines[16],
		`{"id":"d","date":"2024-05-01","text":"x"}`, `{"date":null,"text":"x"}`} {
		_, ok := decodeLineFast([]byte(line))
		assert.True(t, ok, line)
	}
}

func FuzzDecodeLine(f *testing.F) {
	for _, line := range jsonLines {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkDecodeLine(t, b)
	})
}

// TestDecodeLineDoesNotCopyTheLinePerValue: literals before a long text are
// skipped without copying the rest of the line.
func TestDecodeLineDoesNotCopyTheLinePerValue(t *testing.T) {
	line := []byte(`{"a":true,"b":false,"c":null,"id":1,"text":"` + strings.Repeat("parola ", 1<<16) + `"}`)
	allocs := testing.AllocsPerRun(10, func() {
		if _, ok := decodeLineFast(line); !ok {
			t.Fatal("fast path not taken")
		}
	})
	assert.LessOrEqual(t, allocs, 2.0) // the id and the text
}
