package entities

import "strings"

// distinctQIDs reports two authority ids that differ (Wikidata Q-ids, or
// ids of another register such as istat: or geonames:, not local x: ones):
// entries with the same type and name are then namesakes, kept apart.
func distinctQIDs(a, b string) bool {
	return a != b && idRank(a) < 2 && idRank(b) < 2 && idRank(a) == idRank(b)
}

// idRank orders ids from the most to the least telling: a Wikidata id, the
// id of another register, a local x: id, none.
func idRank(id string) int {
	switch {
	case id == "":
		return 3
	case strings.HasPrefix(id, "x:"):
		return 2
	case isQID(id):
		return 0
	}
	return 1
}

// addRole adds r to rs unless it is there. A role given by days refines
// the same office given by years only (sindaco@Roma:2016-2021 and
// sindaco@Roma:2016-06-22/2021-10-18 are one term): the dated one stays.
func addRole(rs []Role, r Role) []Role {
	for i, x := range rs {
		if x == r {
			return rs
		}
		if x.Metonym || r.Metonym || !strings.EqualFold(x.Name, r.Name) || fold(x.Place) != fold(r.Place) || x.From != r.From || x.To != r.To {
			continue
		}
		xDated, rDated := x.Start != 0 || x.End != 0, r.Start != 0 || r.End != 0
		switch {
		case rDated && !xDated:
			rs[i] = r
			return rs
		case xDated && !rDated:
			return rs
		}
	}
	return append(rs, r)
}

// appendEntry appends e to es unless it is there. The builder adds an
// entry's forms and roles one entry after another, so e can only be the last
// one: checking it keeps building linear however many people share a role
// (the 4,000 deputies of deputato@Italia).
func appendEntry(es []*Entry, e *Entry) []*Entry {
	if len(es) > 0 && es[len(es)-1] == e {
		return es
	}
	return append(es, e)
}

func isQID(id string) bool {
	if len(id) < 2 || id[0] != 'Q' {
		return false
	}
	for i := 1; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return true
}

// addMerged appends e from data that is merged already (the generated
// default gazetteer, where no two entries share an id, or a type and a name
// but for namesakes): only its id is indexed, which saves folding every
// name. An entry whose id is taken, or that has none, goes through add.
// A builder fed this way must not be given other entries with add.
func (b *builder) addMerged(e *Entry) {
	if e.ID == "" || b.byID[e.ID] != nil {
		b.add(e)
		return
	}
	b.entries = append(b.entries, e)
	b.byID[e.ID] = e
}
