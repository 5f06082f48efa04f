package main

import (
	"strings"
	"unicode"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// addParties reads Party Facts' parties with their Wikidata ids: the native
// name (in the Latin script) as the name, the English one and a short name
// in capitals of three letters or more that is no Italian word (PSOE, CDU;
// not DL, which is also a decree, nor RETE) as aliases. A leading article is dropped (L'Unione is Unione).
// Left out: one-word names that are not acronyms (Yes, Progress, Unione:
// Italian and English words; the parties known by one word, Podemos or
// Likud, are among the hand-written entries), acronyms of things (GPS), and
// names a curated entry of another type answers to.
func (g *gen) addParties() error {
	rows, err := g.readCSV("partyfacts/wikidata.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		var forms []string
		for _, n := range []string{r["name_native"], r["name"]} {
			n = dropArticle(strings.TrimSpace(n))
			if latin(n) && strings.Contains(n, " ") && !g.takenByOther("ORG", n) {
				forms = append(forms, n)
			}
		}
		if s := strings.TrimSpace(r["name_short"]); len(s) >= 3 && latin(s) && s == strings.ToUpper(s) &&
			!strings.Contains(s, " ") && !thingAcronyms[strings.ToLower(s)] && !g.vocab[word.Fold(s)] && !g.given[word.Fold(s)] &&
			!g.takenByOther("ORG", s) {
			forms = append(forms, s)
		}
		if len(forms) == 0 {
			continue
		}
		id := r["wikidata_id"]
		if !qidRE.MatchString(id) {
			id = "partyfacts:" + r["partyfacts_id"]
		}
		g.add("partyfacts", entities.Entry{ID: id, Type: entities.ORG, Name: forms[0], Aliases: forms[1:]})
	}
	return nil
}

// thingAcronyms are acronyms of things rather than organizations, in
// English or in Italian news.
// (a name in capitals matches however it is written: SPA would be the S.p.A.
// of company names, PRO the Pro of club names).
var thingAcronyms = map[string]bool{"gps": true, "gsm": true, "gms": true, "usb": true, "dna": true, "rna": true,
	"hiv": true, "pil": true, "iva": true, "sms": true, "dvd": true, "led": true, "pdf": true, "ogm": true, "suv": true,
	"spa": true, "srl": true, "pro": true, "cda": true, "cup": true, "tab": true, "ceo": true, "ufo": true, "nato": true,
	"app": true, "web": true, "tv": true, "dop": true, "doc": true, "igp": true, "pin": true, "vip": true, "mvp": true,
	// Italian news's acronyms of EU and regional policies: la Pac (Politica agricola comune), i Psr
	// (Programmi di sviluppo rurale), not the Pan Africanist Congress, the Partido Socialista Revolucionario
	"pac": true, "psr": true}

// dropArticle drops a leading Italian, French or Spanish article from a name
// (L'Unione, Il Popolo della Libertà, La République en marche): in running
// text the article is not part of the span.
func dropArticle(s string) string {
	for _, a := range []string{"L'", "L’", "Il ", "Lo ", "La ", "I ", "Gli ", "Le ", "Les ", "El ", "Los ", "Las ", "The "} {
		if rest, ok := strings.CutPrefix(s, a); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return rest
		}
	}
	return s
}
