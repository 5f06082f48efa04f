package main

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// The 2025 lists of ondata's Sesso e potere: the largest listed companies,
// the state-owned companies, the banking groups, the newspapers, the TV
// news programmes, the news agencies, the universities and the research
// bodies, with who leads them. Their names are as the lists write them
// (capitals, stakes in brackets, truncations); orgName tidies them and
// leaves out what it cannot read.

var (
	bracketRE = regexp.MustCompile(`\s*\([^)]*\)?\.?`)
	legalRE   = regexp.MustCompile(`(?i)[\s.]+(s\.?p\.?a\.?|srl|s\.r\.l\.|n\.v\.|sgr)\.?$`)
)

// orgName tidies a name of the 2025 lists: the bracketed part goes (a stake,
// a former name: the latter becomes an alias), and so does a legal form;
// "ACRONYM - Full name" gives the full name and the acronym. Names in
// capitals are written as names (CORRIERE DELLA SERA → Corriere della Sera).
// It returns no name for a truncated or abbreviated one (Monte Paschi Si, B.
// Cucinelli).
func orgName(s string) (name string, aliases []string) {
	s = strings.ReplaceAll(s, "’", "'")
	if m := regexp.MustCompile(`\(\s*(?:ex\s+)?([^)%]+?)\s*\)`).FindStringSubmatch(s); m != nil {
		aliases = append(aliases, strings.TrimSpace(m[1]))
	}
	s = bracketRE.ReplaceAllString(s, "")
	s = strings.TrimSpace(legalRE.ReplaceAllString(strings.TrimSpace(s), ""))
	for _, sep := range []string{" - ", " – "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			a, b = strings.TrimSpace(legalRE.ReplaceAllString(strings.TrimSpace(a), "")), strings.TrimSpace(legalRE.ReplaceAllString(strings.TrimSpace(b), ""))
			if len(a) < len(b) {
				a, b = b, a
			}
			s = a
			if len(b) <= 6 && !strings.Contains(b, " ") {
				b = strings.ToUpper(strings.ReplaceAll(b, ".", ""))
			}
			aliases = append(aliases, b)
		}
	}
	if s == strings.ToUpper(s) && len(strings.Fields(s)) > 1 {
		s = nameCase(s)
	}
	for _, w := range strings.Fields(s) {
		if strings.HasSuffix(w, ".") || len(w) <= 2 && w != strings.ToUpper(w) && !lowerWords[strings.ToLower(w)] {
			return "", nil
		}
	}
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 && !strings.Contains(s, "24") && !regexp.MustCompile(`(?i)^(tg|a2a)`).MatchString(s) {
		return "", nil
	}
	return s, aliases
}

var lowerWords = map[string]bool{"di": true, "del": true, "della": true, "dei": true, "degli": true, "delle": true,
	"dello": true, "e": true, "ed": true, "per": true, "la": true, "il": true, "lo": true, "le": true, "in": true,
	"a": true, "al": true, "alla": true, "da": true, "l'": true, "d'": true, "dell'": true, "sul": true}

// nameCase writes a name in capitals as Italian titles are written: the
// first word and the others capitalized, the Italian function words in
// lower case (CORRIERE DELLA SERA → Corriere della Sera).
func nameCase(s string) string {
	ws := strings.Fields(titleCase(s))
	for i, w := range ws {
		if i > 0 && lowerWords[strings.ToLower(w)] {
			ws[i] = strings.ToLower(w)
		}
		if i > 0 && (strings.HasPrefix(strings.ToLower(w), "dell'") || strings.HasPrefix(strings.ToLower(w), "d'")) {
			k := strings.IndexByte(w, '\'')
			ws[i] = strings.ToLower(w[:k+1]) + w[k+1:]
		}
	}
	return strings.Join(ws, " ")
}

// addOrgs2025 reads the 2025 lists.
func (g *gen) addOrgs2025() error {
	const src = "ondata/2025"
	type list struct {
		file, nameCol, office string
		person                func(row) string
		sexCol                string // the column of the person's sesso
	}
	given := func(r row) string { return strings.TrimSpace(r["nome"] + " " + r["cognome"]) }
	lists := []list{
		{"borsa_milano.csv", "nome", "amministratore delegato", func(r row) string { return r["ceo"] }, "sesso_ceo"},
		{"borsa_milano.csv", "nome", "presidente", func(r row) string { return r["presidente_cda"] }, "sesso_presidente_cda"},
		{"gruppi_bancari_ita.csv", "gruppo_bancario", "amministratore delegato", given, "sesso"},
		{"mef.csv", "societa_amministratore_delegato_o_ceo", "amministratore delegato", given, "sesso"},
		{"quotidiani_x_tiratura.csv", "testata_direttore_direttrice", "direttore", given, "sesso"},
		{"tg.csv", "testata", "direttore", func(r row) string { return strings.TrimSpace(r["nome"] + " " + r["cognme"]) }, "sesso"},
		{"agenzie_stampa.csv", "agenzia", "direttore", given, "sesso"},
		{"enti_di_ricerca.csv", "ente_dg_o_presidente", "", nil, ""},
	}
	for _, l := range lists {
		rows, err := g.readCSV("ondata/2025/" + l.file)
		if err != nil {
			return err
		}
		for _, r := range rows {
			name, aliases := orgName(r[l.nameCol])
			if name = dropArticle(name); !g.usableOrg(name) {
				continue
			}
			var keep []string
			for _, a := range aliases {
				if a = strings.TrimSpace(legalRE.ReplaceAllString(a, "")); g.usableOrg(a) && word.Fold(a) != word.Fold(name) {
					keep = append(keep, a)
				}
			}
			g.add(src, entities.Entry{Type: entities.ORG, Name: name, Aliases: keep})
			if l.person != nil && l.office != "" {
				if p := strings.TrimSpace(l.person(r)); strings.Contains(p, " ") {
					g.add(src, entities.Entry{Type: entities.PER, Name: p, Gender: gender(r[l.sexCol]),
						Roles: []entities.Role{{Name: l.office, Place: name, From: 2025}}})
				}
			}
		}
	}
	// Universities: "Rettore Università di Pisa", the rector as "Surname Name".
	rows, err := g.readCSV("ondata/2025/universita.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		office, uni, ok := strings.Cut(r["ruolo"], " ")
		if !ok {
			continue
		}
		uni, _ = orgName(strings.Trim(strings.ReplaceAll(uni, `""`, `"`), `"`))
		if !g.usableOrg(uni) || !strings.Contains(uni, " ") {
			continue
		}
		g.add(src, entities.Entry{Type: entities.ORG, Name: uni})
		if ws := strings.Fields(r["nome"]); len(ws) >= 2 {
			p := ws[len(ws)-1] + " " + strings.Join(ws[:len(ws)-1], " ")
			g.add(src, entities.Entry{Type: entities.PER, Name: p, Gender: gender(r["sesso"]),
				Roles: []entities.Role{{Name: strings.ToLower(office), Place: uni, From: 2025}}})
		}
	}
	return nil
}

// usableOrg: a name of more than three letters (Eur is also the currency),
// not an Italian word or given name by itself, nor a listed surname, and not a name a curated entry of another type answers to.
func (g *gen) usableOrg(name string) bool {
	return (len([]rune(name)) > 3 || strings.Contains(name, " ")) && !g.commonWord(name) && !g.takenByOther("ORG", name) && !g.surnames()[word.Fold(name)]
}
