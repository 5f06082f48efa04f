package main

import (
	"strings"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
)

// unifyPeople makes one entry of a person that a hand-written entry and a
// source name differently: the generated person whose name is the curated
// entry's name or one of its aliases of two words or more (Sergey Lavrov for
// Sergej Lavrov, Elena Ethel Schlein for Elly Schlein), compared folded or,
// for the sources that lost their accents, in ASCII (Daniela Garnero
// Santanch for Daniela Garnero Santanchè), is that person when the two also
// agree on something else: an office they both held (ministro degli
// Esteri@Russia, at any dates) or the party (a party the person held an
// office in). Namesakes stay apart: two Wikidata ids, two curated entries
// the name fits, or nothing in common (the mayor Vincenzo Bianco of Petronà
// is not Enzo Bianco of Catania). The generated entry then takes the curated
// entry's name, and both take the better id (its QID where either has one),
// so that entities.New merges them; the generated name becomes an alias,
// unless it is a form that lost its accents.
//
// Merging grows the offices a curated entry has, so the pass is repeated
// until nothing changes.
func unifyPeople(gz *entities.Gazetteer) []entities.Entry {
	es := make([]entities.Entry, 0, gz.Len())
	for _, e := range gz.Entries() {
		es = append(es, *e)
	}
	curated := map[string][]int{} // folded and ASCII forms of curated people → their indexes
	addForm := func(form string, i int) {
		for _, k := range []string{"f\x00" + word.Fold(form), "a\x00" + asciiKey(form)} {
			if !containsInt(curated[k], i) {
				curated[k] = append(curated[k], i)
			}
		}
	}
	for i, e := range es {
		if e.Type != entities.PER || !isCurated(e) {
			continue
		}
		addForm(e.Name, i)
		for _, a := range e.Aliases {
			if strings.Contains(strings.TrimSpace(a), " ") {
				addForm(a, i)
			}
		}
	}
	merged := make([]bool, len(es))
	gained := map[int][]entities.Role{} // the offices curated entries gained, for agree
	for changed := true; changed; {
		changed = false
		for i := range es {
			g := &es[i]
			if merged[i] || g.Type != entities.PER || isCurated(*g) {
				continue
			}
			lossy := isASCII(g.Name) // a source that lost accents writes ASCII names
			cands := curated["f\x00"+word.Fold(g.Name)]
			viaASCII := false
			if len(cands) == 0 && lossy {
				cands, viaASCII = curated["a\x00"+asciiKey(g.Name)], true
			}
			c := -1
			for _, k := range cands {
				x := es[k]
				x.Roles = append(append([]entities.Role(nil), x.Roles...), gained[k]...)
				if distinctIDs(x.ID, g.ID) || !agree(x, *g) {
					continue
				}
				if c >= 0 && c != k {
					c = -2 // two curated entries fit: namesakes
					break
				}
				c = k
			}
			if c < 0 {
				continue
			}
			cur := &es[c]
			if rank(g.ID) < rank(cur.ID) {
				cur.ID = g.ID
			}
			if word.Fold(g.Name) != word.Fold(cur.Name) && !viaASCII {
				g.Aliases = append([]string{g.Name}, g.Aliases...)
			}
			g.ID, g.Name = cur.ID, cur.Name
			g.Roles = agreeingRoles(*cur, g.Roles)
			gained[c] = append(gained[c], g.Roles...)
			merged[i], changed = true, true
		}
	}
	return es
}

// agreeingRoles returns the roles of rs that do not contradict the
// hand-written ones of c: a term of an office that c gives as starting the
// same year but ending otherwise is left out (c's entries are the newer:
// primo ministro@Libia:2021- stays open where a list of 2022 ends it).
func agreeingRoles(c entities.Entry, rs []entities.Role) []entities.Role {
	var out []entities.Role
	for _, r := range rs {
		keep := true
		for _, x := range c.Roles {
			if !x.Metonym && !r.Metonym && word.Fold(x.Name) == word.Fold(r.Name) && word.Fold(x.Place) == word.Fold(r.Place) &&
				x.From == r.From && x.To != r.To {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, r)
		}
	}
	return out
}

func isCurated(e entities.Entry) bool {
	return len(e.Sources) > 0 && e.Sources[0] == "tribuna"
}

// agree: c and g held an office in common, or g's party is c's or one c
// held an office in.
func agree(c, g entities.Entry) bool {
	for _, r := range g.Roles {
		if r.Metonym {
			continue
		}
		for _, x := range c.Roles {
			if !x.Metonym && word.Fold(x.Name) == word.Fold(r.Name) && word.Fold(x.Place) == word.Fold(r.Place) {
				return true
			}
		}
	}
	if g.Party == "" {
		return false
	}
	if word.Fold(c.Party) == word.Fold(g.Party) {
		return true
	}
	for _, x := range c.Roles {
		if !x.Metonym && word.Fold(x.Place) == word.Fold(g.Party) {
			return true
		}
	}
	return false
}

// distinctIDs: a and b are two different Wikidata ids (or two ids of
// another register).
func distinctIDs(a, b string) bool {
	return a != b && rank(a) < 2 && rank(a) == rank(b)
}

// rank orders ids from the most telling: a Wikidata id, another register's,
// a local x: id, none.
func rank(id string) int {
	switch {
	case id == "":
		return 3
	case strings.HasPrefix(id, "x:"):
		return 2
	case qidRE.MatchString(id):
		return 0
	}
	return 1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
