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

// fixture is the tagger's training fixture (sentences written for the
// tests; never KIND data).
var fixture = filepath.Join("..", "..", "entities", "testdata", "tagger_train.tsv")

// trainFixture trains a model on the fixture into a temporary file.
func trainFixture(t *testing.T, args ...string) string {
	t.Helper()
	model := filepath.Join(t.TempDir(), "ner.model")
	code, _, errOut := runCmd(t, "", false, append(append([]string{"train", "ner", "-o", model, "-iter", "8"}, args...), fixture)...)
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	assert.Contains(t, lines[0], "15 training documents, 2 development documents")
	assert.Contains(t, errOut, "pass 1/8: ")
	assert.Contains(t, errOut, "dev P ")
	assert.Contains(t, lines[len(lines)-1], "wrote "+model+" (BILOU, ")
	return model
}

func TestTrainAnalyzeEval(t *testing.T) {
	model := trainFixture(t)
	// The same seed gives the same model.
	again := trainFixture(t)
	a, err := os.ReadFile(model)
	require.NoError(t, err)
	b, err := os.ReadFile(again)
	require.NoError(t, err)
	assert.Equal(t, a, b)

	code, out, errOut := runCmd(t, "Il sindaco Franco Brambati ha visitato la Lanitex a Lodi.", true, "analyze", "-format", "json", "-ner-model", model)
	require.Equal(t, 0, code, errOut)
	var d outDoc
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	var got []string
	for _, e := range d.Entities {
		got = append(got, e.Text+"/"+e.Type+"/"+e.Via)
	}
	assert.Contains(t, got, "Lanitex/ORG/model")

	code, out, errOut = runCmd(t, "", false, "eval", "kind", "-ner-model", model, fixture)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "170 sentences")

	// -weight counts each document of the file twice in a pass.
	weighted := trainFixture(t, "-weight", fixture+"=2")
	w, err := os.ReadFile(weighted)
	require.NoError(t, err)
	assert.NotEqual(t, a, w)
}

func TestTrainErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	require.NoError(t, os.WriteFile(bad, []byte("Roma\tLOC\nè\n"), 0o644))
	notModel := filepath.Join(t.TempDir(), "x.model")
	require.NoError(t, os.WriteFile(notModel, []byte("token\ttag\n"), 0o644))
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no kind", []string{"train"}, 2, "Usage: tribuna train ner"},
		{"no file", []string{"train", "ner"}, 2, "tribuna train ner: no FILE given"},
		{"bad line", []string{"train", "ner", bad}, 1, bad + `:2: want token<TAB>tag, got "è"`},
		{"missing", []string{"train", "ner", "nosuch.tsv"}, 1, "nosuch.tsv: cannot read"},
		{"holdout", []string{"train", "ner", "-holdout", "1", fixture}, 2, "-holdout 1: want a fraction in [0, 1)"},
		{"scheme", []string{"train", "ner", "-scheme", "IO", "-o", filepath.Join(t.TempDir(), "m"), fixture}, 1, `unknown tag scheme "IO"`},
		{"weight, no N", []string{"train", "ner", "-weight", fixture, fixture}, 2, "-weight " + fixture + ": want FILE=N"},
		{"weight, bad N", []string{"train", "ner", "-weight", fixture + "=0", fixture}, 2, "want a whole number N from 1 to 100"},
		{"weight, other file", []string{"train", "ner", "-weight", "x.tsv=2", fixture}, 2, "-weight x.tsv=2: x.tsv is not one of the training files"},
		{"analyze, not a model", []string{"analyze", "-ner-model", notModel}, 1, notModel + ": not a tribuna NER model"},
		{"analyze, no model", []string{"analyze", "-ner-model", "nosuch.model"}, 1, "nosuch.model: cannot read"},
		{"eval, not a model", []string{"eval", "kind", "-ner-model", notModel, fixture}, 1, notModel + ": not a tribuna NER model"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "Roma.", true, tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, errOut, tc.want)
		})
	}
}
