package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpeechForms(t *testing.T) {
	tests := []struct {
		word  string
		lemma string
		kind  formKind
	}{
		{"dice", "dire", finite}, {"dicono", "dire", finite}, {"disse", "dire", finite}, {"dissero", "dire", finite},
		{"diceva", "dire", finite}, {"dirà", "dire", finite}, {"direbbe", "dire", finite}, {"detto", "dire", participle},
		{"dette", "dire", participle}, {"dicendo", "dire", gerund}, {"dire", "dire", infinitive},
		{"afferma", "affermare", finite}, {"affermò", "affermare", finite}, {"affermando", "affermare", gerund},
		{"dichiarato", "dichiarare", participle}, {"dichiararono", "dichiarare", finite}, {"dichiarava", "dichiarare", finite},
		{"aggiunge", "aggiungere", finite}, {"aggiunse", "aggiungere", finite}, {"aggiunto", "aggiungere", participle},
		{"replicherà", "replicare", finite}, {"spiegherebbe", "spiegare", finite}, {"annuncerà", "annunciare", finite},
		{"definisce", "definire", finite}, {"definiscono", "definire", finite}, {"definì", "definire", finite},
		{"riferisce", "riferire", finite}, {"riferito", "riferire", participle}, {"avverte", "avvertire", finite},
		{"sostiene", "sostenere", finite}, {"sostenne", "sostenere", finite}, {"sostenuto", "sostenere", participle},
		{"rispose", "rispondere", finite}, {"risposto", "rispondere", participle}, {"chiese", "chiedere", finite},
		{"promesso", "promettere", participle}, {"ammise", "ammettere", finite}, {"twittato", "twittare", participle},
		{"scrisse", "scrivere", finite}, {"scritto", "scrivere", participle}, {"propose", "proporre", finite},
		{"definendolo", "definire", gerund}, {"dicendogli", "dire", gerund}, {"dirgli", "dire", infinitive},
		{"garantisca", "garantire", subjunctive}, {"dica", "dire", subjunctive},
	}
	for _, tt := range tests {
		f, ok := speechForm(tt.word)
		if assert.True(t, ok, tt.word) {
			assert.Equal(t, tt.lemma, f.lemma, tt.word)
			assert.Equal(t, tt.kind, f.kind, tt.word)
		}
	}
	for _, w := range []string{"posto", "anno", "casa", "della", "governo", "quest'anno", "il", ""} {
		_, ok := speechForm(w)
		assert.False(t, ok, w)
	}
	verbs := map[string]bool{}
	for _, v := range speechVerbs {
		verbs[v.inf] = true
	}
	assert.GreaterOrEqual(t, len(verbs), 50, "the lexicon holds at least 50 reporting verbs")
}

func TestPairMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"guillemets", "Disse: «Sì». Poi: «No».", []string{"Sì", "No"}},
		{"nested", "«Ha detto “basta” e ‘fine’»", []string{"Ha detto “basta” e ‘fine’"}},
		{"apostrophe inside single quotes", "‘l’amicizia’", []string{"l’amicizia"}},
		{"apostrophe alone", "un po’ di l’Italia", nil},
		{"straight", `"Andiamo" e "restiamo"`, []string{"Andiamo", "restiamo"}},
		{"unclosed dropped", "«Primo. Altro testo\n\nNuovo paragrafo «chiuso».", []string{"chiuso"}},
		{"multi paragraph", "«Primo.\n\n«Secondo».", []string{"Primo.\n\n«Secondo"}},
		{"stray closers", "» ” ’ «ok»", []string{"ok"}},
		{"reopened guillemet", "«Primo non chiuso. «Secondo».", []string{"Secondo"}},
		{"empty", "«»", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range pairMarks(tt.text, nil) {
				got = append(got, tt.text[p.cs:p.ce])
			}
			if len(tt.want) == 0 {
				for _, g := range got {
					assert.NotEmpty(t, g) // only empty pairs may come out
					t.Errorf("unexpected pair %q", g)
				}
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
