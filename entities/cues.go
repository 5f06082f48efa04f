package entities

import (
	"strings"
	"unicode"
)

// The cues of the rules: what the words around a name say about it.

func (f *finder) titled(i int) bool {
	if i == 0 {
		return false
	}
	p := f.us[i-1]
	if p.is(clsTitles) || titles[strings.TrimSuffix(p.key, ".")] && strings.HasSuffix(p.key, ".") {
		return true
	}
	if p.key == "." && i >= 2 && f.us[i-2].is(clsAbbrevTitles) {
		return true
	}
	return false
}

func (f *finder) placeCue(i int) bool {
	return i > 0 && f.us[i-1].is(clsPlacePrepositions)
}

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

func nounShaped(k string) bool {
	for _, s := range []string{"zione", "zioni", "mento", "menti", "ità", "tà", "ismo", "ista", "isti", "ale", "ali", "ivo", "iva", "ica", "ico", "ici", "aggio", "tore", "trice", "enza", "anza", "ezza", "ese", "esi", "ura", "ture", "logia", "grafia"} {
		if strings.HasSuffix(k, s) && len(k) > len(s)+1 {
			return true
		}
	}
	return false
}

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

func (f *finder) coordinatedType(i int, def Type) Type {
	if i >= 2 && f.us[i-1].is(clsListJoiners) && len(f.out) > 0 {
		if last := f.out[len(f.out)-1]; last.End == f.us[i-2].end && last.Via != ViaDemonym && last.Via != ViaRule {
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

func (f *finder) placeNounBefore(i int) bool {
	j := i - 1
	if j >= 0 && f.us[j].is(clsOfPrepositions) {
		j--
	}
	return j >= 0 && f.us[j].is(clsPlaceNouns)
}

func (f *finder) afterPersonNoun(i int) bool {
	return i >= 2 && f.us[i-2].is(clsRelativeNouns)
}

func (f *finder) headBefore(i int) bool {
	k := f.us[i-2].key
	return eventHeads[k] || orgHeads[k] || locHeads[k] || titles[k]
}
