package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The pipe contract of -errors inline: one output line per non-blank input
// line, in input order, a document or an error record with the line's id,
// and exit status 0 however many lines are bad.
func TestErrorsInlinePipeContract(t *testing.T) {
	in := []struct {
		line   string
		id     string // the output line's id, as JSON
		errMsg string // "" for a document
	}{
		{`{"id":1,"text":"Sergio Mattarella è a Roma."}`, `1`, ""},
		{`{"id":"rotto","text":"senza fine`, `null`, "invalid JSON"},
		{`{"id":"vuoto"}`, `"vuoto"`, `no "text" field`},
		{"{\"id\":\"latin1\",\"text\":\"Forl\xec\"}", `"latin1"`, "invalid UTF-8 at byte 27"},
		{`{"id":{"k":[1,2]},"text":"«Avanti», ha detto Giorgia Meloni."}`, `{"k":[1,2]}`, ""},
		{`[1,2,3]`, `null`, "not JSON"},
		{`{"id":"d","text":"x","date":"17/05/2024"}`, `"d"`, `"date"`},
		{`{"text":"Nessun id."}`, ``, ""},
		{`{"id":null}`, `null`, `no "text" field`},
	}
	var stdin strings.Builder
	for i, l := range in {
		stdin.WriteString(l.line + "\n")
		if i == 2 {
			stdin.WriteString("\n   \n") // blank lines: no document, no output
		}
	}
	for _, jobs := range []string{"1", "3"} {
		code, out, errOut := runCmd(t, stdin.String(), true, "analyze", "-in", "jsonl", "-format", "jsonl", "-j", jobs, "-errors", "inline", "-")
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, errOut, "tribuna: 6 bad lines written as error records")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		require.Len(t, lines, len(in), out)
		for i, l := range in {
			var rec map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(lines[i]), &rec), lines[i])
			if l.id == "" {
				assert.NotContains(t, rec, "id")
			} else {
				assert.JSONEq(t, l.id, string(rec["id"]), "line %d", i+1)
			}
			if l.errMsg == "" {
				assert.Contains(t, rec, "text", "line %d", i+1)
				assert.NotContains(t, rec, "error")
				continue
			}
			var msg string
			require.NoError(t, json.Unmarshal(rec["error"], &msg))
			assert.Contains(t, msg, l.errMsg)
			wantLine := i + 1
			if i > 2 {
				wantLine += 2 // the blank lines count as lines
			}
			assert.Equal(t, fmt.Sprint(wantLine), string(rec["line"]))
			assert.NotContains(t, rec, "file", "standard input is not named")
		}
	}
}

// The documents are those the default mode writes, and the default mode
// still reports bad lines on standard error and exits 1.
func TestErrorsInlineKeepsDocumentsAndDefault(t *testing.T) {
	stdin := `{"id":"a","text":"Xi Jinping ha incontrato Vladimir Putin a Pechino."}` + "\n" + `{"id":"b"}` + "\n"
	code, plain, errOut := runCmd(t, stdin, true, "analyze", "-in", "jsonl", "-format", "jsonl", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, `<stdin>:2: no "text" field`)
	code, inline, errOut := runCmd(t, stdin, true, "analyze", "-in", "jsonl", "-format", "jsonl", "-errors", "inline", "-")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, plain+`{"id":"b","error":"no \"text\" field","line":2}`+"\n", inline)
}

// Files are named in the records; a file that cannot be read is not a bad
// line: it still fails the run.
func TestErrorsInlineFiles(t *testing.T) {
	dir := t.TempDir()
	shard := filepath.Join(dir, "shard-0.jsonl")
	require.NoError(t, os.WriteFile(shard, []byte("{\"id\":7}\n"), 0o644))
	code, out, errOut := runCmd(t, "", false, "analyze", "-in", "jsonl", "-format", "jsonl", "-errors", "inline", shard)
	require.Equal(t, 0, code, errOut)
	assert.JSONEq(t, fmt.Sprintf(`{"id":7,"error":"no \"text\" field","file":%q,"line":1}`, shard), out)

	code, _, errOut = runCmd(t, "", false, "analyze", "-in", "jsonl", "-format", "jsonl", "-errors", "inline", shard, filepath.Join(dir, "missing.jsonl"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "missing.jsonl: cannot read")
}

func TestErrorsFlagChecked(t *testing.T) {
	for _, args := range [][]string{
		{"-errors", "inline", "-in", "jsonl", "-format", "json"},
		{"-errors", "inline", "-format", "jsonl"},
		{"-errors", "silent", "-in", "jsonl", "-format", "jsonl"},
	} {
		code, out, errOut := runCmd(t, `{"text":"x"}`, true, append(append([]string{"analyze"}, args...), "-")...)
		assert.Equal(t, 2, code, args)
		assert.Empty(t, out)
		assert.Contains(t, errOut, "-errors", args)
	}
	code, out, errOut := runCmd(t, "", false, "analyze", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, out+errOut, "-errors")
}
