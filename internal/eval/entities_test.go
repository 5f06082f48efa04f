package eval

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entityFixture: two paragraphs with a name, a surname, a demonym, a role
// with its person and a role naming no one. Offsets are computed by at.
var entityFixture = func() string {
	a := "La premier Giorgia Meloni incontra il presidente francese. Meloni parla."
	b := "Il sindaco di Lucca è a Roma."
	return `{"id": "a", "date": "2024-05-02", "text": "` + a + `", "entities": [` +
		`{"text": "Giorgia Meloni", ` + at(a, "Giorgia Meloni", 0) + `, "type": "PER", "name": "Giorgia Meloni", "id": "Q451791"},` +
		`{"text": "francese", ` + at(a, "francese", 0) + `, "type": "LOC", "name": "Francia", "id": "Q142", "via": "demonym"},` +
		`{"text": "Meloni", ` + at(a, "Meloni", 1) + `, "type": "PER", "name": "Giorgia Meloni", "id": "Q451791"}], "roles": [` +
		`{"text": "La premier", ` + at(a, "La premier", 0) + `, "name": "Giorgia Meloni", "id": "Q451791"},` +
		`{"text": "il presidente francese", ` + at(a, "il presidente francese", 0) + `, "name": "Emmanuel Macron", "id": "Q3052772"}]}
{"id": "b", "date": "", "text": "` + b + `", "entities": [` +
		`{"text": "Lucca", ` + at(b, "Lucca", 0) + `, "type": "LOC", "name": "Lucca", "id": ""},` +
		`{"text": "Roma", ` + at(b, "Roma", 0) + `, "type": "LOC", "name": "Roma", "id": "Q220"}], "roles": [` +
		`{"text": "Il sindaco di Lucca", ` + at(b, "Il sindaco di Lucca", 0) + `, "name": "", "id": ""}]}
`
}()

// at gives the JSON offsets of the occurrence n (from 0) of span in text.
func at(text, span string, n int) string {
	start := off(text, span, n)
	return fmt.Sprintf(`"start": %d, "end": %d`, start, start+len(span))
}

// off is the byte offset of the occurrence n (from 0) of span in text.
func off(text, span string, n int) int {
	from := 0
	for ; n > 0; n-- {
		from += strings.Index(text[from:], span) + len(span)
	}
	return from + strings.Index(text[from:], span)
}

func readEntityFixture(t *testing.T) []EntityDoc {
	t.Helper()
	docs, err := ReadEntityDocs(strings.NewReader(entityFixture), "fix.jsonl")
	require.NoError(t, err)
	return docs
}

func TestReadEntityDocs(t *testing.T) {
	docs := readEntityFixture(t)
	require.Len(t, docs, 2)
	assert.Equal(t, "a", docs[0].ID)
	assert.Equal(t, time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), docs[0].Day())
	assert.True(t, docs[1].Day().IsZero())
	assert.Equal(t, "demonym", docs[0].Entities[1].Via)
	assert.Equal(t, "Emmanuel Macron", docs[0].Roles[1].Name)
}

func TestReadEntityDocsErrors(t *testing.T) {
	ent := func(e string) string {
		return `{"id": "c", "text": "Roma e Milano", "entities": [` + e + `], "roles": []}`
	}
	tests := []struct {
		name, input, want string
	}{
		{"broken json", "{\"id\": \"c\"\n", "fix.jsonl:1"},
		{"no id", `{"text": "x"}`, "fix.jsonl:1: want a unique id"},
		{"same id twice", entityFixture + `{"id": "a", "text": "x"}`, "fix.jsonl:3: want a unique id"},
		{"unknown field", `{"id": "c", "text": "x", "entitis": []}`, "unknown field"},
		{"bad date", `{"id": "c", "date": "2024-13-01", "text": "x"}`, "c: date"},
		{"offsets outside", ent(`{"text": "Roma", "start": 0, "end": 40, "type": "LOC", "name": "Roma"}`), "outside the text"},
		{"text mismatch", ent(`{"text": "Roma", "start": 1, "end": 5, "type": "LOC", "name": "Roma"}`), `is "oma "`},
		{"bad type", ent(`{"text": "Roma", "start": 0, "end": 4, "type": "GPE", "name": "Roma"}`), "want type PER/LOC/ORG"},
		{"no name", ent(`{"text": "Roma", "start": 0, "end": 4, "type": "LOC"}`), "a name"},
		{"bad via", ent(`{"text": "Roma", "start": 0, "end": 4, "type": "LOC", "name": "Roma", "via": "alias"}`), "via empty"},
		{"overlap", ent(`{"text": "Roma e", "start": 0, "end": 6, "type": "LOC", "name": "Roma"}, {"text": "e", "start": 5, "end": 6, "type": "LOC", "name": "E"}`), "overlaps"},
		{"role id without name", `{"id": "c", "text": "Il sindaco", "roles": [{"text": "Il sindaco", "start": 0, "end": 10, "id": "Q1"}]}`, "an id without a name"},
		{"invalid utf-8", "{\"id\": \"\xff\"}\n", "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEntityDocs(strings.NewReader(tt.input), "fix.jsonl")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestScoreEntities(t *testing.T) {
	docs := readEntityFixture(t)
	var dates []time.Time
	analyze := func(text string, date time.Time) ([]SystemEntity, []SystemRole) {
		dates = append(dates, date)
		sp := func(span string, n int) (int, int) { o := off(text, span, n); return o, o + len(span) }
		if strings.HasPrefix(text, "La premier") {
			gs, ge := sp("Giorgia Meloni", 0)
			fs, fe := sp("francese", 0)
			ms, me := sp("Meloni", 1)
			ps, pe := sp("La premier", 0)
			rs, re := sp("il presidente francese", 0)
			return []SystemEntity{
					{Start: gs, End: ge, Type: "PER", Name: "Giorgia Meloni", ID: "Q451791", Via: "name"},
					{Start: fs, End: fe, Type: "LOC", Name: "Francia", ID: "Q142", Via: "demonym"},
					{Start: ms, End: me, Type: "PER", Name: "Giorgia Meloni", ID: "x:other", Via: "coref"}, // right name, wrong id
				}, []SystemRole{
					{Start: ps, End: pe, Name: "Giorgia Meloni", ID: "Q451791", Resolved: true},
					{Start: rs, End: re, Name: "Mario Rossi", ID: "Q1", Resolved: true}, // wrong person
				}
		}
		ls, le := sp("Lucca", 0)
		rs, re := sp("Roma", 0)
		ss, se := sp("sindaco", 0)
		is, ie := sp("Il sindaco di Lucca", 0)
		return []SystemEntity{
				{Start: ls, End: le, Type: "PER", Name: "Lucca", Via: "rule"}, // wrong type
				{Start: rs, End: re, Type: "LOC", Name: "Roma", ID: "Q220", Via: "name"},
				{Start: rs, End: re, Type: "LOC", Name: "Roma", ID: "Q220", Via: "name"}, // counted once
				{Start: ss, End: se, Type: "LOC", Name: "sindaco", Via: "demonym"},       // not in the gold
			}, []SystemRole{
				{Start: is, End: ie, Name: "sindaco di Lucca"}, // unresolved, as the gold
				{Start: ss, End: se, Name: "X", Resolved: true},
			}
	}
	s := ScoreEntities("fix.jsonl", docs, analyze)
	assert.Equal(t, []time.Time{docs[0].Day(), {}}, dates, "each paragraph is analyzed at its date")
	assert.Equal(t, PRF{Gold: 2, System: 3, Correct: 2}, s.ByType["PER"])
	assert.Equal(t, PRF{Gold: 2, System: 1, Correct: 1}, s.ByType["LOC"])
	assert.Equal(t, PRF{Gold: 4, System: 4, Correct: 3}, s.Overall)
	assert.Equal(t, 3, s.Matched)
	assert.Equal(t, 2, s.Linked)
	assert.Equal(t, 1, s.WrongID)
	assert.Equal(t, 0, s.WrongName)
	assert.Equal(t, PRF{Gold: 1, System: 2, Correct: 1}, s.Demonyms)
	assert.Equal(t, 1, s.DemonymsLinked)
	assert.Equal(t, PRF{Gold: 3, System: 4, Correct: 3}, s.Roles)
	assert.Equal(t, 2, s.RolesResolved)
	joined := strings.Join(s.Errors, "\n")
	for _, want := range []string{
		`a link     "Meloni": gold Giorgia Meloni (Q451791), system Giorgia Meloni (x:other)`,
		`a role person "il presidente francese": gold Emmanuel Macron (Q3052772), system Mario Rossi (Q1)`,
		`b type     "Lucca": gold LOC, system PER`,
		`b demonym spurious "sindaco"`,
		`b role spurious "sindaco" → X`,
	} {
		assert.Contains(t, joined, want)
	}
	assert.NotContains(t, joined, `missed   LOC "Lucca"`, "a type error is reported once")
	out := s.String()
	assert.Contains(t, out, "fix.jsonl: 2 paragraphs")
	assert.Contains(t, out, "linking   2/3 matched entities")
	assert.Contains(t, out, "demonyms  found 1/1, linked right 1/1, 1 not in the gold")
	assert.Contains(t, out, "role persons   2/3")
}

// TestPoliticsGold reads the project's current-politics set: every span is
// checked by the reader; the counts are those of its README.
func TestPoliticsGold(t *testing.T) {
	f, err := os.Open("../../testdata/entities/politics.jsonl")
	require.NoError(t, err)
	defer f.Close()
	docs, err := ReadEntityDocs(f, "politics.jsonl")
	require.NoError(t, err)
	types := map[string]int{}
	var demonyms, roles, unresolved int
	for _, d := range docs {
		require.NotEmpty(t, d.Date, d.ID)
		for _, e := range d.Entities {
			if e.Via == "demonym" {
				demonyms++
				assert.Equal(t, "LOC", e.Type, "%s %q", d.ID, e.Text)
				continue
			}
			types[e.Type]++
		}
		for _, r := range d.Roles {
			roles++
			if r.Name == "" {
				unresolved++
			}
		}
	}
	assert.Len(t, docs, 125)
	assert.Equal(t, map[string]int{"PER": 210, "LOC": 148, "ORG": 169}, types)
	assert.Equal(t, 53, demonyms)
	assert.Equal(t, 127, roles)
	assert.Equal(t, 1, unresolved)
}

// FuzzReadEntityDocs: any input is read or refused; what is read has valid
// spans, and scoring it against output with spans anywhere does not panic.
func FuzzReadEntityDocs(f *testing.F) {
	f.Add(entityFixture)
	f.Add(`{"id": "x", "text": "è", "entities": [{"text": "è", "start": 0, "end": 2, "type": "LOC", "name": "E"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadEntityDocs(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, e := range d.Entities {
				if e.Start < 0 || e.Start >= e.End || e.End > len(d.Text) || d.Text[e.Start:e.End] != e.Text {
					t.Fatalf("entity %+v in %q", e, d.Text)
				}
			}
			for _, r := range d.Roles {
				if r.Start < 0 || r.Start >= r.End || r.End > len(d.Text) || d.Text[r.Start:r.End] != r.Text {
					t.Fatalf("role %+v in %q", r, d.Text)
				}
			}
		}
		s := ScoreEntities("fuzz", docs, func(text string, _ time.Time) ([]SystemEntity, []SystemRole) {
			n := len(text)
			return []SystemEntity{{Start: -1, End: n + 1, Type: "PER"}, {Start: 0, End: n, Type: "LOC", Via: "demonym"}, {Start: n / 2, End: n, Type: "ORG"}},
				[]SystemRole{{Start: 0, End: n, Resolved: true}, {Start: n, End: n}}
		})
		if s.Overall.Correct > s.Overall.Gold || s.Roles.Correct > s.Roles.System {
			t.Fatalf("scores %+v", s)
		}
	})
}
