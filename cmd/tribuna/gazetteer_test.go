package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/entities"
)

// TestGazetteerWritesWhatLoadReads writes the default gazetteer merged with
// a user file, loads the output back and compares the entries.
func TestGazetteerWritesWhatLoadReads(t *testing.T) {
	dir := t.TempDir()
	user := filepath.Join(dir, "mine.tsv")
	require.NoError(t, os.WriteFile(user, []byte("id\ttype\tname\taliases\tdemonyms\troles\tflags\n"+
		"x:zorbatex\tORG\tZorbatex S.p.A.\tZorbatex|ZTX\t\t\t\n"+
		"x:zeno-zorbati\tPER\tZeno Zorbati\t\t\tsindaco@Lucca:1990-05-01/1995\t\n"), 0o644))
	for _, format := range []string{"jsonl", "tsv"} {
		code, out, errOut := runCmd(t, "", false, "gazetteer", "-format", format, "-g", user)
		require.Equal(t, 0, code, errOut)
		back, err := entities.Load(strings.NewReader(out))
		require.NoError(t, err, format)
		want := entities.Default().Len() + 2
		assert.Equal(t, want, back.Len(), format)
		z := back.ByID("x:zorbatex")
		require.NotNil(t, z, format)
		assert.Equal(t, []string{"Zorbatex", "ZTX"}, z.Aliases)
		r := back.ByID("x:zeno-zorbati")
		require.NotNil(t, r)
		assert.Equal(t, []entities.Role{{Name: "sindaco", Place: "Lucca", From: 1990, To: 1995, Start: 19900501, End: 19950000}}, r.Roles)
		backs := back.Entries()
		for i, e := range entities.Default().Entries() {
			b := backs[i]
			assert.Equal(t, e.ID, b.ID)
			assert.Equal(t, e.Name, b.Name)
			assert.Equal(t, len(e.Roles), len(b.Roles))
		}
	}
	code, out, errOut := runCmd(t, "", false, "gazetteer", "-default=false", "-g", user)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, 2, strings.Count(out, "\n"))
	assert.Contains(t, out, `{"id":"x:zeno-zorbati","type":"PER","name":"Zeno Zorbati","aliases":[],"demonyms":[],"roles":["sindaco@Lucca:1990-05-01/1995"],"party":"","gender":"","flags":[],"source":[]}`)
}

func TestGazetteerErrorsNameFileAndLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tsv")
	require.NoError(t, os.WriteFile(bad, []byte("id\ttype\tname\taliases\tdemonyms\troles\tflags\nx:a\tLOC\n"), 0o644))
	code, _, errOut := runCmd(t, "", false, "gazetteer", "-g", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "bad.tsv: line 2: want 7 columns, got 2")
	code, _, errOut = runCmd(t, "", false, "gazetteer", "-g", filepath.Join(dir, "none.tsv"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "none.tsv: cannot read")
	code, _, _ = runCmd(t, "", false, "gazetteer", "-format", "xml")
	assert.Equal(t, 2, code)
}
