package main

import (
	"sort"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// finish tidies the roles of the merged entries, whose sources overlap
// and were taken on different days:
//  1. a spell with no end, from a source older than the hand-written
//     entries, ends in the year a year-only spell of the same office that
//     contains its start ends (a year-only one is that spell: dropped);
//  2. of the spells of one office with the same start, the one with an end
//     stays; of those with the same end, started the same year, the earlier;
//  3. a year-only spell is dropped where a dated spell of the same office
//     starts in its first year and ends within its years;
//  4. in an office one person holds at a time (a president, a minister, a
//     mayor), a spell with no end ends when the next holder's starts, if
//     it starts later (two spells that start the same year, given by the
//     year, do not tell which came first);
//  5. a member of an Italian government (a minister, a vice-minister, an
//     undersecretary) whose spell is dated and has no end leaves with that
//     government: when the prime minister in office on its first day left
//     (a new government appoints its members anew).
func finish(gz *entities.Gazetteer) []entities.Entry {
	var out []entities.Entry
	for _, p := range gz.Entries() {
		e := *p
		e.Roles = tidyRoles(e.Roles)
		out = append(out, e)
	}
	closeBySuccessor(out)
	closeWithGovernment(out)
	for i := range out {
		out[i].Roles = tidyRoles(out[i].Roles)
	}
	return out
}

func sameOffice(a, b entities.Role) bool {
	return !a.Metonym && !b.Metonym && word.Fold(a.Name) == word.Fold(b.Name) && word.Fold(a.Place) == word.Fold(b.Place)
}

func dated(r entities.Role) bool { return r.Start != 0 || r.End != 0 }

func tidyRoles(rs []entities.Role) []entities.Role {
	rs = append([]entities.Role(nil), rs...)
	// 1.
	stale := make([]bool, len(rs))
	for i := range rs {
		if rs[i].End != 0 || rs[i].To != 0 {
			continue
		}
		for _, y := range rs {
			if !dated(y) && sameOffice(rs[i], y) && y.To != 0 && (y.From == 0 || y.From <= rs[i].From) && rs[i].From <= y.To {
				if dated(rs[i]) {
					rs[i].End, rs[i].To = entities.MakeDate(y.To, 0, 0), y.To
				} else {
					stale[i] = true // the same term, seen before it ended
				}
				break
			}
		}
	}
	var out []entities.Role
	for i, r := range rs {
		drop := stale[i]
		for j, x := range rs {
			if i == j || !sameOffice(r, x) {
				continue
			}
			switch {
			case dated(r) && dated(x) && r.Start == x.Start && r.Start != 0:
				// 2. keep the one with an end (the later end), the first of equals
				if x.End > r.End || x.End == r.End && j < i {
					drop = true
				}
			case dated(r) && dated(x) && r.End == x.End && r.End != 0 && r.Start != 0 && x.Start != 0 && r.Start.Year() == x.Start.Year():
				// 2. the same term as two sources date its first day: the earlier
				if x.Start < r.Start {
					drop = true
				}
			case !dated(r) && dated(x) && x.From == r.From && (r.To == 0 || x.To != 0 && x.To <= r.To):
				drop = true // 3.
			}
		}
		if !drop {
			out = append(out, r)
		}
	}
	return out
}

// singleHolder reports an office one person holds at a time.
func singleHolder(name string) bool {
	switch name {
	case "presidente", "presidente del Consiglio", "primo ministro", "cancelliere", "presidente del Senato",
		"presidente della Camera", "presidente della Regione", "presidente della Provincia", "sindaco",
		"governatore", "segretario generale", "re", "regina", "papa", "segretario", "direttore generale",
		"comandante generale", "capo di Stato maggiore della Difesa":
		return true
	}
	return strings.HasPrefix(name, "ministro ") && name != "ministro senza portafoglio"
}

// closeBySuccessor is step 4 of finish.
func closeBySuccessor(es []entities.Entry) {
	type spell struct{ e, r int }
	offices := map[string][]spell{}
	var keys []string
	for i := range es {
		for k, r := range es[i].Roles {
			if r.Metonym || !singleHolder(r.Name) {
				continue
			}
			key := word.Fold(r.Name) + "@" + word.Fold(r.Place)
			if offices[key] == nil {
				keys = append(keys, key)
			}
			offices[key] = append(offices[key], spell{i, k})
		}
	}
	start := func(r entities.Role) entities.Date {
		if r.Start != 0 {
			return r.Start
		}
		return entities.MakeDate(r.From, 0, 0)
	}
	for _, key := range keys {
		sp := offices[key]
		sort.SliceStable(sp, func(a, b int) bool {
			return start(es[sp[a].e].Roles[sp[a].r]) < start(es[sp[b].e].Roles[sp[b].r])
		})
		for a, s := range sp {
			r := &es[s.e].Roles[s.r]
			if r.End != 0 || r.To != 0 || start(*r) == 0 {
				continue
			}
			for _, t := range sp[a+1:] {
				next := es[t.e].Roles[t.r]
				if t.e != s.e && start(next) > start(*r) {
					r.To = start(next).Year()
					if r.Start != 0 {
						r.End = start(next)
					}
					break
				}
			}
		}
	}
}

// governmentOffice reports an office of the members of an Italian government.
func governmentOffice(name string) bool {
	return strings.HasPrefix(name, "ministro ") || strings.HasPrefix(name, "sottosegretario") ||
		name == "viceministro" || name == "vicepresidente del Consiglio"
}

// closeWithGovernment is step 5 of finish.
func closeWithGovernment(es []entities.Entry) {
	type term struct{ from, to entities.Date }
	var pms []term // the prime ministers' dated terms
	for _, e := range es {
		for _, r := range e.Roles {
			if r.Name == "presidente del Consiglio" && r.Place == "Italia" && r.Start != 0 && r.Start.Day() != 0 {
				pms = append(pms, term{r.Start, r.End})
			}
		}
	}
	for i := range es {
		for k := range es[i].Roles {
			r := &es[i].Roles[k]
			if r.Metonym || r.Place != "Italia" || !governmentOffice(r.Name) || r.End != 0 || r.To != 0 || r.Start == 0 || r.Start.Day() == 0 {
				continue
			}
			for _, pm := range pms {
				if pm.from <= r.Start && pm.to != 0 && r.Start < pm.to && pm.to.Day() != 0 {
					r.End, r.To = pm.to, pm.to.Year()
					break
				}
			}
		}
	}
}
