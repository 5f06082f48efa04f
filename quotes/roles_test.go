package quotes

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
)

// TestRoleSpeakers: a role phrase as the subject of the cue resolves, through
// the gazetteer's roles, to the person who held the role and whom the document
// mentions; the mention stays the role phrase as written.
func TestRoleSpeakers(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		quote   string
		speaker string
		mention string // "" for no mention
	}{
		{"demonym role, not the last person", "Vladimir Putin ha accolto Xi Jinping a Mosca. Il presidente russo ha detto che i colloqui sono stati utili.",
			"i colloqui sono stati utili", "Vladimir Putin", "Il presidente russo"},
		{"demonym role, last person", "Xi Jinping ha accolto Vladimir Putin. Il presidente russo ha detto che la visita è storica.",
			"la visita è storica", "Vladimir Putin", "Il presidente russo"},
		{"Italian office alone", "Giorgia Meloni e Elly Schlein si sono incontrate alla Camera. La premier ha dichiarato: «Il governo andrà avanti».",
			"Il governo andrà avanti", "Giorgia Meloni", "La premier"},
		{"leader after the quote", "Xi Jinping ha ricevuto Vladimir Putin. «La cooperazione crescerà», ha detto il leader cinese.",
			"La cooperazione crescerà", "Xi Jinping", "il leader cinese"},
		{"counterpart", "Vladimir Putin ha incontrato Xi Jinping. Il suo omologo cinese ha affermato che «i legami sono forti».",
			"i legami sono forti", "Xi Jinping", "Il suo omologo cinese"},
		{"office by its seat", "Vladimir Putin è atteso a Pechino. Il Cremlino ha fatto sapere che il viaggio durerà due giorni.",
			"il viaggio durerà due giorni", "Vladimir Putin", "Cremlino"},
		{"holder not mentioned: the role as written", "Il presidente russo ha detto che i colloqui sono stati utili.",
			"i colloqui sono stati utili", "Il presidente russo", "Il presidente russo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.text)
			checkInvariants(t, tt.text, got)
			var q *Quote
			for i := range got {
				if got[i].Text == tt.quote {
					q = &got[i]
				}
			}
			require.NotNil(t, q, "quote %q not found in %+v", tt.quote, got)
			assert.Equal(t, []string{tt.speaker}, names(*q))
			if tt.mention == "" {
				assert.Nil(t, q.Mention)
				return
			}
			require.NotNil(t, q.Mention)
			assert.Equal(t, tt.mention, q.Mention.Text)
		})
	}
}

// TestRolesNeedMentions: ExtractDoc without mentions resolves no roles, and
// without a gazetteer neither.
func TestRolesNeedMentions(t *testing.T) {
	text := "Vladimir Putin ha accolto Xi Jinping a Mosca. Il presidente russo ha detto che i colloqui sono stati utili."
	e := New()
	qs := e.ExtractDoc(text, e.tok.Tokens(text), nil)
	require.Len(t, qs, 1)
	assert.NotEqual(t, "Vladimir Putin", qs[0].Speakers[0].Name)
	qs = New(WithoutGazetteer()).Extract(text)
	require.Len(t, qs, 1)
	assert.Empty(t, qs[0].Speakers[0].ID)
}

// TestRoles: the role mentions quotes reads are the gazetteer's (RolesAt)
// resolved to a person the document mentions, whether the Analyzer hands
// them over or quotes finds them itself.
func TestRoles(t *testing.T) {
	texts := []string{sample.Article,
		"Nel 2010 il presidente russo ha parlato. Dmitrij Medvedev e Vladimir Putin erano a Mosca; il capo del Cremlino tace.",
		"Il Cremlino e la premier: Giorgia Meloni ha sentito il suo omologo russo, Vladimir Putin, e il primo ministro britannico.",
		"il il il presidente presidente cinese Xi Jinping il ministro degli Esteri il Papa Francesco",
	}
	if docs, err := devTexts(); err == nil {
		texts = append(texts, docs...)
	}
	e := New()
	for _, text := range texts {
		toks := e.tok.Tokens(text)
		ms := e.gaz.Find(text, toks)
		all := e.gaz.RolesAt(text, toks, ms, time.Time{})
		persons := map[*entities.Entry]bool{}
		for _, m := range ms {
			if m.Type == entities.PER {
				persons[m.Entry] = true
			}
		}
		var want []entities.Mention
		for _, m := range all {
			if persons[m.Entry] {
				want = append(want, m)
			}
		}
		d := analyze(text, toks, ms, e.gaz)
		got := d.roles()
		d.release()
		assert.Equal(t, want, got, text)
		var tb wordtable.Table
		tb.Build(text, toks)
		d = analyzeTable(&tb, ms, all, e.gaz)
		got = d.roles()
		d.release()
		assert.Equal(t, want, got, text)
	}
}
