package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// TestLinkByRoles: a surname no list holds names the person a role mention
// of the document resolves to.
func TestLinkByRoles(t *testing.T) {
	g := rolesTestGazetteer(t).With(
		Entry{ID: "x:fivizzano", Type: LOC, Name: "Fivizzano"},
		Entry{ID: "x:ada-tosi", Type: PER, Name: "Ada Tosi", Roles: []Role{{Name: "sindaco", Place: "Fivizzano", From: 2040, Start: 20400101}}},
		Entry{ID: "x:circolo-apuano", Type: ORG, Name: "Circolo Apuano"},
		Entry{ID: "x:eva-tosi", Type: PER, Name: "Eva Tosi", Roles: []Role{{Name: "presidente", Place: "Circolo Apuano", From: 2040, Start: 20400101}}},
	)
	for _, tc := range []struct {
		name, text, date string
		surname, want    string // the surname's mention and the entry it is linked to
	}{
		{"the headline's surname, the body's role", "Tosi: «Basta». La sindaca di Fivizzano ha parlato in consiglio.", "2041-01-01", "Tosi", "Ada Tosi"},
		{"the role first", "La sindaca di Fivizzano ha parlato. Poi Tosi ha lasciato l'aula.", "2041-01-01", "Tosi", "Ada Tosi"},
		{"two people with the surname: as it was", "Tosi: «Basta». La sindaca di Fivizzano e la presidente del Circolo Apuano hanno parlato.", "2041-01-01", "Tosi", "Tosi"},
		{"no role: as it was", "Tosi: «Basta». Il consiglio ha votato.", "2041-01-01", "Tosi", "Tosi"},
		{"another surname: as it was", "Bordi: «Basta». La sindaca di Fivizzano ha parlato.", "2041-01-01", "Bordi", "Bordi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Find(tc.text, nil)
			linkByRoles(ms, g.RolesAt(tc.text, nil, ms, day(tc.date)))
			found := false
			for _, m := range ms {
				if m.Text == tc.surname && m.Type == PER {
					found = true
					assert.Equal(t, tc.want, m.Entry.Name)
				}
			}
			assert.True(t, found, "%s is a mention of %q", tc.surname, tc.text)
		})
	}
}

// TestHeadlineSurnames: a sentence's first word that is the surname of the
// person a role mention resolves to, and that Find left as a common word,
// names that person.
func TestHeadlineSurnames(t *testing.T) {
	g := rolesTestGazetteer(t).With(
		Entry{ID: "x:fivizzano", Type: LOC, Name: "Fivizzano"},
		Entry{ID: "x:ada-sala", Type: PER, Name: "Ada Sala", Roles: []Role{{Name: "sindaco", Place: "Fivizzano", From: 2040, Start: 20400101}}},
	)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the headline's surname, the body's role", "Sala chiede più agenti. La sindaca di Fivizzano ha scritto al prefetto.",
			[]string{"Sala/PER/Ada Sala/coref", "Fivizzano/LOC/Fivizzano/name"}},
		{"a common word elsewhere: as it was", "Sala piena in consiglio. La sindaca di Fivizzano ha parlato nella sala grande.",
			[]string{"Fivizzano/LOC/Fivizzano/name"}},
		{"a name after it: as it was", "Sala Zorbelli gremita. La sindaca di Fivizzano ha parlato.",
			[]string{"Fivizzano/LOC/Fivizzano/name"}},
		{"no role: as it was", "Sala chiede più agenti.", []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize.Tokens(tc.text)
			ms := g.Find(tc.text, toks)
			ms = headlineSurnames(tc.text, (&tokenize.Tokenizer{}).Group(tc.text, toks), ms, g.RolesAt(tc.text, toks, ms, day("2041-01-01")))
			assert.Equal(t, tc.want, brief(ms))
		})
	}
}
