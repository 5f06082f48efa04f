package main

import (
	"strings"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// ministriesIT maps the ministries of the Soldi e Politica data (their
// names as the file writes them, which lost their accented letters) to the
// minister's office as news names it.
var ministriesIT = map[string]string{
	"Ministero dell'economia e delle finanze":                                "ministro dell'Economia",
	"Ministero degli affari esteri e della cooperazione internazionale":      "ministro degli Esteri",
	"Ministero dello sviluppo economico":                                     "ministro dello Sviluppo economico",
	"Ministero delle imprese e del Made in Italy":                            "ministro delle Imprese",
	"Ministero delle infrastrutture e dei trasporti":                         "ministro delle Infrastrutture",
	"Ministero delle infrastrutture e della mobilit sostenibili":             "ministro delle Infrastrutture",
	"Ministero dell'interno":                                                 "ministro dell'Interno",
	"Ministero della salute":                                                 "ministro della Salute",
	"Ministero dell'istruzione, dell'universit e della ricerca":              "ministro dell'Istruzione",
	"Ministero dell'istruzione":                                              "ministro dell'Istruzione",
	"Ministero dell'istruzione e del merito":                                 "ministro dell'Istruzione",
	"Ministero dell'universit e della ricerca":                               "ministro dell'Università",
	"Ministero del lavoro e delle politiche sociali":                         "ministro del Lavoro",
	"Ministero della giustizia":                                              "ministro della Giustizia",
	"Ministero della difesa":                                                 "ministro della Difesa",
	"Ministero delle politiche agricole alimentari, forestali e del turismo": "ministro dell'Agricoltura",
	"Ministero delle politiche agricole alimentari e forestali":              "ministro dell'Agricoltura",
	"Ministero dell'agricoltura, della sovranit alimentare e delle foreste":  "ministro dell'Agricoltura",
	"Ministero dell'ambiente e della tutela del territorio e del mare":       "ministro dell'Ambiente",
	"Ministero della transizione ecologica":                                  "ministro della Transizione ecologica",
	"Ministero dell'ambiente e della sicurezza energetica":                   "ministro dell'Ambiente",
	"Ministero per i beni e le attivit culturali":                            "ministro dei Beni culturali",
	"Ministero per i beni e le attivit culturali e per il turismo":           "ministro dei Beni culturali",
	"Ministero della cultura":                                                "ministro della Cultura",
	"Ministero del turismo":                                                  "ministro del Turismo",
}

// asciiKey is the folded name with every non-ASCII letter dropped: the Soldi
// e Politica file lost them (Urz for Urzì), so names are compared this way.
// A vowel and an apostrophe ending a word are an accented vowel typed the
// typewriter's way (Santanche', as the Senate's file writes Santanchè): both
// are dropped, as the accented letter is.
func asciiKey(s string) string {
	var b strings.Builder
	f := word.Fold(s)
	for i, r := range f {
		if r >= utf8.RuneSelf || r == '\'' && i > 0 && strings.ContainsRune("aeiou", rune(f[i-1])) && (i+1 == len(f) || f[i+1] == ' ') {
			continue
		}
		if strings.ContainsRune("aeiou", r) && i+2 <= len(f) && f[i+1] == '\'' && (i+2 == len(f) || f[i+2] == ' ') {
			continue // an accented vowel typed as vowel and apostrophe (Santanche'): dropped as è is
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// party maps a party as a source writes it (Lega, LEGA - SALVINI PREMIER,
// FRATELLI D'ITALIA (18.10.2022), Sdtiroler Volkspartei) to the canonical
// name of a curated party, or "". The lists of a coalition (FORZA ITALIA … |
// LEGA …, the registry's lists backing a regional president or a mayor)
// name no party of the person's.
func (g *gen) party(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if s == "" || s == "-" || strings.Contains(s, " | ") {
		return "" // several lists: the coalition that backed a president or a mayor, not their party
	}
	if g.parties == nil {
		g.parties = map[string]string{}
		for _, e := range g.entries {
			if e.Type != entities.ORG || len(e.Sources) == 0 || e.Sources[0] != "tribuna" || !isParty(e) {
				continue
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if _, ok := g.parties[asciiKey(n)]; !ok {
					g.parties[asciiKey(n)] = e.Name
				}
			}
		}
	}
	if p, ok := g.parties[asciiKey(s)]; ok {
		return p
	}
	// LEGA - SALVINI PREMIER, PARTITO DEMOCRATICO - ITALIA DEMOCRATICA E PROGRESSISTA
	if head, _, ok := strings.Cut(s, " - "); ok {
		return g.parties[asciiKey(head)]
	}
	return ""
}

// partyNames are the curated parties that the sources' party columns name.
var partyNames = map[string]bool{}

// isParty reports a curated entry that is a party: the roles of people name
// it (segretario@Partito Democratico) or its name says so.
func isParty(e entities.Entry) bool {
	if partyNames[e.Name] {
		return true
	}
	for _, w := range []string{"partito", "movimento", "lega", "fratelli", "forza", "italia viva", "azione", "europa",
		"sinistra", "verdi", "uguali", "alternativa", "coraggio", "volkspartei", "articolo", "centro", "moderati",
		"italexit", "cambiamo", "noi ", "union", "democrazia", "alleanza", "popolo", "liberi"} {
		if strings.Contains(word.Fold(e.Name), w) {
			return true
		}
	}
	return false
}

// wdPerson is a person of the Wikidata files, to give the people of other
// sources their QID and the accents their names lost.
type wdPerson struct{ name, qid string }

// wikidataByBirth indexes the Wikidata people by date of birth.
func (g *gen) wikidataByBirth() (map[string][]wdPerson, error) {
	if g.byBirth != nil {
		return g.byBirth, nil
	}
	g.byBirth = map[string][]wdPerson{}
	for _, p := range []string{"wikidata-italy/legislators.csv", "wikidata-italy/holders.csv"} {
		rows, err := g.readCSV(p)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if r["DOB"] == "" || !qidRE.MatchString(r["personID"]) {
				continue
			}
			g.byBirth[r["DOB"]] = append(g.byBirth[r["DOB"]], wdPerson{r["person"], r["personID"]})
		}
	}
	return g.byBirth, nil
}

// identify returns the Wikidata person born on dob (YYYY-MM-DD) whose name
// ends with surname (compared in ASCII), or false.
func (g *gen) identify(dob, surname string) (wdPerson, bool) {
	by, err := g.wikidataByBirth()
	if err != nil || dob == "" {
		return wdPerson{}, false
	}
	k := asciiKey(surname)
	for _, p := range by[dob] {
		if n := asciiKey(p.name); n == k || strings.HasSuffix(n, " "+k) {
			return p, true
		}
	}
	return wdPerson{}, false
}

// addPersons reads Soldi e Politica's members of parliament (legislatures
// XVIII and XIX) and of the governments Conte I to Meloni I.
func (g *gen) addPersons() error {
	const src = "ondata/persons-2018-2024"
	rows, err := g.readCSV("ondata/persons-2018-2024.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		e := entities.Entry{Type: entities.PER, Name: r["person_name"] + " " + r["person_last_name"], Gender: gender(r["person_gender"])}
		if p, ok := g.identify(r["person_date_of_birth"], r["person_last_name"]); ok {
			e.ID, e.Name = p.qid, p.name
		} else if asciiKey(e.Name) != word.Fold(e.Name) {
			continue // not ASCII yet not in Wikidata: which letters were lost is unknown
		}
		start, end := date(r["person_date_of_entry_into_office"]), date(r["person_date_of_end_of_office"])
		var office string
		switch r["person_institutional_role"] {
		case "Deputato":
			office = "deputato"
		case "Senatore":
			office = "senatore"
		case "Senatore a vita":
			office = "senatore a vita"
		case "Presidente del Consiglio":
			office = "presidente del Consiglio"
		case "Vicepresidente del Consiglio":
			office = "vicepresidente del Consiglio"
		case "Ministro":
			office = ministriesIT[r["person_institution"]]
		case "Ministro senza Portafoglio":
			office = "ministro senza portafoglio"
		case "Vice Ministro":
			office = "viceministro"
		case "Sottosegretario di Stato", "Sottosegretario":
			office = "sottosegretario"
		}
		if office != "" {
			e.Roles = []entities.Role{role(office, "Italia", start, end)}
		}
		e.Party = g.party(r["person_political_party"])
		g.add(src, e)
	}
	return nil
}

// addParliament2025 reads the deputies and senators in office in 2025.
func (g *gen) addParliament2025() error {
	const src = "ondata/2025"
	rows, err := g.readCSV("ondata/2025/camera.csv")
	if err != nil {
		return err
	}
	legislatureXIX := entities.MakeDate(2022, 10, 13)
	for _, r := range rows {
		dob := r["datanascita"]
		if len(dob) == 8 {
			dob = dob[:4] + "-" + dob[4:6] + "-" + dob[6:]
		}
		surname := titleCase(r["cognome"])
		e := entities.Entry{Type: entities.PER, Name: titleCase(r["nome"]) + " " + surname,
			Roles: []entities.Role{role("deputato", "Italia", legislatureXIX, 0)}, Party: g.party(r["nomegruppo"]), Gender: gender(r["sesso"])}
		if p, ok := g.identify(dob, surname); ok {
			e.ID, e.Name = p.qid, p.name
		}
		g.add(src, e)
	}
	rows, err = g.readCSV("ondata/2025/senato.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		office := "senatore"
		if strings.HasPrefix(r["tipomandato"], "a vita") {
			office = "senatore a vita"
		}
		g.add(src, entities.Entry{Type: entities.PER, Name: r["nome"] + " " + r["cognome"], Gender: gender(r["sesso"]),
			Roles: []entities.Role{role(office, "Italia", date(r["iniziomandato"]), 0)}})
	}
	return nil
}

// addMayors reads the mayors in office (the Interior Ministry's registry of
// local administrators): sindaco@Comune from the day they took office.
func (g *gen) addMayors() error {
	const src = "ondata/sindaci"
	rows, err := g.readCSV("ondata/sindaci-in-carica.csv")
	if err != nil {
		return err
	}
	byCode, err := g.comuneByCode()
	if err != nil {
		return err
	}
	for _, r := range rows {
		c, ok := byCode[r["CODICE_ISTAT"]]
		if !ok {
			continue
		}
		g.add(src, g.registryPerson(r, role("sindaco", c.name, date(r["data_entrata_in_carica_ISO"]), 0)))
	}
	return nil
}

// regionalRegions are the region names of the regional registry, as the
// gazetteer names the regions.
var regionalRegions = map[string]string{"VALLE D'AOSTA": "Valle d'Aosta", "FRIULI-VENEZIA GIULIA": "Friuli-Venezia Giulia",
	"EMILIA ROMAGNA": "Emilia-Romagna"}

// addRegional reads the regional presidents, assessors and councillors in office.
func (g *gen) addRegional() error {
	const src = "ondata/amministratori-regionali"
	rows, err := g.readCSV("ondata/amministratori-regionali.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		region := regionalRegions[r["denominazione_regione"]]
		if region == "" {
			region = titleCase(r["denominazione_regione"])
		}
		var office string
		switch r["descrizione_carica"] {
		case "Presidente della regione":
			office = "presidente della Regione"
		case "Assessore", "Assessore non di origine elettiva":
			office = "assessore regionale"
		case "Consigliere", "Consigliere candidato presidente":
			office = "consigliere regionale"
		default:
			continue
		}
		g.add(src, g.registryPerson(r, role(office, region, date(r["data_entrata_in_carica_ISO"]), 0)))
	}
	return nil
}

// registryPerson is a person of the Interior Ministry's registry of local
// administrators (names in capitals, birth date DD/MM/YYYY), identified in
// Wikidata by birth date and surname where possible.
func (g *gen) registryPerson(r row, ro entities.Role) entities.Entry {
	surname := titleCase(r["cognome"])
	e := entities.Entry{Type: entities.PER, Name: titleCase(r["nome"]) + " " + surname,
		Roles: []entities.Role{ro}, Party: g.party(r["lista_appartenenza/collegamento"]), Gender: gender(r["sesso"])}
	if d := date(r["data_nascita"]); d != 0 {
		if p, ok := g.identify(d.String(), surname); ok {
			e.ID, e.Name = p.qid, p.name
		}
	}
	return e
}
