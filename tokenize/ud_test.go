package tokenize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/eval"
)

// udDir holds the UD Italian treebanks: shared/ beside the repository.
const udDir = "../../shared/data/ud"

// udSpans adapts a Tokenizer to the UD evaluation.
func udSpans(t *Tokenizer) eval.UDTokenizer {
	return func(text string) (toks, sents []eval.Span) {
		ss := t.Sentences(text)
		for _, s := range ss {
			sents = append(sents, eval.Span{Start: s.Start, End: s.End})
			for _, tok := range s.Tokens {
				toks = append(toks, eval.Span{Start: tok.Start, End: tok.End})
			}
		}
		return toks, sents
	}
}

// TestUDRegressionGate keeps the F1 scores on the UD Italian dev files
// above floors set slightly below the measured figures.
func TestUDRegressionGate(t *testing.T) {
	if _, err := os.Stat(udDir); err != nil {
		t.Skip("UD treebanks not available")
	}
	tests := []struct {
		file             string
		tokens, sentence float64 // default segmentation
		strongSentence   float64
	}{
		{"it_isdt-ud-dev.conllu", 0.998, 0.98, 0.86},
		{"it_vit-ud-dev.conllu", 0.999, 0.995, 0.81},
		{"it_partut-ud-dev.conllu", 0.999, 0.99, 0.87},
		{"it_parlamint-ud-train.conllu", 0.999, 0.95, 0.81},
		{"it_postwita-ud-dev.conllu", 0.995, 0.35, 0.48}, // a whole tweet is one gold sentence
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			for _, mode := range []struct {
				name  string
				tok   *Tokenizer
				floor float64
			}{{"default", New(), tt.sentence}, {"strong", New(WithStrongBreaksOnly()), tt.strongSentence}} {
				f, err := os.Open(filepath.Join(udDir, tt.file))
				require.NoError(t, err)
				res, err := eval.EvaluateUD(f, tt.file, udSpans(mode.tok))
				f.Close()
				require.NoError(t, err)
				t.Logf("%s %s\n%v", tt.file, mode.name, res)
				assert.GreaterOrEqual(t, res.Tokens.F1(), tt.tokens, "token F1")
				assert.GreaterOrEqual(t, res.Sentences.F1(), mode.floor, "sentence F1 (%s)", mode.name)
			}
		})
	}
}
