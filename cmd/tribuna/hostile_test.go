package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Inputs as files arrive from the world: byte order marks, bad bytes on a
// late line, control characters, directories given as files.

func TestByteOrderMark(t *testing.T) {
	const bom = "\uFEFF"
	// JSON Lines saved by a Windows editor: the mark before the first line
	// is not part of it.
	code, out, errOut := runCmd(t, bom+`{"id":1,"text":"Giorgia Meloni è a Roma."}`+"\n"+`{"id":2,"text":"Roma."}`+"\n", true,
		"analyze", "-in", "jsonl", "-format", "jsonl", "-fields", "entities")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `{"id":1,"entities":[{"text":"Giorgia Meloni","start":0,"end":14`)

	// A text file keeps its mark (offsets count it), but no token holds it.
	code, out, errOut = runCmd(t, bom+"Roma, 3 dicembre.", true, "analyze", "-format", "json", "-fields", "sentences,tokens")
	require.Equal(t, 0, code, errOut)
	var d struct {
		Sentences []struct{ Start, End int }
		Tokens    []struct{ Text string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	assert.Equal(t, "Roma", d.Tokens[0].Text)
	assert.Equal(t, 3, d.Sentences[0].Start)

	// Words, one a line: the mark is no part of the first word.
	code, out, errOut = runCmd(t, bom+"nazioni\nlegami\n", true, "stem")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "nazion\nlegam\n", out)
	code, out, errOut = runCmd(t, bom+"Il governo.\n", true, "stem", "-text")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "il govern\n", out)
}

// The byte of the input an error names is counted from the start of the
// input, not of the line.
func TestInvalidUTF8ByteOfTheInput(t *testing.T) {
	in := `{"id":"a","text":"Roma."}` + "\n" + `{"id":"b","text":"caff` + "\xe8" + `"}` + "\n"
	code, _, errOut := runCmd(t, in, true, "analyze", "-in", "jsonl", "-format", "jsonl")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "<stdin>:2: invalid UTF-8 at byte 22 of the line (byte 48 of the input)")

	code, _, errOut = runCmd(t, "parole\r\nmolte\ncaff\xe8\n", true, "stem")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "<stdin>:3: invalid UTF-8 at byte 4 of the line (byte 18 of the input)")
	code, _, errOut = runCmd(t, "\uFEFFcaff\xe8\n", true, "stem", "-text")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "<stdin>:1: invalid UTF-8 at byte 4 of the line (byte 7 of the input)")
}

func TestDirectoryAsInput(t *testing.T) {
	dir := t.TempDir()
	for _, in := range []string{"text", "jsonl"} {
		code, _, errOut := runCmd(t, "", false, "analyze", "-in", in, dir)
		assert.Equal(t, 1, code)
		assert.Contains(t, errOut, dir)
		assert.Contains(t, errOut, "is a directory")
		assert.Equal(t, 1, strings.Count(errOut, dir), "the path is named once: %s", errOut)
	}
}

// A NUL or another control character that XML forbids must not make the
// page malformed.
func TestHTMLControlCharacters(t *testing.T) {
	text := "Giorgia\x00 Meloni è a Roma.\x01\x1b «Bene\x0b», ha detto Meloni.\uFFFE\n\n"
	code, out, errOut := runCmd(t, strings.Repeat(text, 10), true, "analyze", "-format", "html")
	require.Equal(t, 0, code, errOut)
	parseHTML(t, out)
	assert.Contains(t, out, "<p>Giorgia\uFFFD <mark")
	assert.Contains(t, out, ".\uFFFD\uFFFD «Bene\uFFFD»")
}

// -g adds one's own people to the command, as WithGazetteer does to the
// library; a bad file is named with its line.
func TestAnalyzeUserGazetteer(t *testing.T) {
	mine := writeFile(t, "mine.tsv", "id\ttype\tname\taliases\tdemonyms\troles\tflags\n"+
		"x:lucia-ferri\tPER\tLucia Ferri\tFerri\t\tsindaco@Bergamo:2024-\t\n")
	text := "«Serve più coraggio», ha detto Lucia Ferri. La sindaca di Bergamo ha poi lasciato la sala."
	code, out, errOut := runCmd(t, text, true, "analyze", "-g", mine, "-date", "2025-03-01", "-format", "jsonl", "-fields", "entities,roles,quotes")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `{"text":"Lucia Ferri","start":34,"end":45,"type":"PER","name":"Lucia Ferri","id":"x:lucia-ferri","via":"name"}`)
	assert.Contains(t, out, `"roles":[{"text":"La sindaca di Bergamo","start":47,"end":68,"type":"PER","name":"Lucia Ferri","id":"x:lucia-ferri","via":"role"}]`)
	assert.Contains(t, out, `"speakers":[{"name":"Lucia Ferri","id":"x:lucia-ferri"}]`)

	bad := filepath.Join(t.TempDir(), "bad.tsv")
	require.NoError(t, os.WriteFile(bad, []byte("id\ttype\tname\nx:a\tPER\n"), 0o644))
	code, _, errOut = runCmd(t, text, true, "analyze", "-g", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "bad.tsv: line 2: want 3 columns, got 2")
	code, _, errOut = runCmd(t, text, true, "analyze", "-g", bad+".missing")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "bad.tsv.missing: cannot read")
}

// The summary counts in the singular when there is one, and writes role
// phrases as the text does but for the article of a sentence's start.
func TestSummaryWording(t *testing.T) {
	code, out, errOut := runCmd(t, "La segretaria del Partito democratico Elly Schlein è a Roma. Lo ha detto la segretaria del Partito democratico.", true, "analyze", "-date", "2025-03-01")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Document: 2 sentences, 20 tokens, 4 entity mentions (+0 demonyms), 2 role mentions, 0 quotes\n")
	assert.Contains(t, out, "role la segretaria del Partito democratico → Elly Schlein\n")
	assert.Equal(t, 1, strings.Count(out, "segretaria"), "one line for the two mentions")
}
