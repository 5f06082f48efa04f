package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// gen gathers the entries of every source in a fixed order: the curated
// ones first, so that their names, aliases and flags are what the merged
// entries keep.
type gen struct {
	dir     string // the gazetteer directory
	entries []entities.Entry
	// curated holds the folded names and aliases of the curated entries,
	// by type ("PER\x00giorgia meloni") and with any type ("\x00meloni"):
	// generated entries never get flags where a curated entry is, and
	// never take a name a curated entry of another type answers to.
	curated map[string]bool

	comuniCache []comune
	parties     map[string]string     // see party
	byBirth     map[string][]wdPerson // see wikidataByBirth
	countries   map[string]string     // see countryNames
	curatedLOC  map[string]string     // folded names and aliases of curated places → their names
	surnameSet  map[string]bool       // see surnames
	vocab       map[string]bool       // see loadWords
	given       map[string]bool
	sourceFacts []entities.Entry // the facts of facts.tsv about people only the sources list (see applyFacts)
}

func newGen(dir string) *gen {
	return &gen{dir: dir, curated: map[string]bool{}, curatedLOC: map[string]string{}}
}

// source is one step of the generator.
type source struct {
	name string
	add  func(*gen) error
}

// sources are the generator's steps after the curated entries, in order.
var sources = []source{
	{"wikidata-italy/holders", func(g *gen) error { return g.addWikidataPeople("wikidata-italy/holders", "wikidata-italy/holders.csv") }},
	{"wikidata-italy/legislators", func(g *gen) error {
		return g.addWikidataPeople("wikidata-italy/legislators", "wikidata-italy/legislators.csv")
	}},
	{"wikidata-italy/cabinets", (*gen).addCabinets},
	{"ondata/persons-2018-2024", (*gen).addPersons},
	{"ondata/2025", (*gen).addParliament2025},
	{"ondata/sindaci", (*gen).addMayors},
	{"ondata/amministratori-regionali", (*gen).addRegional},
	{"ondata/2025-organizations", (*gen).addOrgs2025},
	{"wikidata-world/leaders", (*gen).addLeaders},
	{"wikidata-world/foreign-ministers", (*gen).addForeignMinisters},
	{"wikidata-world/meps", (*gen).addMEPs},
	{"partyfacts", (*gen).addParties},
	{"openfootball", (*gen).addClubs},
	{"istat", (*gen).addComuni},
	{"geonames", (*gen).addCities},
}

func (g *gen) run(want map[string]bool) error {
	if err := g.addCurated(); err != nil {
		return err
	}
	if err := g.loadWords(); err != nil {
		return err
	}
	for _, s := range sources {
		if want != nil && !want[s.name] {
			continue
		}
		if err := s.add(g); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return nil
}

// addCurated reads curated/*.tsv in name order, then facts.tsv (the facts
// about their people, merged into their entries, which keep their place),
// then extra.tsv.
func (g *gen) addCurated() error {
	paths, err := filepath.Glob(filepath.Join(g.dir, "curated", "*.tsv"))
	if err != nil {
		return err
	}
	rank := func(p string) int {
		switch filepath.Base(p) {
		case "facts.tsv":
			return 1
		case "extra.tsv":
			return 2
		}
		return 0
	}
	sort.Slice(paths, func(i, j int) bool {
		if ri, rj := rank(paths[i]), rank(paths[j]); ri != rj {
			return ri < rj
		}
		return paths[i] < paths[j]
	})
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		gz, err := entities.Load(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		for _, e := range gz.Entries() {
			c := *e
			c.Sources = []string{"tribuna"}
			if filepath.Base(p) == "facts.tsv" && !g.hasID(c.ID) {
				g.sourceFacts = append(g.sourceFacts, c) // about a source's person: applied at the end
				continue
			}
			g.entries = append(g.entries, c)
			for _, n := range append([]string{c.Name}, c.Aliases...) {
				g.curated[string(c.Type)+"\x00"+word.Fold(n)] = true
				g.curated["\x00"+word.Fold(n)] = true
				if _, ok := g.curatedLOC[word.Fold(n)]; c.Type == entities.LOC && !ok {
					g.curatedLOC[word.Fold(n)] = c.Name
				}
			}
		}
	}
	return nil
}

// hasID reports a gathered entry with the id.
func (g *gen) hasID(id string) bool {
	for i := range g.entries {
		if g.entries[i].ID == id {
			return true
		}
	}
	return false
}

// applyFacts gives the entries of the finished gazetteer the gender and
// party facts.tsv writes down for people only the sources list (by their
// Wikidata id), where no source gives them; the entries keep their place
// and their sources.
func (g *gen) applyFacts(es []entities.Entry) []entities.Entry {
	byID := map[string]*entities.Entry{}
	for i := range g.sourceFacts {
		byID[g.sourceFacts[i].ID] = &g.sourceFacts[i]
	}
	for i := range es {
		f := byID[es[i].ID]
		if f == nil {
			continue
		}
		if es[i].Gender == "" {
			es[i].Gender = f.Gender
		}
		if es[i].Party == "" {
			es[i].Party = f.Party
		}
	}
	return es
}

// add appends a generated entry from source src.
func (g *gen) add(src string, e entities.Entry) {
	e.Name = strings.TrimSpace(e.Name)
	if e.Name == "" {
		return
	}
	if e.ID == "" {
		e.ID = slug(e.Name)
	}
	e.Sources = []string{src}
	g.entries = append(g.entries, e)
}
