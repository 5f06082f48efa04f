package entities

import "strings"

// linkByRoles links the names of people that no entry holds (found by the
// rules, by coreference to them, or by a tagger) to the person a role
// mention of the same document resolves to, when the name is the last words
// of that person's name: Italian news names a person by surname in a
// headline or a lead and by office in the body (Magi lancia il referendum.
// Il segretario di +Europa ha depositato …: Riccardo Magi; Costa convoca …
// Il presidente del Consiglio europeo: António Costa). A name that two such
// people end with stays as it was. ms is changed in place; the Analyzer calls
// it on a document's mentions and roles.
func linkByRoles(ms, roles []Mention) {
	if len(roles) == 0 {
		return
	}
	var bySurname map[string]*Entry // folded last words → the person, nil when two people share them
	for i := range ms {
		m := &ms[i]
		if m.Type != PER || m.Entry == nil || m.Entry.ID != "" || m.Via == ViaDemonym || m.Via == ViaRole {
			continue
		}
		if bySurname == nil {
			bySurname = surnamesOf(roles)
		}
		if e := bySurname[fold(m.Text)]; e != nil {
			m.Entry = e
		}
	}
}

// surnamesOf indexes the people roles resolve to by the last one, two and
// three words of their names.
func surnamesOf(roles []Mention) map[string]*Entry {
	out := map[string]*Entry{}
	for _, r := range roles {
		e := r.Entry
		if e == nil || e.ID == "" || e.Type != PER {
			continue
		}
		words := strings.Fields(fold(e.Name))
		for n := 1; n < len(words) && n <= 3; n++ {
			k := strings.Join(words[len(words)-n:], " ")
			if x, ok := out[k]; ok && x != e {
				out[k] = nil // two people end with these words
			} else if !ok {
				out[k] = e
			}
		}
	}
	return out
}
