package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// minCity is the population above which a foreign city of GeoNames is in
// the gazetteer (capitals are whatever their size).
const minCity = 300000

// cldrCities reads CLDR's Italian names of the cities that name time zones
// (sources/cldr: Europe/Moscow → Mosca), by the zone's city as the zone id
// writes it (Moscow, Sao_Paulo → "sao paulo").
func (g *gen) cldrCities() (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(g.dir, "sources", "cldr", "it-timeZoneNames.json"))
	if err != nil {
		return nil, err
	}
	var doc struct {
		Main map[string]struct {
			Dates struct {
				TimeZoneNames struct {
					Zone map[string]json.RawMessage `json:"zone"`
				} `json:"timeZoneNames"`
			} `json:"dates"`
		} `json:"main"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	out := map[string]string{}
	var walk func(path string, raw json.RawMessage)
	walk = func(path string, raw json.RawMessage) {
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) != nil {
			return
		}
		if c, ok := m["exemplarCity"]; ok {
			var name string
			if json.Unmarshal(c, &name) == nil && name != "" {
				out[word.Fold(strings.ReplaceAll(path, "_", " "))] = name
			}
			return
		}
		for k, v := range m {
			walk(k, v)
		}
	}
	for _, z := range doc.Main["it"].Dates.TimeZoneNames.Zone {
		walk("", z)
	}
	return out, nil
}

// italianConnectors mark an Italian exonym among GeoNames' alternate names,
// which carry no language: Monaco di Baviera, Francoforte sul Meno, Città
// del Capo. Spanish and Portuguese names use de, del, do, da; only these are
// Italian alone (del, della and the like are also Spanish or Italian
// place-name particles, so a name must have one of these).
var italianConnectors = []string{" di ", " sul ", " sulla ", " della ", " dei ", " degli ", " nel ", " in "}

// italianName returns the Italian name of a GeoNames city: that of the
// curated place its name, ASCII name or CLDR name is a name or alias of
// (Beijing → Pechino), so that the city joins its entry; else CLDR's, where
// the city names a time zone; else an alternate name shaped like an Italian
// exonym (Monaco di Baviera, Santiago di Cuba) each of whose words is a word
// of the city's own name, a curated place's name or a connector; else "".
// GeoNames' alternate names carry no language and hold many forms of other
// languages in Latin letters (Duki di Kashias): the test of every word is
// what keeps them out.
func (g *gen) italianName(name, ascii, tz string, alts []string, cldr map[string]string) string {
	it := ""
	if _, city, ok := strings.Cut(tz, "/"); ok {
		if k := strings.LastIndexByte(city, '/'); k >= 0 {
			city = city[k+1:]
		}
		if word.Fold(strings.ReplaceAll(city, "_", " ")) == word.Fold(ascii) {
			it = cldr[word.Fold(ascii)]
		}
	}
	for _, n := range []string{it, name, ascii} {
		if c := g.curatedLOC[word.Fold(n)]; n != "" && c != "" {
			return c
		}
	}
	if it != "" {
		return it
	}
	own := map[string]bool{}
	for _, w := range strings.FieldsFunc(name+" "+ascii, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
		own[word.Fold(w)] = true
	}
	for _, a := range alts {
		for _, c := range italianConnectors {
			if strings.Contains(a, c) && italianShape(a) && g.knownWords(a, own) {
				return a
			}
		}
	}
	return ""
}

// knownWords reports a name whose words are connectors, words of own or
// curated places' names.
func (g *gen) knownWords(s string, own map[string]bool) bool {
	for _, w := range strings.Fields(s) {
		k := word.Fold(w)
		switch k {
		case "di", "del", "della", "dei", "degli", "sul", "sulla", "nel", "in", "e":
			continue
		}
		if !own[k] && g.curatedLOC[k] == "" {
			return false
		}
	}
	return true
}

// italianShape: letters of the Italian alphabet (with its accents), words
// capitalized but for Italian connectors.
func italianShape(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "di", "del", "della", "dei", "degli", "sul", "sulla", "nel", "in", "e":
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzàèéìòùABCDEFGHIJKLMNOPQRSTUVWXYZ'", c) {
				return false
			}
		}
	}
	return true
}

// addCities reads GeoNames' cities over 15,000 people (sources/geonames)
// and keeps the foreign ones over minCity people and the capitals: LOC
// entries with the id geonames:ID, named in Italian where an Italian name is
// attested (italianName), with the GeoNames name and its ASCII form as
// aliases. Italian cities are the comuni's. A form that is an Italian word,
// a given name or the surname of a person of the gazetteer (Collins, Anand),
// that a curated person or organization answers to, or that is shorter than
// three letters, is left out.
func (g *gen) addCities() error {
	cldr, err := g.cldrCities()
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(g.dir, "sources", "geonames", "cities15000.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	surnames := g.surnames()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 18 || c[8] == "IT" {
			continue
		}
		pop, _ := strconv.Atoi(c[14])
		if pop < minCity && c[7] != "PPLC" {
			continue
		}
		name, ascii := c[1], c[2]
		alts := strings.Split(c[3], ",")
		var forms []string
		for _, n := range []string{g.italianName(name, ascii, c[17], alts, cldr), name, ascii} {
			if len([]rune(n)) < 3 || !latin(n) || g.commonWord(n) || g.takenByOther("LOC", n) ||
				surnames[word.Fold(n)] && !g.curated["LOC\x00"+word.Fold(n)] {
				continue
			}
			dup := false
			for _, f := range forms {
				dup = dup || word.Fold(f) == word.Fold(n)
			}
			if !dup {
				forms = append(forms, n)
			}
		}
		if len(forms) == 0 {
			continue
		}
		g.add("geonames", entities.Entry{ID: "geonames:" + c[0], Type: entities.LOC, Name: forms[0], Aliases: forms[1:]})
	}
	return sc.Err()
}
