package tribunabeam

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/tribuna-nlp/tribuna"
)

// The input rule of `tribuna analyze -in jsonl`, line by line.
func TestDecodeLine(t *testing.T) {
	for _, tc := range []struct {
		line, id, text, date, err string
	}{
		{line: `{"id":"a","text":"Roma"}`, id: `"a"`, text: "Roma"},
		{line: `{"text":"Roma","id":7,"extra":[1]}`, id: `7`, text: "Roma"},
		{line: `{"id":{"k":1},"text":"x"}`, id: `{"k":1}`, text: "x"},
		{line: `{"text":"x"}`, text: "x"},
		{line: `{"text":"x","date":"2024-05-17"}`, text: "x", date: "2024-05-17"},
		{line: `{"text":"x","date":null}`, text: "x"},
		{line: `{"id":1,"text":"x","date":"17/05/2024"}`, id: `1`, err: `"date": "17/05/2024" is not a day written YYYY-MM-DD`},
		{line: `{"id":2}`, id: `2`, err: `no "text" field`},
		{line: `{"id":3,"text":null}`, id: `3`, err: `no "text" field`},
		{line: `{"id":4,"text":5}`, err: "invalid JSON"},
		{line: `{"id":5,"text":"x"`, err: "invalid JSON"},
		{line: "{\"id\":6,\"text\":\"Forl\xec\"}", id: `6`, err: "invalid UTF-8 at byte 20 of the line"},
	} {
		l, err := decodeLine([]byte(tc.line))
		assert.Equal(t, tc.id, string(l.id), tc.line)
		if tc.err != "" {
			if assert.Error(t, err, tc.line) {
				assert.Contains(t, err.Error(), tc.err, tc.line)
			}
			continue
		}
		assert.NoError(t, err, tc.line)
		assert.Equal(t, tc.text, l.text, tc.line)
		if tc.date != "" {
			assert.Equal(t, tc.date, l.date.Format(time.DateOnly))
		} else {
			assert.True(t, l.date.IsZero())
		}
	}
}

func TestAppendDocumentJoinsTheID(t *testing.T) {
	d := tribuna.Analyze("Mattarella è a Roma.")
	plain, _ := d.AppendJSON(nil)
	assert.Equal(t, string(plain), string(appendDocument(nil, d, nil)))
	assert.Equal(t, `{"id":[1,"a"],`+string(plain[1:]), string(appendDocument([]byte{}, d, []byte(`[1,"a"]`))))
}

func TestExcerpt(t *testing.T) {
	assert.Equal(t, "abc", excerpt("abc"))
	long := ""
	for range 30 {
		long += "àè"
	}
	e := excerpt(long)
	assert.LessOrEqual(t, len(e), 80+len("…"))
	assert.Equal(t, "…", e[len(e)-len("…"):])
	assert.Equal(t, "x\uFFFDy", excerpt("x\xffy"))
}
