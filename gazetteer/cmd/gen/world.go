package main

import (
	"strconv"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
)

// countryNames maps the Wikidata ids of the curated countries to their
// Italian names (the places of roles: presidente@Francia).
func (g *gen) countryNames() map[string]string {
	if g.countries == nil {
		g.countries = map[string]string{}
		for _, e := range g.entries {
			if e.Type == entities.LOC && qidRE.MatchString(e.ID) && e.Sources[0] == "tribuna" {
				g.countries[e.ID] = e.Name
			}
		}
	}
	return g.countries
}

// leaderOffice is the role a head of state or government's position
// label names, or "".
func leaderOffice(label string) string {
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "vice"), strings.Contains(l, "deputy"):
		return ""
	case strings.HasPrefix(l, "prime minister"), strings.HasPrefix(l, "premier"):
		return "primo ministro"
	case strings.Contains(l, "chancellor"):
		return "cancelliere"
	case strings.HasPrefix(l, "president"):
		return "presidente"
	case strings.HasPrefix(l, "king"):
		return "re"
	case strings.HasPrefix(l, "queen"):
		return "regina"
	}
	return ""
}

// addLeaders reads the heads of state and government of 2021–2022, with
// the years of their terms.
func (g *gen) addLeaders() error {
	rows, err := g.readCSV("wikidata-world/leaders-2022.csv")
	if err != nil {
		return err
	}
	countries := g.countryNames()
	for _, r := range rows {
		qid, name := r["officeholder"], r["officeholderLabel"]
		if !qidRE.MatchString(qid) || name == "" || qidRE.MatchString(name) {
			continue
		}
		e := entities.Entry{ID: qid, Type: entities.PER, Name: name}
		if place, office := countries[r["countryid"]], leaderOffice(r["positionLabel"]); place != "" && office != "" {
			if place == "Italia" && office == "primo ministro" {
				office = "presidente del Consiglio"
			}
			from, _ := strconv.Atoi(r["start_year"])
			to, _ := strconv.Atoi(r["end_year"])
			e.Roles = []entities.Role{{Name: office, Place: place, From: from, To: to}}
		}
		g.add("wikidata-world/leaders", e)
	}
	return nil
}

// addForeignMinisters reads the foreign ministers around 2022.
func (g *gen) addForeignMinisters() error {
	rows, err := g.readCSV("wikidata-world/foreign-ministers-2022.csv")
	if err != nil {
		return err
	}
	countries := g.countryNames()
	for _, r := range rows {
		qid, name := r["person"], r["name"]
		if !qidRE.MatchString(qid) || name == "" || qidRE.MatchString(name) {
			continue
		}
		e := entities.Entry{ID: qid, Type: entities.PER, Name: name}
		if place := countries[r["country"]]; place != "" {
			e.Roles = []entities.Role{role("ministro degli Esteri", place, date(r["start"]), 0)}
		}
		g.add("wikidata-world/foreign-ministers", e)
	}
	return nil
}

// addMEPs reads the members of the European Parliament of 2019–2024.
func (g *gen) addMEPs() error {
	rows, err := g.readCSV("wikidata-world/meps-2019.csv")
	if err != nil {
		return err
	}
	term := role("europarlamentare", "Parlamento europeo", entities.MakeDate(2019, 7, 2), entities.MakeDate(2024, 7, 15))
	for _, r := range rows {
		qid, name := r["item"], r["name"]
		if !qidRE.MatchString(qid) || name == "" || qidRE.MatchString(name) {
			continue
		}
		g.add("wikidata-world/meps", entities.Entry{ID: qid, Type: entities.PER, Name: name, Roles: []entities.Role{term}})
	}
	return nil
}
