package main

import (
	"regexp"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// Italian offices as Italian news names them (the role names of
// data/README.md), for the English position labels of Wikidata.
var italianOffices = map[string][2]string{
	"President":                                                {"presidente", "Italia"},
	"Prime Minister":                                           {"presidente del Consiglio", "Italia"},
	"President of the Senate":                                  {"presidente del Senato", "Italia"},
	"President of the Chamber of Deputies":                     {"presidente della Camera", "Italia"},
	"Vice President of the Council of Ministers":               {"vicepresidente del Consiglio", "Italia"},
	"Minister of Foreign Affairs":                              {"ministro degli Esteri", "Italia"},
	"Minister of the Interior":                                 {"ministro dell'Interno", "Italia"},
	"Minister of Economy and Finance":                          {"ministro dell'Economia", "Italia"},
	"Minister of Defence":                                      {"ministro della Difesa", "Italia"},
	"Minister of Justice":                                      {"ministro della Giustizia", "Italia"},
	"Minister of Health":                                       {"ministro della Salute", "Italia"},
	"Minister of Labour and Social Affairs":                    {"ministro del Lavoro", "Italia"},
	"Minister of Agriculture":                                  {"ministro dell'Agricoltura", "Italia"},
	"Minister of Economic Development":                         {"ministro dello Sviluppo economico", "Italia"},
	"Minister of Public Administration":                        {"ministro della Pubblica amministrazione", "Italia"},
	"Minister of Regional Affairs and Autonomies":              {"ministro per gli Affari regionali", "Italia"},
	"Minister of the Environment":                              {"ministro dell'Ambiente", "Italia"},
	"Minister of the Ecological Transition":                    {"ministro della Transizione ecologica", "Italia"},
	"Minister for EU Affairs":                                  {"ministro per gli Affari europei", "Italia"},
	"Minister for Parliamentary Relations":                     {"ministro per i Rapporti con il Parlamento", "Italia"},
	"Minister of Transports and Infrastructures":               {"ministro delle Infrastrutture", "Italia"},
	"Minister of Infrastructures":                              {"ministro delle Infrastrutture", "Italia"},
	"Minister of Transports":                                   {"ministro dei Trasporti", "Italia"},
	"Minister of Education, Universities and Research":         {"ministro dell'Istruzione", "Italia"},
	"Minister of Education":                                    {"ministro dell'Istruzione", "Italia"},
	"Minister of Universities, Science and Technology":         {"ministro dell'Università", "Italia"},
	"Minister for Institutional Reforms":                       {"ministro per le Riforme", "Italia"},
	"Minister for Equal Opportunities":                         {"ministro per le Pari opportunità", "Italia"},
	"Minister of Cultural Heritage and Activities":             {"ministro dei Beni culturali", "Italia"},
	"Minister of Cultural Heritage and Activities and Tourism": {"ministro dei Beni culturali", "Italia"},
	"Minister for the South and Territorial Cohesion":          {"ministro per il Sud", "Italia"},
	"Minister of Youth":                                        {"ministro per le Politiche giovanili", "Italia"},
	"Minister of Communications":                               {"ministro delle Comunicazioni", "Italia"},
	"Minister for Sport":                                       {"ministro per lo Sport", "Italia"},
	"Minister of Family":                                       {"ministro per la Famiglia", "Italia"},
	"Minister of Finance":                                      {"ministro delle Finanze", "Italia"},
	"Minister of Foreign Trade":                                {"ministro del Commercio estero", "Italia"},
	"Minister of Public Works":                                 {"ministro dei Lavori pubblici", "Italia"},
	"Minister of the Treasury, Budget and Economic Planning":   {"ministro del Tesoro", "Italia"},
	"Minister of Tourism":                                      {"ministro del Turismo", "Italia"},
	"Minister of Tourism and Sport":                            {"ministro del Turismo", "Italia"},
	"Minister for Technological Innovation":                    {"ministro per l'Innovazione tecnologica", "Italia"},
	"Minister for Program Delivery":                            {"ministro per l'Attuazione del programma", "Italia"},
	"Minister for Disabilities":                                {"ministro per le Disabilità", "Italia"},
	"Undersecretary of State":                                  {"sottosegretario", "Italia"},
	"Undersecretary to the Presidency of the Council":          {"sottosegretario alla Presidenza del Consiglio", "Italia"},
	"Governor of the Banca d'Italia":                           {"governatore", "Banca d'Italia"},
	"Director General of the Bank of Italy":                    {"direttore generale", "Banca d'Italia"},
	"Chief of the Defence Staff":                               {"capo di Stato maggiore della Difesa", "Italia"},
	"Commanding General of the Carabinieri":                    {"comandante generale", "Arma dei Carabinieri"},
	"member of the Chamber of Deputies":                        {"deputato", "Italia"},
	"member of the Senate":                                     {"senatore", "Italia"},
	"Senator for life":                                         {"senatore a vita", "Italia"},
}

// regionsIT are the Italian names of the regions as Wikidata's English
// labels give them.
var regionsIT = map[string]string{
	"Abruzzo": "Abruzzo", "Aosta Valley": "Valle d'Aosta", "Apulia": "Puglia", "Basilicata": "Basilicata",
	"Calabria": "Calabria", "Campania": "Campania", "Emilia-Romagna": "Emilia-Romagna",
	"Friuli-Venezia Giulia": "Friuli-Venezia Giulia", "Lazio": "Lazio", "Liguria": "Liguria",
	"Lombardy": "Lombardia", "Marche": "Marche", "Molise": "Molise", "Piedmont": "Piemonte",
	"Sardinia": "Sardegna", "Sicily": "Sicilia", "Trentino-South Tyrol": "Trentino-Alto Adige",
	"Tuscany": "Toscana", "Umbria": "Umbria", "Veneto": "Veneto",
}

var qidRE = regexp.MustCompile(`^Q[0-9]+$`)

// italianOffice maps a Wikidata position label to an office, or reports false.
func italianOffice(pos string) (string, string, bool) {
	if o, ok := italianOffices[pos]; ok {
		return o[0], o[1], true
	}
	if r, ok := strings.CutPrefix(pos, "president of "); ok {
		if rest, ok := strings.CutPrefix(r, "the Province of "); ok {
			return "presidente della Provincia", rest, true
		}
		if it, ok := regionsIT[r]; ok {
			return "presidente della Regione", it, true
		}
	}
	if r, ok := strings.CutPrefix(pos, "member of the Regional Council of "); ok {
		if it, ok := regionsIT[r]; ok {
			return "consigliere regionale", it, true
		}
	}
	if pos == "President of South Tyrol" {
		return "presidente della Provincia", "Alto Adige", true
	}
	return "", "", false
}

// addWikidataPeople reads a file of position,person,personID,start,end
// rows: office spells with dates, one person a QID.
func (g *gen) addWikidataPeople(src, path string) error {
	rows, err := g.readCSV(path)
	if err != nil {
		return err
	}
	for _, r := range rows {
		name, qid := r["person"], r["personID"]
		if !qidRE.MatchString(qid) || name == "" || qidRE.MatchString(name) {
			continue
		}
		e := entities.Entry{ID: qid, Type: entities.PER, Name: name, Gender: gender(r["gender"])}
		if o, place, ok := italianOffice(r["position"]); ok {
			e.Roles = []entities.Role{role(o, place, date(r["start"]), date(r["end"]))}
		}
		g.add(src, e)
	}
	return nil
}

// gender reads a source's gender (Wikidata's sex or gender, P21: male,
// female; the registries' sesso: M, F) as Entry.Gender; empty for anything else.
func gender(s string) string {
	switch strings.TrimSpace(s) {
	case "female", "F":
		return entities.GenderFemale
	case "male", "M":
		return entities.GenderMale
	}
	return ""
}

// cabinetRE reads a cabinet's label: the prime minister's surname.
var cabinetRE = regexp.MustCompile(`^(.+?)(?: [IVX]+)? Cabinet$`)

// addCabinets gives the prime ministers of the Italian cabinets the dates
// of each of their cabinets: the person is the entry, already gathered,
// whose name ends with the surname of the label and who was prime minister
// in the cabinet's first year.
func (g *gen) addCabinets() error {
	rows, err := g.readCSV("wikidata-italy/cabinets.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		m := cabinetRE.FindStringSubmatch(r["itemLabel"])
		start, end := date(r["inception"]), date(r["abolished"])
		if m == nil || start == 0 {
			continue
		}
		surname := word.Fold(m[1])
		var pm *entities.Entry
		for i := range g.entries {
			e := &g.entries[i]
			if e.Type != entities.PER || !strings.HasSuffix(word.Fold(e.Name), " "+surname) {
				continue
			}
			for _, ro := range e.Roles {
				if ro.Name == "presidente del Consiglio" && ro.Place == "Italia" && ro.HeldIn(start.Year()) {
					pm = e
				}
			}
			if pm != nil {
				break
			}
		}
		if pm == nil {
			continue
		}
		g.add("wikidata-italy/cabinets", entities.Entry{ID: pm.ID, Type: entities.PER, Name: pm.Name,
			Roles: []entities.Role{role("presidente del Consiglio", "Italia", start, end)}})
	}
	return nil
}
