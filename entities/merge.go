package entities

import "strings"

// distinctQIDs reports two Wikidata ids that differ: entries with the same
// type and name are then namesakes, kept apart.
func distinctQIDs(a, b string) bool {
	return a != b && isQID(a) && isQID(b)
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
