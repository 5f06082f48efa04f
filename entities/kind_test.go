package entities

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/eval"
)

// kindFinder adapts Default().Find to the KIND evaluation: demonyms and role
// mentions are not KIND entities.
func kindFinder(g *Gazetteer) eval.KINDFinder {
	return func(text string) []eval.TypedSpan {
		var out []eval.TypedSpan
		for _, m := range g.Find(text, nil) {
			if m.Via == ViaDemonym || m.Via == ViaRole {
				continue
			}
			out = append(out, eval.TypedSpan{Start: m.Start, End: m.End, Type: string(m.Type)})
		}
		return out
	}
}

// TestKIND scores the default gazetteer on the KIND train splits when the
// shared data is present (it is not in a fresh clone).
func TestKIND(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "data", "kind")
	for _, tc := range []struct {
		file string
		min  float64
	}{
		{"wikinews_train.tsv", 0.75},
		{"degasperi_train.tsv", 0.70},
	} {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, tc.file))
			if err != nil {
				t.Skip("KIND data not available:", err)
			}
			defer f.Close()
			res, err := eval.EvaluateKIND(f, tc.file, kindFinder(Default()))
			require.NoError(t, err)
			t.Log("\n" + res.String())
			if os.Getenv("KIND_MIN") != "" {
				require.GreaterOrEqual(t, res.Overall.F1(), tc.min)
			}
		})
	}
}
