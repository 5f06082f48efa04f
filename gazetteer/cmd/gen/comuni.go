package main

import (
	"strconv"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// bigComune is the population above which a comune named by an Italian
// word is kept, marked cap (Prato, Vittoria); below it such a comune (Calcio,
// Bella, Sale, Vita, Alba) is left out: its name is far more often the word.
const bigComune = 50000

// addComuni reads ISTAT's 7,896 comuni (sources/istat): LOC entries with
// the id istat:CODE. Left out: names a curated person or organization
// answers to (Amato, Monti), and small comuni named by an Italian word, a
// given name or the surname of a person of the gazetteer (Cavour, Placanica). The populations come from the mayors' registry (the
// population counted when the mayor was elected).
func (g *gen) addComuni() error {
	cs, err := g.comuni()
	if err != nil {
		return err
	}
	rows, err := g.readCSV("ondata/sindaci-in-carica.csv")
	if err != nil {
		return err
	}
	pop := map[string]int{}
	for _, r := range rows {
		pop[r["CODICE_ISTAT"]], _ = strconv.Atoi(r["popolazione_censita_alla_data_elezione"])
	}
	surnames := g.surnames()
	for _, c := range cs {
		if g.takenByOther("LOC", c.name) {
			continue
		}
		e := entities.Entry{ID: "istat:" + c.code, Type: entities.LOC, Name: c.name}
		if g.commonWord(c.name) || surnames[word.Fold(c.name)] && !g.curated["LOC\x00"+word.Fold(c.name)] {
			if pop[c.code] < bigComune {
				continue
			}
			e.Flags = []string{entities.FlagCap}
		}
		g.add("istat", e)
	}
	return nil
}

// surnames are the last words of the names of the people gathered so far.
func (g *gen) surnames() map[string]bool {
	if g.surnameSet == nil {
		g.surnameSet = map[string]bool{}
		for _, e := range g.entries {
			if e.Type != entities.PER {
				continue
			}
			if k := strings.LastIndexByte(e.Name, ' '); k > 0 {
				g.surnameSet[word.Fold(e.Name[k+1:])] = true
			}
		}
	}
	return g.surnameSet
}
