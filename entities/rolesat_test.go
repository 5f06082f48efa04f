package entities

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestRolesAt(t *testing.T) {
	g := loadFile(t, "small.tsv").Merge(loadFile(t, "small.jsonl")).With(
		Entry{ID: "x:eva-blu", Type: PER, Name: "Eva Blu", Roles: []Role{{Name: "sindaco", Place: "Lucca", From: 2030, Start: 20300101}}},
		Entry{ID: "x:ada-viola", Type: PER, Name: "Ada Viola", Roles: []Role{{Name: "sindaco", Place: "Lucca", From: 2030, Start: 20300101}}},
	)
	for _, tc := range []struct {
		name, text, date string
		want             []string
	}{
		{"holder on the date, not mentioned", "Ieri il sindaco di Lucca ha parlato.", "2015-06-01",
			[]string{"il sindaco di Lucca/PER/Marco Neri/role"}},
		{"a later date", "Ieri il sindaco di Lucca ha parlato.", "2022-06-01",
			[]string{"il sindaco di Lucca/PER/Anna Bianchi/role"}},
		{"a mentioned holder is preferred", "Anna Bianchi ha votato. Il sindaco di Lucca ha parlato.", "2022-06-01",
			[]string{"Il sindaco di Lucca/PER/Anna Bianchi/role"}},
		{"a mentioned holder out of office at the date is not", "Marco Neri ha votato. Il sindaco di Lucca ha parlato.", "2022-06-01",
			[]string{"Il sindaco di Lucca/PER/Anna Bianchi/role"}},
		{"an ex names a mentioned former holder", "Marco Neri ha votato. L'ex sindaco di Lucca ha parlato.", "2022-06-01",
			[]string{"L'ex sindaco di Lucca/PER/Marco Neri/role"}},
		{"an ex names no one the text does not", "L'ex sindaco di Lucca ha parlato.", "2022-06-01",
			[]string{"L'ex sindaco di Lucca/PER/ex sindaco di Lucca/role"}},
		{"the person named after the role", "Il sindaco di Lucca Ugo Rossi ha parlato.", "2022-06-01",
			[]string{"Il sindaco di Lucca/PER/Ugo Rossi/role"}},
		{"no date: the years of the text", "Nel 1992 il sindaco di Lucca era in carica.", "",
			[]string{"il sindaco di Lucca/PER/Ugo Rossi/role"}},
		{"no date, no years: today", "Il sindaco di Lucca ha parlato.", "",
			[]string{"Il sindaco di Lucca/PER/Anna Bianchi/role"}},
		{"no holder on the date: unresolved", "Il sindaco di Lucca ha parlato.", "1950-01-01",
			[]string{"Il sindaco di Lucca/PER/sindaco di Lucca/role"}},
		{"two holders: unresolved", "Il sindaco di Lucca ha parlato.", "2031-01-01",
			[]string{"Il sindaco di Lucca/PER/sindaco di Lucca/role"}},
		{"a seat resolves or says nothing", "Ieri il Palazzo Orsetti ha taciuto.", "1950-01-01", nil},
		{"a seat on a date", "Ieri il Palazzo Orsetti ha taciuto.", "2012-01-01", []string{"il Palazzo Orsetti/PER/Marco Neri/role"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var date time.Time
			if tc.date != "" {
				date = day(tc.date)
			}
			got := g.RolesAt(tc.text, nil, g.Find(tc.text, nil), date)
			if tc.want == nil {
				assert.Empty(t, got)
			}
			assert.Equal(t, len(tc.want), len(got))
			if len(tc.want) > 0 {
				assert.Equal(t, tc.want, brief(got))
			}
			for _, m := range got {
				assert.Equal(t, tc.text[m.Start:m.End], m.Text)
			}
		})
	}
	got := g.RolesAt("Il sindaco di Lucca ha parlato.", nil, g.Find("Il sindaco di Lucca ha parlato.", nil), day("1950-01-01"))
	require.Len(t, got, 1)
	assert.Equal(t, "", got[0].Entry.ID, "unresolved: a document-local entry")
	assert.Equal(t, []Role{{Name: "sindaco", Place: "Lucca"}}, got[0].Entry.Roles)
}

// TestRolesAtDefault resolves Italian offices of the default gazetteer on
// dates where one person held them.
func TestRolesAtDefault(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ text, date, want string }{
		{"Il ministro dell'Interno ha firmato.", "2020-06-01", "Luciana Lamorgese"},
		{"La premier ha parlato.", "2023-06-01", "Giorgia Meloni"},
		{"Il ministro dell'Interno ha firmato.", "2019-01-10", "Matteo Salvini"},
		{"Il presidente del Consiglio ha parlato.", "2021-06-01", "Mario Draghi"},
		{"Il presidente del Consiglio ha parlato.", "2021-01-10", "Giuseppe Conte"},
		{"Il presidente del Consiglio ha parlato.", "2022-10-23", "Giorgia Meloni"},
		{"Il ministro degli Esteri ha parlato.", "2022-10-01", "Luigi Di Maio"},
		{"Il sindaco di Milano ha parlato.", "2024-01-01", "Giuseppe Sala"},
		{"Il presidente della Repubblica ha firmato.", "2010-01-01", "Giorgio Napolitano"},
		{"Il presidente della Repubblica ha firmato.", "2020-01-01", "Sergio Mattarella"},
		// a bare party office: the party the document names before it
		{"Elly Schlein vince le primarie del Pd. «Grazie», ha detto la neosegretaria.", "2023-02-27", "Elly Schlein"},
	} {
		got := g.RolesAt(tc.text, nil, g.Find(tc.text, nil), day(tc.date))
		if assert.Len(t, got, 1, tc.text) {
			assert.Equal(t, tc.want, got[0].Entry.Name, "%s on %s", tc.text, tc.date)
		}
	}
}

// TestRolesAtNewest: without a date, nuovo names, of the people the text
// mentions who held the office in the years it names, the one who took it
// last, however often the other is mentioned; the next bare mention of the
// office, close after, names the same person.
func TestRolesAtNewest(t *testing.T) {
	g := Default()
	text := "Nel 2013 Benedetto XVI ha lasciato; Benedetto XVI è papa emerito. Jorge Mario Bergoglio è stato eletto. Il nuovo papa ha salutato la folla. Il papa ha poi chiesto preghiere."
	got := g.RolesAt(text, nil, g.Find(text, nil), time.Time{})
	var names []string
	for _, m := range got {
		if m.Text == "Il nuovo papa" || m.Text == "Il papa" {
			names = append(names, m.Text+"/"+m.Entry.Name)
		}
	}
	// Il papa: the office's mention just before goes on (continuityBytes).
	assert.Equal(t, []string{"Il nuovo papa/Papa Francesco", "Il papa/Papa Francesco"}, names)
}

// TestRolesAtGender: a feminine role phrase (la sindaca, la premier, della
// ministra) names a woman, never a man; a masculine one prefers a man but
// is also the epicene title of a woman when only she fits.
func TestRolesAtGender(t *testing.T) {
	g := New(
		Entry{ID: "x:lucca", Type: LOC, Name: "Lucca"},
		Entry{ID: "x:pisa", Type: LOC, Name: "Pisa"},
		Entry{ID: "x:ugo-rossi", Type: PER, Name: "Ugo Rossi", Gender: GenderMale,
			Roles: []Role{{Name: "sindaco", Place: "Lucca", From: 2020}, {Name: "sindaco", Place: "Pisa", From: 2030}}},
		Entry{ID: "x:eva-blu", Type: PER, Name: "Eva Blu", Gender: GenderFemale,
			Roles: []Role{{Name: "sindaco", Place: "Pisa", From: 2020}, {Name: "sindaco", Place: "Pisa", From: 2030}}},
		Entry{ID: "x:ada-viola", Type: PER, Name: "Ada Viola",
			Roles: []Role{{Name: "sindaco", Place: "Lucca", From: 2010, To: 2015}}},
	)
	for _, tc := range []struct{ text, date, want string }{
		{"Ieri la sindaca di Lucca ha parlato.", "2022-06-01", "sindaca di Lucca"},                 // a man holds it: unresolved
		{"Ieri il sindaco di Lucca ha parlato.", "2022-06-01", "Ugo Rossi"},                        // the man
		{"Ieri la sindaca di Pisa ha parlato.", "2022-06-01", "Eva Blu"},                           // the woman
		{"Ieri il sindaco di Pisa ha parlato.", "2022-06-01", "Eva Blu"},                           // the epicene masculine
		{"Ieri la nuova sindaca di Pisa ha parlato.", "2031-06-01", "Eva Blu"},                     // of a man and a woman: the woman
		{"Ieri il sindaco di Pisa ha parlato.", "2031-06-01", "Ugo Rossi"},                         // the masculine prefers the man
		{"Lo ha detto alla sindaca di Lucca.", "2022-06-01", "sindaca di Lucca"},                   // the articulated preposition
		{"Ieri la sindaca di Lucca ha parlato.", "2012-06-01", "Ada Viola"},                        // unknown gender: not excluded
		{"Ugo Rossi ha votato. La sindaca di Lucca ha parlato.", "2022-06-01", "sindaca di Lucca"}, // a mentioned man neither
		{"Eva Blu e Ugo Rossi hanno votato. La sindaca di Pisa ha parlato.", "2031-06-01", "Eva Blu"},
		{"Eva Blu e Ugo Rossi hanno votato. Il sindaco di Pisa ha parlato.", "2031-06-01", "Ugo Rossi"},
		{"Eva Blu ha votato. Il sindaco di Pisa ha parlato.", "2022-06-01", "Eva Blu"},
		{"Ieri l'ex sindaca di Lucca ha parlato. Ada Viola no.", "2022-06-01", "Ada Viola"},
	} {
		got := g.RolesAt(tc.text, nil, g.Find(tc.text, nil), day(tc.date))
		if assert.Len(t, got, 1, tc.text) {
			assert.Equal(t, tc.want, got[0].Entry.Name, "%s on %s", tc.text, tc.date)
		}
	}
}

// TestRolesAtGenderDefault: the default gazetteer's people have the gender
// their sources give.
func TestRolesAtGenderDefault(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ text, date, want string }{
		{"La premier ha parlato.", "2021-06-01", "premier"},
		{"Il premier ha parlato.", "2021-06-01", "Mario Draghi"},
		{"La premier ha parlato.", "2023-06-01", "Giorgia Meloni"},
		{"Il presidente del Consiglio ha parlato.", "2023-06-01", "Giorgia Meloni"},
		{"La presidente della Camera ha parlato.", "2025-06-01", "presidente della Camera"},
		{"La ministra dell'Interno ha firmato.", "2021-06-01", "Luciana Lamorgese"},
		{"La ministra dell'Interno ha firmato.", "2023-06-01", "ministra dell'Interno"},
		{"La cancelliera tedesca ha parlato.", "2020-06-01", "Angela Merkel"},
		{"La guida suprema iraniana ha parlato.", "2024-06-01", "Ali Khamenei"}, // a feminine noun said of anyone
		{"La cancelliera tedesca ha parlato.", "2023-06-01", "cancelliera tedesca"},
		{"Il cancelliere tedesco ha parlato.", "2023-06-01", "Olaf Scholz"},
		{"La premier britannica ha parlato.", "2022-10-01", "Liz Truss"},
	} {
		got := g.RolesAt(tc.text, nil, g.Find(tc.text, nil), day(tc.date))
		if assert.Len(t, got, 1, tc.text) {
			assert.Equal(t, tc.want, got[0].Entry.Name, "%s on %s", tc.text, tc.date)
		}
	}
}
