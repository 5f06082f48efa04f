package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

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

// headlineSurnames adds the mentions of the people role mentions of the
// document resolve to, and that it does not name, by their surname alone
// opening a sentence before a lower-case word or a colon: Italian news
// opens a headline with the surname (Sala chiede più poteri ai sindaci) and
// names the office in the body (Il sindaco di Milano ha scritto …: Giuseppe
// Sala), and Find leaves a sentence's capitalized first word that is also a
// common noun (sala) for want of evidence. A surname two such people share,
// or that the document writes in lower case, stays as it was. ms is sorted
// by Start, and so is the result.
func headlineSurnames(text string, sents []tokenize.Sentence, ms, roles []Mention) []Mention {
	if len(roles) == 0 || len(sents) == 0 {
		return ms
	}
	var people map[string]*Entry // surname → the person, nil when two share it
	named := make(map[*Entry]bool, len(ms))
	for i := range ms {
		named[ms[i].Entry] = true
	}
	for _, r := range roles {
		e := r.Entry
		if e == nil || e.ID == "" || e.Type != PER || named[e] {
			continue
		}
		k := e.Name[strings.LastIndexByte(e.Name, ' ')+1:]
		if people == nil {
			people = map[string]*Entry{}
		}
		if x, ok := people[k]; ok && x != e {
			people[k] = nil
		} else if !ok {
			people[k] = e
		}
	}
	n := len(ms)
	lowerWritten := lowerSurnames(text, sents, people)
	for _, s := range sents {
		if len(people) == 0 || len(s.Tokens) < 2 {
			continue
		}
		t, next := s.Tokens[0], s.Tokens[1]
		e := people[t.Text]
		if e == nil || !(next.Text == ":" || next.Text != "" && unicode.IsLower(rune(next.Text[0]))) || covered(ms[:n], t.Start) {
			continue
		}
		if lowerWritten[t.Text] {
			continue
		}
		ms = append(ms, Mention{Text: t.Text, Start: t.Start, End: t.End, Type: PER, Entry: e, Via: ViaCoref})
	}
	if len(ms) > n {
		slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	}
	return ms
}

// lowerSurnames returns the surnames of people that text also writes in
// lower case between spaces (la sala del consiglio), in one pass over the
// tokens of sents, so that the work stays linear however many people the
// roles name.
func lowerSurnames(text string, sents []tokenize.Sentence, people map[string]*Entry) map[string]bool {
	if len(people) == 0 {
		return nil
	}
	lower := make(map[string]string, len(people)) // the surname in lower case → the surname
	for k := range people {
		lower[strings.ToLower(k)] = k
	}
	written := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if k, ok := lower[t.Text]; ok && t.Start > 0 && text[t.Start-1] == ' ' && t.End < len(text) && text[t.End] == ' ' {
				written[k] = true
			}
		}
	}
	return written
}

// covered reports a mention of ms over byte pos.
func covered(ms []Mention, pos int) bool {
	k, _ := slices.BinarySearchFunc(ms, pos, func(m Mention, p int) int { return m.Start - p })
	return k < len(ms) && ms[k].Start == pos || k > 0 && ms[k-1].End > pos
}
