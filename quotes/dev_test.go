package quotes

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna/internal/eval"
)

const devDir = "../../shared/data/quotes/"

func systemQuotes(text string) []eval.SystemQuote {
	var out []eval.SystemQuote
	for _, q := range Extract(text) {
		s := eval.SystemQuote{Start: q.Start, End: q.End, Kind: string(q.Kind)}
		for _, sp := range q.Speakers {
			s.Speakers = append(s.Speakers, sp.Name)
		}
		out = append(out, s)
	}
	return out
}

func readDev(t *testing.T) []eval.QuoteDoc {
	f, err := os.Open(devDir + "dev.jsonl")
	if os.IsNotExist(err) {
		t.Skip("no ../shared/data/quotes/dev.jsonl")
	}
	require.NoError(t, err)
	defer f.Close()
	docs, err := eval.ReadQuoteDocs(f, "dev.jsonl")
	require.NoError(t, err)
	return docs
}

// TestDev scores the dev set: direct+partial span F1 ≥ 95, speaker accuracy ≥ 90.
func TestDev(t *testing.T) {
	docs := readDev(t)
	sc := eval.ScoreQuotes(docs, systemQuotes)
	if testing.Verbose() {
		for _, e := range sc.Errors {
			t.Log(e)
		}
	}
	t.Logf("direct+partial %v", sc.DirectPartial)
	t.Logf("indirect       %v", sc.Indirect)
	for _, k := range []string{"direct", "partial", "indirect"} {
		t.Logf("%-8s %v", k, *sc.ByKind[k])
	}
	t.Logf("speaker accuracy direct+partial %.2f (%d/%d), indirect %.2f (%d/%d)",
		100*sc.SpeakerAccuracy(), sc.SpeakerDPCorrect, sc.SpeakerDP,
		100*sc.IndirectSpeakerAccuracy(), sc.SpeakerIndirectCorrect, sc.SpeakerIndirect)
	assert.GreaterOrEqual(t, sc.DirectPartial.F1(), 0.95)
	assert.GreaterOrEqual(t, sc.SpeakerAccuracy(), 0.90)
}

// TestDevNonSpeech: none of the non-speech quotation-mark spans comes out as a quote.
func TestDevNonSpeech(t *testing.T) {
	docs := readDev(t)
	f, err := os.Open(devDir + "dev.nonspeech.jsonl")
	require.NoError(t, err)
	defer f.Close()
	spans, err := eval.ReadNonSpeech(f, "dev.nonspeech.jsonl")
	require.NoError(t, err)
	bad := eval.CheckNonSpeech(docs, spans, systemQuotes)
	for _, b := range bad {
		t.Errorf("non-speech span reported as a quote: %s %q (%s)", b.ID, b.Text, b.Type)
	}
	t.Logf("non-speech spans reported: %d of %d", len(bad), len(spans))
}

// devTexts reads the texts of the dev set, if it is there.
func devTexts() ([]string, error) {
	f, err := os.Open(devDir + "dev.jsonl")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := eval.ReadQuoteDocs(f, "dev.jsonl")
	var out []string
	for _, d := range docs {
		out = append(out, d.Text)
	}
	return out, err
}
