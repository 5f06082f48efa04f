package entities

import (
	"strings"
	"unicode"
)

// The cues of the rules: what the words around a name say about it.

// titled reports a title or role right before unit i (il ministro X, sen. X).
func (f *finder) titled(i int) bool {
	if i == 0 {
		return false
	}
	p := f.us[i-1]
	if p.is(clsTitles) || strings.HasSuffix(p.key, ".") && titles[strings.TrimSuffix(p.key, ".")] {
		return true
	}
	if p.key == "." && i >= 2 && f.us[i-2].is(clsAbbrevTitles) {
		return true
	}
	return p.isCapWord() && p.is(clsPortfolioWords) && f.titledPortfolio(i) // il ministro del Lavoro X
}

// placeCue reports a preposition that introduces places right before unit
// i, unless the word before it takes a person (insieme a X, grazie a X,
// addio a X).
func (f *finder) placeCue(i int) bool {
	return i > 0 && f.us[i-1].is(clsPlacePrepositions) && !f.dativeBefore(i)
}

// personShaped reports a run of two or three capitalized words that look like
// a first name and a surname: letters only, none a common word of the
// document, an English word of names of things (Park, Street), or with the
// endings of Italian common nouns and adjectives (-zione, -mento, -ità).
func (f *finder) personShaped(i, n int) bool {
	for _, u := range f.us[i : i+n] {
		if u.upper || len(u.key) < 2 || f.lower.has(u.h) || u.is(clsThingWords) || u.is(clsCommonCaps) || nounShaped(u.key) {
			return false
		}
		for _, r := range u.key {
			if !unicode.IsLetter(r) && r != '\'' {
				return false
			}
		}
		if f.isDemonym(i) {
			return false
		}
	}
	return true
}

// nounShaped reports the endings of Italian common nouns and adjectives
// (-zione, -mento, -ità, -ismo) and of adverbs (-mente: Successivamente),
// which names seldom have.
func nounShaped(k string) bool {
	for _, s := range []string{"zione", "zioni", "mento", "menti", "ità", "tà", "ismo", "ista", "isti", "ale", "ali", "ivo", "iva", "ica", "ico", "ici", "aggio", "tore", "trice", "enza", "anza", "ezza", "ese", "esi", "ura", "ture", "logia", "grafia", "mente"} {
		if strings.HasSuffix(k, s) && len(k) > len(s)+1 {
			return true
		}
	}
	return false
}

// afterNoun reports a lower-case content word right before unit i that is
// not a verb form introducing a person: a single capitalized word after a
// noun names a thing after someone (scala Richter, uragano Sandy, premio
// Nobel) more often than a person.
func (f *finder) afterNoun(i int) bool {
	p := f.us[i-1]
	if !p.word || p.cap || p.is(clsFunctionWords) || p.is(clsTitles) || p.is(clsPersonNouns) {
		return false
	}
	for _, s := range []string{"ato", "ito", "uto", "tto", "sso", "dice", "disse"} {
		if strings.HasSuffix(p.key, s) {
			return false // ha battuto Federer, ha detto Rossi
		}
	}
	return true
}

// coordinatedType returns the type of a name coordinated with the guess at
// unit i, listed or typed by a cue (Milano, Bergamo e Brescia; Inter e
// Juventus share their neighbour's type), or def when there is none.
func (f *finder) coordinatedType(i int, def Type) Type {
	if i >= 2 && f.us[i-1].is(clsListJoiners) && len(f.out) > 0 {
		k := len(f.out) - 1
		if last := f.out[k]; last.End == f.us[i-2].end && last.Via != ViaDemonym && (last.Via != ViaRule || f.evs[k] >= evPlace) {
			return last.Type
		}
	}
	if i+2 < len(f.us) && f.us[i+1].is(clsListJoiners) {
		if gn, t := f.lookup(i + 2); gn > 0 && t.via != ViaDemonym {
			return t.e.Type
		}
	}
	return def
}

// dativeBefore reports a before unit i after a word that takes a person
// there (insieme a Rossi, grazie a Bianchi).
func (f *finder) dativeBefore(i int) bool {
	return i > 1 && f.us[i-1].is(clsPlacePrepositions) && f.us[i-2].is(clsDatives)
}

// insideLongerName reports a lone capitalized word at i that continues the
// capitalized word before it (Venezia Mestre, after a listed name the
// scan has taken), follows a number (due Zorbi, 2020 Zorbi: a thing's
// name), or goes on with di and a capitalized word (Gioia del Colle): part
// of a name no rule reads, not a surname.
func (f *finder) insideLongerName(i int) bool {
	if i > 0 {
		p := &f.us[i-1]
		if p.isCapWord() && !p.sentStart && !p.is(clsFunctionWords) && !p.is(clsTitles) || p.is(clsNumerals) || !p.word && p.key[0] >= '0' && p.key[0] <= '9' {
			return true
		}
	}
	return i+2 < len(f.us) && f.us[i+1].is(clsOfPrepositions) && f.us[i+2].isCapWord() && f.us[i+1].start > f.us[i].end
}

// coordinatedWithWord reports a common noun capitalized in a title, that no
// mention covers, right before the conjunction before unit i (Cultura, Sport
// e Spettacolo; Occidente e Islam): the lone word coordinated with it is a
// common noun too.
func (f *finder) coordinatedWithWord(i int) bool {
	if i < 2 || !f.us[i-1].is(clsListJoiners) || f.us[i-1].key == "," {
		return false
	}
	p := &f.us[i-2]
	return p.isCapWord() && !p.sentStart && (p.is(clsCommonCaps) || f.lower.has(p.h) || nounShaped(p.key)) &&
		(len(f.out) == 0 || f.out[len(f.out)-1].End != p.end)
}

// placeNounBefore reports a noun for settlements before unit i (la città di
// Alcamo, il paese di Osoppo), which names the place without being part of it.
func (f *finder) placeNounBefore(i int) bool {
	j := i - 1
	if j >= 0 && f.us[j].is(clsOfPrepositions) {
		j--
	}
	return j >= 0 && f.us[j].is(clsPlaceNouns)
}

// afterPersonNoun reports "di" after a noun of people or offices (la moglie di
// Rossi, il governo di Prodi), where the name is a person's, not a place's.
func (f *finder) afterPersonNoun(i int) bool {
	return i >= 2 && f.us[i-2].is(clsRelativeNouns)
}

// headBefore reports a capitalized head word two units before i (Festival di
// Cannes, Arcivescovo di Utrecht), whose complement is a place.
func (f *finder) headBefore(i int) bool {
	k := f.us[i-2].key
	return eventHeads[k] || orgHeads[k] || locHeads[k] || titles[k]
}
