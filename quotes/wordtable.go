package quotes

import (
	"sync"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// Word classes that the passes over every token look at, read with the
// token's one lexicon entry (bits 32–39 of the Quotes column).
const (
	wRoleHead    uint8 = 1 << iota // opens a role phrase of entities' Roles (word.RoleOpener)
	wPeriphrasis                   // ends a multi-word cue (far sapere)
	wCapFunction                   // a capitalized function word, no name
	wRoleNoun                      // heads a noun phrase naming a person by office
	wForm                          // a speech verb form of the lexicon
	wYear        uint8 = 1 << 6    // of the token: a year (word.IsYear)
	wUpper       uint8 = 1 << 7    // of the token: it starts with a capital
)

// Closed word classes, one bit each (bits 0–31 of the Quotes column): what
// the passes over the tokens ask of a token's lower-case form.
const (
	cArticle uint32 = 1 << iota
	cPreposition
	cDeterminer
	cAvere
	cEssere
	cClitic
	cConjunction
	cPronoun
	cTitleNoun
	cSpeakerNoun
	cRoleNoun
	cNameConnector
	cGenitive
	cPairWord
	cClauseOpener
	cSpeechNoun
	cAdverb
	cCoordinator
	cRoleSyn
	cMonth
	cCommonVerb
	cWeekday
)

// classSets are the sets behind the classes.
var classSets = []struct {
	m map[string]bool
	c uint32
}{
	{articles, cArticle}, {prepositions, cPreposition}, {determiners, cDeterminer}, {avere, cAvere},
	{essere, cEssere}, {clitics, cClitic}, {conjunctions, cConjunction}, {pronouns, cPronoun},
	{titleNouns, cTitleNoun}, {speakerNouns, cSpeakerNoun}, {roleNouns, cRoleNoun},
	{nameConnectors, cNameConnector}, {genitives, cGenitive}, {pairWords, cPairWord}, {clauseOpeners, cClauseOpener},
	{speechNouns, cSpeechNoun}, {adverbs, cAdverb}, {coordinators, cCoordinator}, {roleSynonymWords, cRoleSyn}, {months, cMonth},
	{commonVerbs, cCommonVerb}, {weekdays, cWeekday},
}

// The word lists and the speech verb forms join the word layer's lexicon,
// in the Quotes column: a token's classes come with its one lookup in the
// document's word table.
var _ = defineWords()

func defineWords() bool {
	bits := func(b uint8) uint64 { return uint64(b) << 32 }
	word.DefineFunc(word.Quotes, bits(wForm), func() []string {
		lx := lexicon()
		out := make([]string, 0, len(lx))
		for w := range lx {
			out = append(out, w)
		}
		return out
	})
	for _, c := range []struct {
		m map[string]bool
		b uint8
	}{{periphrasisHeads, wPeriphrasis}, {capitalFunctionWords, wCapFunction}, {roleNouns, wRoleNoun}} {
		word.DefineSet(word.Quotes, bits(c.b), c.m)
	}
	for _, c := range classSets {
		word.DefineSet(word.Quotes, uint64(c.c), c.m)
	}
	// The other lists join for their interned lower-case forms.
	for _, m := range []map[string]bool{adverbs, subordinators, nounish, fareForms, rendereForms} {
		word.DefineSet(word.Quotes, 0, m)
	}
	return true
}

// quoteClasses splits a lexicon entry's Quotes column into the token bits
// and the closed classes.
func quoteClasses(col uint64) (uint8, uint32) { return uint8(col >> 32), uint32(col) }

// formsByID holds the speech verb form of every lexicon word that is one.
var formsByID = sync.OnceValue(func() []verbForm {
	lx := word.Lex()
	out := make([]verbForm, lx.Len())
	for w, f := range lexicon() {
		k := word.Fold(w)
		if id := word.Lookup(k, word.Hash(k)); id >= 0 {
			out[id] = f
		}
	}
	return out
})

// formOf returns the speech verb form whose key is k, found in the lexicon.
func formOf[K string | []byte](k K) (verbForm, bool) {
	var id word.ID
	switch k := any(k).(type) {
	case string:
		id = word.Lookup(k, word.Hash(k))
	case []byte:
		id = word.LookupBytes(k, word.Hash(string(k)))
	}
	if b, _ := quoteClasses(word.ColumnOf(id, word.Quotes)); b&wForm == 0 {
		return verbForm{}, false
	}
	return formsByID()[id], true
}
