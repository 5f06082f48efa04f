package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
