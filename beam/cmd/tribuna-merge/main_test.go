package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runMerge(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeInput(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestMergeShards(t *testing.T) {
	dir := t.TempDir()
	a := writeInput(t, dir, "speakers-a.jsonl",
		`{"speaker":"Xi Jinping","id":"Q15031","quotes":2,"entities":{"Cina":1}}`+"\n"+
			`{"speaker":"Giorgia Meloni","quotes":1,"entities":{}}`+"\n")
	b := writeInput(t, dir, "speakers-b.jsonl",
		`{"speaker":"Xi Jinping","quotes":1,"entities":{"Cina":2,"Russia":1}}`+"\n")
	e := writeInput(t, dir, "entities-a.jsonl",
		`{"entity":"Cina","type":"LOC","id":"Q148","documents":2,"mentions":5}`+"\n"+
			"\n"+ // blank lines are skipped
			`{"entity":"Russia","type":"LOC","id":"Q159","documents":1,"mentions":1}`+"\n")
	// A shard of the command's output: a document and an error record.
	shard := `{"id":9,"text":"«Basta», ha detto Giorgia Meloni a Roma.","entities":[` +
		`{"text":"Giorgia Meloni","start":26,"end":40,"type":"PER","name":"Giorgia Meloni","id":"Q3765","via":"name"},` +
		`{"text":"Roma","start":43,"end":47,"type":"LOC","name":"Roma","id":"Q220","via":"name"}],` +
		`"quotes":[{"text":"Basta","start":2,"end":7,"kind":"direct","speakers":[{"name":"Giorgia Meloni","id":"Q3765"}]}]}` + "\n" +
		`{"id":10,"error":"no \"text\" field","line":2}` + "\n"

	code, out, errOut := runMerge(t, shard, a, b, e, "-")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, `{"speaker":"Xi Jinping","id":"Q15031","quotes":3,"entities":{"Cina":3,"Russia":1}}
{"speaker":"Giorgia Meloni","id":"Q3765","quotes":2,"entities":{}}
{"entity":"Cina","type":"LOC","id":"Q148","documents":2,"mentions":5}
{"entity":"Giorgia Meloni","type":"PER","id":"Q3765","documents":1,"mentions":1}
{"entity":"Roma","type":"LOC","id":"Q220","documents":1,"mentions":1}
{"entity":"Russia","type":"LOC","id":"Q159","documents":1,"mentions":1}
`, out)
	assert.Contains(t, errOut, "2 speakers, 4 entities (1 documents read, 1 error records skipped)")

	// The same into files, in any order of the inputs.
	o := filepath.Join(dir, "merged")
	code, out, errOut = runMerge(t, shard, "-o", o, e, "-", b, a)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, out)
	sp, err := os.ReadFile(filepath.Join(o, "speakers.jsonl"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(sp), `{"speaker":"Xi Jinping","id":"Q15031","quotes":3,`))
	en, err := os.ReadFile(filepath.Join(o, "entities.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, 4, strings.Count(string(en), "\n"))
}

func TestMergeRejectsWhatItCannotRead(t *testing.T) {
	dir := t.TempDir()
	bad := writeInput(t, dir, "bad.jsonl", `{"speaker":"X","quotes":1}`+"\n"+`not json`+"\n"+`{"name":"?"}`+"\n")
	code, out, errOut := runMerge(t, "", bad, filepath.Join(dir, "missing.jsonl"))
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "bad.jsonl:2: not a JSON object")
	assert.Contains(t, errOut, "bad.jsonl:3: neither a document")
	assert.Contains(t, errOut, "missing.jsonl")

	code, _, _ = runMerge(t, "")
	assert.Equal(t, 2, code)
}
