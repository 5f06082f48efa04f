package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// roleCase is a text, the day it is read at and the role mentions expected
// (Text/Type/Entry.Name/Via, as brief writes them).
type roleCase struct {
	name, text, date string
	want             []string
}

func runRoleCases(t *testing.T, g *Gazetteer, cases []roleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := g.RolesAt(tc.text, nil, g.Find(tc.text, nil), day(tc.date))
			if len(tc.want) == 0 {
				assert.Empty(t, brief(got), tc.text)
			} else {
				assert.Equal(t, tc.want, brief(got), tc.text)
			}
			for _, m := range got {
				assert.Equal(t, tc.text[m.Start:m.End], m.Text)
			}
		})
	}
}

// rolesTestGazetteer is a small gazetteer of invented people and offices:
// the mechanisms, apart from the data of the default one.
func rolesTestGazetteer(t *testing.T) *Gazetteer {
	return loadFile(t, "small.tsv").With(
		Entry{ID: "x:lunigiana", Type: LOC, Name: "Lunigiana", Demonyms: []string{"lunigianese", "lunigianesi"}},
		Entry{ID: "x:pontremoli", Type: LOC, Name: "Pontremoli"},
		Entry{ID: "x:partito-del-fiume", Type: ORG, Name: "Partito del Fiume", Aliases: []string{"PdF"}},
		Entry{ID: "x:ugo-verdi", Type: PER, Name: "Ugo Verdi", Aliases: []string{"Verdi"}, Roles: []Role{
			{Name: "presidente", Place: "Lunigiana", From: 2001, To: 2011, Start: 20010301, End: 20110301},
			{Name: "segretario", Place: "Partito del Fiume", From: 2015, Start: 20150101}}},
		Entry{ID: "x:lia-rosi", Type: PER, Name: "Lia Rosi", Aliases: []string{"Rosi"}, Roles: []Role{
			{Name: "presidente", Place: "Lunigiana", From: 2011, Start: 20110301},
			{Name: "ministro della Pesca", Place: "Lunigiana", From: 2005, To: 2008}}},
		Entry{ID: "x:ivo-galli", Type: PER, Name: "Ivo Galli", Aliases: []string{"Galli"}, Roles: []Role{
			{Name: "sindaco", Place: "Pontremoli", From: 2020, Start: 20200601},
			{Name: "sindaco", Place: "Pontremoli", From: 2030, Start: 20300601}}},
		Entry{ID: "x:eva-blu", Type: PER, Name: "Eva Blu", Roles: []Role{{Name: "sindaco", Place: "Pontremoli", From: 2026, To: 2030, Start: 20260601, End: 20300601}}},
	)
}

// TestRoleTense: ex, nuovo, futuro, uscente place the holder in time.
func TestRoleTense(t *testing.T) {
	runRoleCases(t, rolesTestGazetteer(t), []roleCase{
		{"now: the holder at the date", "Il presidente lunigianese ha parlato.", "2015-01-01",
			[]string{"Il presidente lunigianese/PER/Lia Rosi/role"}},
		{"ex: a mentioned former holder", "Ugo Verdi e Lia Rosi sono arrivati. L'ex presidente lunigianese ha parlato.", "2015-01-01",
			[]string{"L'ex presidente lunigianese/PER/Ugo Verdi/role"}},
		{"ex: not the holder at the date", "Lia Rosi è arrivata. L'ex presidente lunigianese ha parlato.", "2015-01-01",
			[]string{"L'ex presidente lunigianese/PER/ex presidente lunigianese/role"}},
		{"ex: no one mentioned, unresolved", "L'ex presidente lunigianese ha parlato.", "2015-01-01",
			[]string{"L'ex presidente lunigianese/PER/ex presidente lunigianese/role"}},
		{"ex with a hyphen", "Ugo Verdi è arrivato. L'ex-presidente lunigianese ha parlato.", "2015-01-01",
			[]string{"L'ex-presidente lunigianese/PER/Ugo Verdi/role"}},
		{"allora is ex", "Ugo Verdi è arrivato. L'allora presidente lunigianese firmò.", "2015-01-01",
			[]string{"L'allora presidente lunigianese/PER/Ugo Verdi/role"}},
		{"a mentioned holder out of office is not the holder now", "Ugo Verdi è arrivato. Il presidente lunigianese ha parlato.", "2015-01-01",
			[]string{"Il presidente lunigianese/PER/Lia Rosi/role"}},
		{"nuovo: the holder at the date, in the span", "Il nuovo presidente lunigianese ha parlato.", "2012-01-01",
			[]string{"Il nuovo presidente lunigianese/PER/Lia Rosi/role"}},
		{"nuovo: of two possible holders, the last to take office", "Il nuovo sindaco di Pontremoli ha parlato.", "2030-08-01",
			[]string{"Il nuovo sindaco di Pontremoli/PER/Ivo Galli/role"}},
		{"uscente: the holder at the date", "Il presidente uscente della Lunigiana ha parlato.", "2011-02-01",
			[]string{"Il presidente uscente della Lunigiana/PER/Ugo Verdi/role"}},
		{"futuro: a mentioned holder who takes office later", "Lia Rosi ha vinto. La futura presidente lunigianese ha parlato.", "2011-01-15",
			[]string{"La futura presidente lunigianese/PER/Lia Rosi/role"}},
		{"futuro: no one mentioned", "Il futuro presidente lunigianese ha parlato.", "2011-01-15",
			[]string{"Il futuro presidente lunigianese/PER/futuro presidente lunigianese/role"}},
		{"neo- in one word", "Ha parlato la neopresidente lunigianese.", "2012-01-01",
			[]string{"la neopresidente lunigianese/PER/Lia Rosi/role"}},
		{"two holders at the date: unresolved", "Il sindaco di Pontremoli ha parlato.", "2028-01-01",
			[]string{"Il sindaco di Pontremoli/PER/sindaco di Pontremoli/role"}},
	})
}

// TestRoleReference: a role phrase names a person after an article, bare
// after an articulated preposition or before a name; not as a predicate, in
// the plural or without what tells the office.
func TestRoleReference(t *testing.T) {
	runRoleCases(t, rolesTestGazetteer(t), []roleCase{
		{"after an articulated preposition, the span from the noun", "Una lettera al presidente lunigianese.", "2015-01-01",
			[]string{"presidente lunigianese/PER/Lia Rosi/role"}},
		{"and from its pre-modifier", "Una lettera al nuovo presidente lunigianese.", "2015-01-01",
			[]string{"nuovo presidente lunigianese/PER/Lia Rosi/role"}},
		{"a title before a name", "Ha parlato presidente lunigianese Lia Rosi.", "2015-01-01",
			[]string{"presidente lunigianese/PER/Lia Rosi/role"}},
		{"the person named after it", "Il sindaco di Pontremoli Ivo Galli ha parlato.", "2028-01-01",
			[]string{"Il sindaco di Pontremoli/PER/Ivo Galli/role"}},
		{"a possessive", "Rosi e il suo omologo lunigianese.", "2015-01-01",
			[]string{"il suo omologo lunigianese/PER/Lia Rosi/role"}},
		{"a predicate after a copula", "Lia Rosi è la nuova presidente lunigianese.", "2015-01-01", nil},
		{"a predicate after è stata", "Lia Rosi è stata la presidente lunigianese.", "2015-01-01", nil},
		{"a bare predicate", "Rosi è stata eletta presidente lunigianese.", "2015-01-01", nil},
		{"come", "Rosi ha giurato come nuova presidente lunigianese.", "2015-01-01", nil},
		{"a plural", "I presidenti lunigianesi e i leader lunigianesi.", "2015-01-01", nil},
		{"a numeral", "I due leader lunigianesi.", "2015-01-01", nil},
		{"an indefinite article", "Un ex presidente lunigianese ha parlato.", "2015-01-01", nil},
		{"no place: the office is not told", "Il presidente ha parlato. Il ministro ha parlato. Il sindaco ha parlato.", "2015-01-01", nil},
	})
}

// TestRoleComplements: what tells the office after the noun.
func TestRoleComplements(t *testing.T) {
	runRoleCases(t, rolesTestGazetteer(t), []roleCase{
		{"a demonym", "Il presidente lunigianese ha parlato.", "2015-01-01", []string{"Il presidente lunigianese/PER/Lia Rosi/role"}},
		{"of and a place", "Il presidente della Lunigiana ha parlato.", "2015-01-01", []string{"Il presidente della Lunigiana/PER/Lia Rosi/role"}},
		{"of and a party", "Il segretario del Partito del Fiume ha parlato.", "2016-01-01",
			[]string{"Il segretario del Partito del Fiume/PER/Ugo Verdi/role"}},
		{"a party's acronym after the noun", "Il segretario PdF ha parlato.", "2016-01-01", []string{"Il segretario PdF/PER/Ugo Verdi/role"}},
		{"of and a seat: its office", "Il capo di Palazzo Orsetti ha parlato.", "2022-01-01",
			[]string{"Il capo di Palazzo Orsetti/PER/Anna Bianchi/role"}},
		{"an unknown place: unresolved", "Il prefetto di Lucca ha parlato.", "2022-01-01",
			[]string{"Il prefetto di Lucca/PER/prefetto di Lucca/role"}},
		{"a portfolio", "La ministra della Pesca lunigianese ha parlato.", "2006-01-01",
			[]string{"La ministra della Pesca lunigianese/PER/Lia Rosi/role"}},
		{"a portfolio with per for di", "La ministra per la Pesca lunigianese ha parlato.", "2006-01-01",
			[]string{"La ministra per la Pesca lunigianese/PER/Lia Rosi/role"}},
		{"a portfolio's rest in the span", "La ministra della Pesca e delle Acque interne lunigianese ha parlato.", "2006-01-01",
			[]string{"La ministra della Pesca e delle Acque interne lunigianese/PER/Lia Rosi/role"}},
		{"titolare and a portfolio", "La titolare della Pesca lunigianese ha parlato.", "2006-01-01",
			[]string{"La titolare della Pesca lunigianese/PER/Lia Rosi/role"}},
	})
}

// TestRoleSeats: a seat stands for its holder as the subject of a clause,
// not as a place, a party or a prize.
func TestRoleSeats(t *testing.T) {
	runRoleCases(t, rolesTestGazetteer(t), []roleCase{
		{"subject with an article", "Il Palazzo Orsetti ha taciuto.", "2022-01-01", []string{"Il Palazzo Orsetti/PER/Anna Bianchi/role"}},
		{"subject without one, before a verb", "Ieri, Palazzo Orsetti tace.", "2022-01-01", []string{"Palazzo Orsetti/PER/Anna Bianchi/role"}},
		{"after a conjunction", "La giunta e il Palazzo Orsetti tacciono.", "2022-01-01", []string{"il Palazzo Orsetti/PER/Anna Bianchi/role"}},
		{"after a speech verb", "«No», ha detto il Palazzo Orsetti.", "2022-01-01", []string{"il Palazzo Orsetti/PER/Anna Bianchi/role"}},
		{"per at the start of a clause", "Per Palazzo Orsetti è un errore.", "2022-01-01", []string{"Palazzo Orsetti/PER/Anna Bianchi/role"}},
		{"a place", "La firma a Palazzo Orsetti e al Palazzo Orsetti.", "2022-01-01", nil},
		{"a party", "Un accordo con il Palazzo Orsetti.", "2022-01-01", nil},
		{"a prize", "La corsa per il Palazzo Orsetti.", "2022-01-01", nil},
		{"a source", "Fonti di Palazzo Orsetti smentiscono.", "2022-01-01", nil},
		{"no holder: no mention", "Il Palazzo Orsetti ha taciuto.", "1950-01-01", nil},
	})
}

// TestRolesItalianPolitics resolves the offices of Italian politics in the
// default gazetteer, in the forms news writes them.
func TestRolesItalianPolitics(t *testing.T) {
	runRoleCases(t, Default(), []roleCase{
		{"a ministry's whole name", "Il ministro dell'Istruzione e del Merito ha firmato.", "2024-03-01",
			[]string{"Il ministro dell'Istruzione e del Merito/PER/Giuseppe Valditara/role"}},
		{"a ministry's long name", "Il ministro dell'Agricoltura, della Sovranità alimentare e delle Foreste ha firmato.", "2024-03-01",
			[]string{"Il ministro dell'Agricoltura, della Sovranità alimentare e delle Foreste/PER/Francesco Lollobrigida/role"}},
		{"the rest of a name ends before its verb", "Il ministro dell'Ambiente e della Sicurezza energetica ha firmato.", "2024-03-01",
			[]string{"Il ministro dell'Ambiente e della Sicurezza energetica/PER/Gilberto Pichetto Fratin/role"}},
		{"per and its article", "Il ministro per gli Affari regionali e le Autonomie ha firmato.", "2024-03-01",
			[]string{"Il ministro per gli Affari regionali e le Autonomie/PER/Roberto Calderoli/role"}},
		{"ministra, per le", "La ministra per le Riforme istituzionali ha firmato.", "2024-03-01",
			[]string{"La ministra per le Riforme istituzionali/PER/Elisabetta Casellati/role"}},
		{"the official name of the Esteri", "Il ministro degli Affari esteri ha firmato.", "2024-03-01",
			[]string{"Il ministro degli Affari esteri/PER/Antonio Tajani/role"}},
		{"a to-preposition, the one named", "Il sottosegretario alla Presidenza del Consiglio Alfredo Mantovano ha firmato.", "2024-03-01",
			[]string{"Il sottosegretario alla Presidenza del Consiglio/PER/Alfredo Mantovano/role"}},
		{"an office several hold: unresolved", "Il sottosegretario alla Presidenza del Consiglio ha firmato.", "2024-03-01",
			[]string{"Il sottosegretario alla Presidenza del Consiglio/PER/sottosegretario alla Presidenza del Consiglio/role"}},
		{"a portfolio's name ends before its verb", "Il ministro dell'Interno replica. Il ministro della Difesa del governo Meloni parla.", "2024-03-01",
			[]string{"Il ministro dell'Interno/PER/Matteo Piantedosi/role", "Il ministro della Difesa/PER/Guido Crosetto/role"}},
		{"the keeper of the seals", "Il Guardasigilli ha firmato.", "2024-03-01", []string{"Il Guardasigilli/PER/Carlo Nordio/role"}},
		{"the holder of a seat's office", "Il titolare della Farnesina e il titolare del Viminale.", "2024-03-01",
			[]string{"Il titolare della Farnesina/PER/Antonio Tajani/role", "il titolare del Viminale/PER/Matteo Piantedosi/role"}},
		{"the holder of a ministry", "Il titolare del Mef ha firmato.", "2024-03-01", []string{"Il titolare del Mef/PER/Giancarlo Giorgetti/role"}},
		{"the chambers by their seats", "Il presidente di Palazzo Madama e il presidente di Montecitorio.", "2024-03-01",
			[]string{"Il presidente di Palazzo Madama/PER/Ignazio La Russa/role", "il presidente di Montecitorio/PER/Lorenzo Fontana/role"}},
		{"two vice-premiers: the one named", "Il vicepremier Matteo Salvini ha parlato.", "2024-03-01",
			[]string{"Il vicepremier/PER/Matteo Salvini/role"}},
		{"two vice-premiers: unresolved", "Il vicepremier ha parlato.", "2024-03-01", []string{"Il vicepremier/PER/vicepremier/role"}},
		{"a party's secretary", "La segretaria del Pd ha parlato.", "2024-03-01", []string{"La segretaria del Pd/PER/Elly Schlein/role"}},
		{"a party's adjective", "La segretaria dem e il leader leghista.", "2024-03-01",
			[]string{"La segretaria dem/PER/Elly Schlein/role", "il leader leghista/PER/Matteo Salvini/role"}},
		{"a party's secretary before the new one", "Il segretario del Pd ha parlato.", "2022-05-01", []string{"Il segretario del Pd/PER/Enrico Letta/role"}},
		{"a group leader and the chamber", "Il capogruppo della Lega alla Camera e il capogruppo dem al Senato.", "2024-03-01",
			[]string{"Il capogruppo della Lega alla Camera/PER/Riccardo Molinari/role", "il capogruppo dem al Senato/PER/Francesco Boccia/role"}},
		{"a spokesman", "Il portavoce di Europa Verde ha parlato.", "2024-03-01", []string{"Il portavoce di Europa Verde/PER/Angelo Bonelli/role"}},
		{"a region's president by its institution", "Il presidente della Regione Lazio ha parlato.", "2024-03-01",
			[]string{"Il presidente della Regione Lazio/PER/Francesco Rocca/role"}},
		{"a region's president by its demonym", "Il presidente piemontese e il governatore lombardo.", "2024-03-01",
			[]string{"Il presidente piemontese/PER/Alberto Cirio/role", "il governatore lombardo/PER/Attilio Fontana/role"}},
		{"a mayor's periphrasis", "Il primo cittadino di Milano ha parlato.", "2024-03-01", []string{"Il primo cittadino di Milano/PER/Giuseppe Sala/role"}},
		{"a mayor at two dates", "La sindaca di Genova ha parlato.", "2025-09-01", []string{"La sindaca di Genova/PER/Silvia Salis/role"}},
		{"premier time is no premier", "Durante il premier time la premier ha risposto.", "2024-03-01", []string{"la premier/PER/Giorgia Meloni/role"}},
		{"the seat of the prime minister", "Palazzo Chigi smentisce.", "2024-03-01", []string{"Palazzo Chigi/PER/Giorgia Meloni/role"}},
	})
}

// TestRolesWorld resolves foreign and international offices of the default
// gazetteer.
func TestRolesWorld(t *testing.T) {
	runRoleCases(t, Default(), []roleCase{
		{"an institution's name across the title: del Consiglio europeo", "Il presidente del Consiglio europeo ha parlato.", "2025-03-01",
			[]string{"Il presidente del Consiglio europeo/PER/António Costa/role"}},
		{"del Parlamento europeo", "La presidente del Parlamento europeo ha parlato.", "2025-03-01",
			[]string{"La presidente del Parlamento europeo/PER/Roberta Metsola/role"}},
		{"the High Representative", "L'Alta rappresentante Ue e il capo della diplomazia Ue.", "2025-03-01",
			[]string{"L'Alta rappresentante Ue/PER/Kaja Kallas/role", "il capo della diplomazia Ue/PER/Kaja Kallas/role"}},
		{"the High Representative the day before", "L'Alto rappresentante ha parlato.", "2024-11-30",
			[]string{"L'Alto rappresentante/PER/Josep Borrell/role"}},
		{"a country by its capital", "Il leader di Kiev e il capo di Mosca.", "2025-03-01",
			[]string{"Il leader di Kiev/PER/Volodymyr Zelensky/role", "il capo di Mosca/PER/Vladimir Putin/role"}},
		{"a seat at the date", "La Casa Bianca tace.", "2025-03-01", []string{"La Casa Bianca/PER/Donald Trump/role"}},
		{"a seat before the inauguration", "La Casa Bianca tace.", "2025-01-10", []string{"La Casa Bianca/PER/Joe Biden/role"}},
		{"the tenant of a seat", "L'inquilino dell'Eliseo ha parlato.", "2025-03-01", []string{"L'inquilino dell'Eliseo/PER/Emmanuel Macron/role"}},
		{"the pope at the date", "Il papa ha parlato. Il Santo Padre ha pregato.", "2025-06-01",
			[]string{"Il papa/PER/Leone XIV/role", "Il Santo Padre/PER/Leone XIV/role"}},
		{"a nationality that agrees", "Il pontefice argentino ha parlato.", "2024-03-01", []string{"Il pontefice argentino/PER/Papa Francesco/role"}},
		{"a nationality that does not", "Il pontefice argentino ha parlato.", "2025-06-01",
			[]string{"Il pontefice argentino/PER/pontefice argentino/role"}},
		{"a title before a name", "Oggi Papa Leone XIV ha parlato.", "2025-06-01", []string{"Papa/PER/Leone XIV/role"}},
		{"a premier by party", "Il premier laburista ha parlato.", "2025-03-01", []string{"Il premier laburista/PER/Keir Starmer/role"}},
		{"the new prime minister", "Il nuovo primo ministro britannico ha parlato.", "2024-07-10",
			[]string{"Il nuovo primo ministro britannico/PER/Keir Starmer/role"}},
		{"a party leader abroad", "Il leader della Cdu ha parlato.", "2024-03-01", []string{"Il leader della Cdu/PER/Friedrich Merz/role"}},
		{"a foreign minister", "Il ministro degli Esteri russo ha parlato.", "2024-03-01", []string{"Il ministro degli Esteri russo/PER/Sergej Lavrov/role"}},
		{"an ex and a mentioned former holder", "Draghi a Bruxelles. Mario Draghi parla. L'ex presidente della Bce avverte.", "2024-09-09",
			[]string{"L'ex presidente della Bce/PER/Mario Draghi/role"}},
		{"a predicate with a number", "Trump ha giurato come 47° presidente degli Stati Uniti.", "2025-01-20", nil},
		{"a counterpart: the office of the person named before", "Tajani ha incontrato a Parigi l'omologo francese.", "2025-03-10",
			[]string{"l'omologo francese/PER/Jean-Noël Barrot/role"}},
		{"a prime minister's counterpart", "Meloni ha sentito il suo omologo britannico.", "2025-03-10",
			[]string{"il suo omologo britannico/PER/Keir Starmer/role"}},
		{"a counterpart of a role mention", "Il presidente francese ha visto l'omologo tedesco.", "2025-03-10",
			[]string{"Il presidente francese/PER/Emmanuel Macron/role", "l'omologo tedesco/PER/Frank-Walter Steinmeier/role"}},
		{"a supreme leader", "Il leader nordcoreano ha parlato.", "2025-03-10", []string{"Il leader nordcoreano/PER/Kim Jong-un/role"}},
		{"a union's secretary general", "Il segretario generale della Cgil ha parlato.", "2025-03-10",
			[]string{"Il segretario generale della Cgil/PER/Maurizio Landini/role"}},
		{"a company's chief executive", "L'amministratore delegato di Eni ha parlato.", "2025-03-10",
			[]string{"L'amministratore delegato di Eni/PER/Claudio Descalzi/role"}},
		{"a prime minister on the day he took office", "Il premier canadese ha parlato.", "2025-03-14",
			[]string{"Il premier canadese/PER/Mark Carney/role"}},
	})
}

// TestRolesOtherCouncils: the presidente del Consiglio is Italy's prime
// minister, not the president of another council.
func TestRolesOtherCouncils(t *testing.T) {
	runRoleCases(t, Default(), []roleCase{
		{"dei ministri in the span", "Il presidente del Consiglio dei ministri ha parlato.", "2025-03-10",
			[]string{"Il presidente del Consiglio dei ministri/PER/Giorgia Meloni/role"}},
		{"a regional council", "Il presidente del Consiglio regionale ha parlato.", "2025-03-10",
			[]string{"Il presidente del Consiglio regionale/PER/presidente del Consiglio regionale/role"}},
		{"a council of administration", "Il presidente del consiglio di amministrazione ha parlato.", "2025-03-10", nil},
	})
}

func TestIsPremod(t *testing.T) {
	for k := range rolePremods {
		assert.True(t, isPremod(k), k)
	}
	assert.False(t, isPremod("presidente"))
}

func TestRoleGrammarSets(t *testing.T) {
	for _, w := range []string{"al", "allo", "alla", "all'", "del", "dell'", "dal", "nel", "sul", "col"} {
		assert.True(t, singularArticled[w], w)
	}
	for _, w := range []string{"ai", "agli", "alle", "dei", "degli", "delle", "nei", "sulle"} {
		assert.False(t, singularArticled[w], w)
	}
	assert.Equal(t, map[string]bool{"i": true, "gli": true, "le": true}, pluralArticles)
	assert.Equal(t, map[string]bool{"al": true, "allo": true, "alla": true, "all'": true, "ai": true, "agli": true, "alle": true}, toPrepositions)
}
