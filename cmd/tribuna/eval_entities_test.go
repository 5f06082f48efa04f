package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/eval"
)

const politicsGold = "../../testdata/entities/politics.jsonl"

// TestEvalEntitiesCommand runs `tribuna eval entities` on the project's
// current-politics set and checks what it prints.
func TestEvalEntitiesCommand(t *testing.T) {
	code, out, errOut := runCmd(t, "", false, "eval", "entities", "-v", politicsGold)
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{": 125 paragraphs", "entities  all  P", "PER  P", "linking ", "demonyms  found ", "roles          P", "role persons "} {
		assert.Contains(t, out, want)
	}
	assert.Regexp(t, `(?m)^pol-\d{3} `, out, "-v lists disagreements with their paragraph")

	code, _, errOut = runCmd(t, "", false, "eval", "entities", "testdata/no-such-file.jsonl")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "no-such-file.jsonl")
}

// TestPoliticsGates scores the current-politics set against floors a little
// under the figures of its README, so that a regression fails; raise them
// as the entities and roles improve.
func TestPoliticsGates(t *testing.T) {
	f, err := os.Open(politicsGold)
	require.NoError(t, err)
	defer f.Close()
	docs, err := eval.ReadEntityDocs(f, "politics.jsonl")
	require.NoError(t, err)
	s := eval.ScoreEntities("politics.jsonl", docs, entityAnalyzer(tribuna.New(tribuna.WithSteps(tribuna.StepEntities|tribuna.StepRoles))))
	t.Log("\n" + s.String())
	if testing.Verbose() {
		for _, e := range s.Errors {
			t.Log(e)
		}
	}
	assert.GreaterOrEqual(t, s.Overall.F1(), 0.94, "entity F1")
	assert.GreaterOrEqual(t, float64(s.Linked)/float64(s.Matched), 0.99, "linking")
	assert.GreaterOrEqual(t, s.DemonymsLinked, 52, "demonyms linked")
	assert.GreaterOrEqual(t, s.Roles.F1(), 0.98, "role F1")
	assert.GreaterOrEqual(t, float64(s.RolesResolved)/float64(s.Roles.Correct), 0.98, "role persons")
}
