package entities

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// brief renders mentions as "Text/TYPE/Name/via" for compact expectations.
func brief(ms []Mention) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s/%s/%s/%s", m.Text, m.Type, m.Entry.Name, m.Via))
	}
	return out
}

func TestFindDefault(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"elision", "L’invasione dell’Ucraina e il voto all'ONU.",
			[]string{"Ucraina/LOC/Ucraina/name", "ONU/ORG/ONU/name"}},
		{"hyphen", "La relazione Cina-Russia.",
			[]string{"Cina/LOC/Cina/name", "Russia/LOC/Russia/name"}},
		{"lower case is not a name", "Se usa la forza, la cina di lana.", nil},
		{"acronym", "Negli USA e negli Usa.",
			[]string{"USA/LOC/Stati Uniti/alias", "Usa/LOC/Stati Uniti/alias"}},
		{"demonyms", "Le truppe russe e il governo statunitense.",
			[]string{"russe/LOC/Russia/demonym", "statunitense/LOC/Stati Uniti/demonym"}},
		{"an office's title in capitals names no one", "Ieri l'Amministratore Delegato di Fiat e il Segretario Federale della Lega Nord hanno parlato.",
			[]string{"Fiat/ORG/FIAT/name", "Lega Nord/ORG/Lega/alias"}},
		{"a league's body", "Il presidente della Lega di Serie B ha parlato.",
			[]string{"Lega di Serie B/ORG/Lega B/alias"}},
		{"clubs", "L'Inter ha battuto il Milan e la Juventus in Serie A.",
			[]string{"Inter/ORG/FC Internazionale Milano/alias", "Milan/ORG/AC Milan/alias", "Juventus/ORG/Juventus/name", "Serie A/ORG/Serie A/name"}},
		{"a common word's name inside a longer name", "Vivevano in piazza di Santa Maria Inter Vineas da anni.",
			[]string{"piazza di Santa Maria Inter Vineas/LOC/piazza di Santa Maria Inter Vineas/rule"}},
		{"a language is no demonym", "Ha salutato in italiano e in spagnolo il pubblico francese.",
			[]string{"francese/LOC/Francia/demonym"}},
		{"the European elections are no demonym", "Europee, le liste per le europee delle istituzioni europee.",
			[]string{"europee/LOC/Europa/demonym"}},
		{"longest match", "Il Dipartimento del Tesoro degli Stati Uniti.",
			[]string{"Dipartimento del Tesoro degli Stati Uniti/ORG/Dipartimento del Tesoro degli Stati Uniti/name"}},
		{"given name rule", "Ha parlato Dmitrij Zorbanov. Poi Zorbanov ha taciuto.",
			[]string{"Dmitrij Zorbanov/PER/Dmitrij Zorbanov/rule", "Zorbanov/PER/Dmitrij Zorbanov/coref"}},
		{"title rule", "Lo ha detto il ministro Zanfrulli, poi Zanfrulli è uscito.",
			[]string{"Zanfrulli/PER/Zanfrulli/rule", "Zanfrulli/PER/Zanfrulli/coref"}},
		{"organization head", "Lo studio dell'Università di Camerota e della Fondazione Pinco Pallino.",
			[]string{"Università di Camerota/ORG/Università di Camerota/rule", "Fondazione Pinco Pallino/ORG/Fondazione Pinco Pallino/rule"}},
		{"organization adjective", "Lo ha deciso la Corte suprema di Narnia.",
			[]string{"Corte suprema di Narnia/ORG/Corte suprema di Narnia/rule"}},
		{"company suffix", "Ha comprato Zorbatex S.p.A. ieri.",
			[]string{"Zorbatex S.p.A./ORG/Zorbatex S.p.A./rule"}},
		{"acronym in brackets", "Il canale China Central Television (CCTV) ha riferito.",
			[]string{"China Central Television/ORG/China Central Television/name", "CCTV/ORG/China Central Television/alias"}},
		{"surname particle", "Lo ha detto Antonio Di Pietro, e Di Pietro ha ragione.",
			[]string{"Antonio Di Pietro/PER/Antonio Di Pietro/name", "Di Pietro/PER/Antonio Di Pietro/alias"}},
		{"event is not an entity", "Dopo la Seconda Guerra Mondiale.", nil},
		{"sentence start", "Quando arrivò, Zorro era stanco.", []string{"Zorro/PER/Zorro/rule"}},
	} {
		t.Run(tc.name, func(t *testing.T) { assertFinds(t, tc.text, tc.want) })
	}
}

func TestFindFlags(t *testing.T) {
	g := loadFile(t, "small.tsv")
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Il partito Azione e la Banca d’Italia.", []string{"Azione/ORG/Azione/name", "Banca d’Italia/ORG/Banca d'Italia/name"}},
		{"Azione immediata, disse.", nil},                             // cap: not at the start of a sentence
		{"Un'azione forte.", nil},                                     // cap: lower case
		{"Voti di IV e di iv.", []string{"IV/ORG/Italia Viva/alias"}}, // exact
		{"I lucchesi e Lucca.", []string{"lucchesi/LOC/Lucca/demonym", "Lucca/LOC/Lucca/name"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := brief(g.Find(tc.text, nil))
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestWithExtendsDefault(t *testing.T) {
	g := Default().With(Entry{ID: "x:zorbatex", Type: ORG, Name: "Zorbatex", Aliases: []string{"ZTX"}})
	assert.Equal(t, Default().Len()+1, g.Len())
	assert.Equal(t, []string{"ZTX/ORG/Zorbatex/alias", "Roma/LOC/Roma/name"}, brief(g.Find("La ZTX a Roma.", nil)))
	assert.Nil(t, Default().Lookup("Zorbatex"), "Default is unchanged")
}

func TestRoles(t *testing.T) {
	text := sample.Article + "\n\nIl Cremlino ha negato. La premier Giorgia Meloni ha parlato; poi la premier ha votato. " +
		"Il ministro degli Esteri Antonio Tajani e il capo del Cremlino sono arrivati. Il presidente francese ha taciuto."
	ms := Default().Find(text, nil)
	got := Default().Roles(text, nil, ms)
	assert.Equal(t, []string{
		"Il presidente cinese/PER/Xi Jinping/role",
		"il suo omologo russo/PER/Vladimir Putin/role",
		"il leader russo/PER/Vladimir Putin/role",
		"Il leader cinese/PER/Xi Jinping/role",
		"Il Cremlino/PER/Vladimir Putin/role",
		"La premier/PER/Giorgia Meloni/role",
		"la premier/PER/Giorgia Meloni/role",
		"Il ministro degli Esteri/PER/Antonio Tajani/role",
		"il capo del Cremlino/PER/Vladimir Putin/role",
	}, brief(got), "the French president is not mentioned: no role mention")
	for _, m := range got {
		assert.Equal(t, text[m.Start:m.End], m.Text)
	}
	// Mentions in any order give the same roles, and ms is left as it was.
	rev := slices.Clone(ms)
	slices.Reverse(rev)
	before := slices.Clone(rev)
	assert.Equal(t, got, Default().Roles(text, nil, rev))
	assert.Equal(t, before, rev)
}

func TestResolveRole(t *testing.T) {
	g := loadFile(t, "small.tsv").Merge(loadFile(t, "small.jsonl"))
	neri, bianchi, rossi := g.Lookup("Marco Neri"), g.Lookup("Anna Bianchi"), g.Lookup("Ugo Rossi")
	assert.Same(t, bianchi, g.ResolveRole("sindaco", "Lucca", 0, nil), "current")
	assert.Same(t, neri, g.ResolveRole("sindaco", "Lucca", 2015, nil))
	assert.Same(t, rossi, g.ResolveRole("sindaco", "Lucca", 1992, nil))
	assert.Nil(t, g.ResolveRole("sindaco", "Lucca", 1950, nil))
	doc := g.Find("Marco Neri e Ugo Rossi.", nil)
	assert.Same(t, neri, g.ResolveRole("sindaco", "Lucca", 2015, doc), "in office that year")
	assert.Nil(t, g.ResolveRole("sindaco", "Lucca", 0, []Mention{}), "holder not mentioned")
	ms := g.Find("Nel 2012 Marco Neri parlò. Palazzo Orsetti tace; il sindaco lucchese no.", nil)
	assert.Equal(t, []string{"Palazzo Orsetti/PER/Marco Neri/role", "il sindaco lucchese/PER/Marco Neri/role"}, brief(g.Roles("Nel 2012 Marco Neri parlò. Palazzo Orsetti tace; il sindaco lucchese no.", nil, ms)))
}

// TestOffsets checks the invariants on the sample article and odd inputs.
func TestOffsets(t *testing.T) {
	for _, text := range []string{sample.Article, "", "\xff\xfe Roma \xff", strings.Repeat("Roma ", 1000), "l’", "-", "D'"} {
		checkMentions(t, text, Default().Find(text, nil))
	}
}

func checkMentions(t testing.TB, text string, ms []Mention) {
	t.Helper()
	end := 0
	for _, m := range ms {
		require.True(t, m.Start >= end && m.Start < m.End && m.End <= len(text), "offsets %d-%d after %d", m.Start, m.End, end)
		require.Equal(t, text[m.Start:m.End], m.Text)
		require.NotNil(t, m.Entry)
		require.Contains(t, []Type{PER, LOC, ORG}, m.Type)
		end = m.End
	}
}

// TestConcurrentDefault shares Default between goroutines (run with -race).
func TestConcurrentDefault(t *testing.T) {
	want := brief(Default().Find(sample.Article, nil))
	var wg sync.WaitGroup
	errs := make(chan string, 32)
	for i := 0; i < 32; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := Default()
			ms := g.Find(sample.Article, nil)
			g.Roles(sample.Article, nil, ms)
			if got := brief(ms); fmt.Sprint(got) != fmt.Sprint(want) {
				errs <- "different result"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// assertFinds checks the mentions that Default finds in text, written as
// brief writes them; a nil want means none.
func assertFinds(t *testing.T, text string, want []string) {
	t.Helper()
	got := brief(Default().Find(text, nil))
	if want == nil {
		assert.Empty(t, got)
		return
	}
	assert.Equal(t, want, got)
}

// TestNewsAgencies: the news agencies that sign Italian news are
// organizations, found like any other listed name (KIND annotates them ORG).
func TestNewsAgencies(t *testing.T) {
	g := Default()
	for _, text := range []string{"Lo scrive l'ANSA.", "Secondo l'Ansa la crisi continua.", "Lo riferisce l'agenzia Ansa."} {
		var got []string
		for _, m := range g.Find(text, nil) {
			got = append(got, m.Text+"/"+string(m.Type)+"/"+m.Entry.Name)
		}
		assert.Contains(t, strings.Join(got, " "), "/ORG/ANSA", text)
	}
}

// TestFindDefaultNewsNames: broadcasters, bodies and places of Italian news
// the default gazetteer holds, and acronyms of things it does not take for
// a foreign party's (la Pac is the EU's farm policy).
func TestFindDefaultNewsNames(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Lo ha detto ieri a Rtl 102.5 durante la trasmissione.", []string{"Rtl 102.5/ORG/RTL 102.5/name"}},
		{"Ne hanno discusso a Radio Capital.", []string{"Radio Capital/ORG/Radio Capital/name"}},
		{"La riforma della Pac divide gli agricoltori.", []string{}},
		{"I sindacati Fim, Fiom e Uilm protestano.", []string{"Fim/ORG/Fim/name", "Fiom/ORG/Federazione impiegati operai metallurgici/alias", "Uilm/ORG/Uilm/name"}},
		{"Il vertice si tiene a Kananaskis, in Canada.", []string{"Kananaskis/LOC/Kananaskis/name", "Canada/LOC/Canada/name"}},
		{"A Casa Santa Marta il pontefice ha pregato.", []string{"Casa Santa Marta/LOC/Casa Santa Marta/name"}},
	} {
		assert.Equal(t, tc.want, brief(g.Find(tc.text, nil)), tc.text)
	}
}
