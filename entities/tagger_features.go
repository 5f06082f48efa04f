package entities

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// The tagger's features. Everything a model reads of a text is computed in
// this file, from the units, word classes and mentions that Find computes,
// so that a change of the word layer is a change here (and of
// featureVersion) and nowhere else.

// featureVersion names the feature set. A model records the version it was
// trained with and LoadTagger refuses another: its weights would be read
// against features it never saw.
const featureVersion = 4

// Feature templates. A feature is the hash of a template and a value.
const (
	ftBias uint64 = iota + 1
	ftWord
	ftWordL1
	ftWordR1
	ftWordL2
	ftWordR2
	ftShape
	ftPrefix
	ftSuffix
	ftCase
	ftClass
	ftClassL1
	ftClassR1
	ftCueLeft
	ftCueRight
	ftGaz
	ftGazType
	ftGazL1
	ftGazR1
	ftGazCase
	ftNameWords
	ftNameWordsCase
	ftNameWordsL1
	ftNameWordsR1
	ftDoc
	ftPosition
	ftDocEvidence
)

// Case bits of a unit (ftCase).
const (
	caseWord      = 1 << iota // starts with a letter
	caseCap                   // first letter upper case
	caseUpper                 // all upper case, two letters or more
	caseElided                // ends with an apostrophe
	caseSentStart             // first word of a sentence, a line or a quotation
	caseSeqStart              // first unit of the tagged sequence
	caseDigit                 // contains a digit
)

// neighbourClasses are the word classes read on the words around a unit:
// the closed classes (articles, prepositions, function words) and the cue
// words of the rules (titles, heads of names, nouns of places and people).
const neighbourClasses = clsArticled | clsArticle | clsPossessive | clsRoleStart | clsGiven | clsFunctionWords |
	clsTitles | clsOfPrepositions | clsOrgHeads | clsCommonCaps | clsThingWords | clsLocHeads | clsPortfolioWords |
	clsEventHeads | clsCapParticles | clsOrgSuffixes | clsListJoiners | clsGenericInstitutions |
	clsSubjectFollowers | clsRelativeNouns | clsPlacePrepositions | clsPlaceNouns | clsPersonNouns |
	clsNameParticles | clsLowerLocHeads | clsGeoAdjectives | clsClubSuffixes | clsClubPrefixes | clsBareArticles |
	clsSpeechVerbs | clsCompanyNouns

// cueClasses are the classes looked for in a window of four words on each
// side: the words that announce or follow a name of some type.
const cueClasses = clsTitles | clsOrgHeads | clsLocHeads | clsSubjectFollowers | clsRelativeNouns | clsPlaceNouns |
	clsPersonNouns | clsLowerLocHeads | clsPlacePrepositions | clsGenericInstitutions | clsRoleStart |
	clsSpeechVerbs | clsCompanyNouns

// speechVerbs and companyNouns are the tagger's own cue words, beside the
// rules' classes: what is said around the names of speakers (X ha
// dichiarato) and of companies, clubs and media (l'azienda X, il club X).
var speechVerbs = set(`dichiarato dichiara dichiarava detto dice diceva affermato afferma spiegato spiega
aggiunto aggiunge annunciato annuncia sottolineato sottolinea commentato commenta ribadito ribadisce
replicato replica precisato precisa osservato osserva scritto scrive riferito riferisce raccontato
racconta confermato conferma ammesso ammette attaccato attacca accusato accusa chiesto chiede
assicurato assicura`)

var companyNouns = set(`azienda aziende società societa club squadra squadre gruppo marchio compagnia
quotidiano giornale settimanale emittente rete testata agenzia sindacato partito associazione casa
editrice catena colosso multinazionale banca team formazione band`)

// Evidence bits: what the context of one occurrence of a capitalized word
// says of it. The evidence of every occurrence in the document is a feature
// of each (Belleggia after a given name once, alone after da later).
const (
	evTitleBefore     = 1 << iota // il ministro X, il cantante X
	evGivenBefore                 // Francesco X
	evCapBefore                   // another capitalized word before it
	evCapAfter                    // another capitalized word after it
	evArticleBefore               // la X, della X: not a person
	evPlacePrepBefore             // a X, in X
	evOfBefore                    // di X
	evSubjectAfter                // X ha dichiarato, X attacca
	evOrgHeadBefore               // Banca X
	evPlaceNounBefore             // la città di X
	evCompanyNear                 // l'azienda X, il club X
	evSentStart                   // opens a sentence
	evGazPER                      // inside a mention Find gives as PER
	evGazLOC
	evGazORG
	evRulePER // the same, a mention of the rules
	evRuleLOC
	evRuleORG
)

// Name-word bits (nameWordTypes): the types of the gazetteer's names a word
// opens, or continues.
const (
	nwFirstPER = 1 << iota
	nwFirstLOC
	nwFirstORG
	nwLaterPER
	nwLaterLOC
	nwLaterORG
)

// nameWordTypes returns, per word id of x's vocabulary, the nw bits of the
// names (not demonyms) that contain it: one walk of the trie.
func nameWordTypes(x *index) []uint8 {
	out := make([]uint8, len(x.words.words))
	type edge struct{ id, child int32 }
	children := make(map[int32][]edge, x.edges.len()/2)
	for k, c := range x.edges.all {
		p := int32(uint32(k >> 32))
		children[p] = append(children[p], edge{int32(uint32(k)), c})
	}
	type frame struct {
		node, word int32 // a node and the word that led to it
		depth      int
	}
	var path []int32 // the words from the root to the node being visited
	stack := []frame{{root, -1, 0}}
	for len(stack) > 0 {
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		// Depth first: the path to the parent is still the start of path.
		if fr.depth == 0 {
			path = path[:0]
		} else {
			path = append(path[:fr.depth-1], fr.word)
		}
		for _, t := range x.targetsOf(fr.node) {
			if t.via == ViaDemonym {
				continue
			}
			var first, later uint8
			switch t.e.Type {
			case PER:
				first, later = nwFirstPER, nwLaterPER
			case LOC:
				first, later = nwFirstLOC, nwLaterLOC
			case ORG:
				first, later = nwFirstORG, nwLaterORG
			}
			for d, id := range path {
				if d == 0 {
					out[id] |= first
				} else {
					out[id] |= later
				}
			}
		}
		for _, e := range children[fr.node] {
			stack = append(stack, frame{e.child, e.id, fr.depth + 1})
		}
	}
	return out
}

// featurizer computes the features of a document's units into buffers it
// reuses from one document to the next.
type featurizer struct {
	gz     []uint8  // per unit: code of Find's mention over it (gazCode), 0 for none
	cases  []uint8  // per unit: case bits
	shapes []uint64 // per unit: hash of its shape
	seqs   []int32  // first unit of each sentence, then len(units)
	forced []bool   // per unit: a word the model's tag dictionary fixes as O
	segs   []seg    // the runs of units decoded together
	feats  []uint64 // the features of every unit, back to back
	offs   []int32  // per unit k: its features are feats[offs[k]:offs[k+1]]
	capMid hashSet  // words the document writes capitalized inside a sentence
	// ev gathers the evidence bits of the document's capitalized words by
	// the hash of their key (cleared, not freed, between documents).
	ev map[uint64]uint32
}

// evidence returns the evidence bits of the capitalized unit k.
func (z *featurizer) evidence(f *finder, k int) uint32 {
	us := f.us
	var e uint32
	if us[k].sentStart {
		e |= evSentStart
	}
	if k > 0 {
		p := &us[k-1]
		switch {
		case p.cls&(clsTitles|clsPersonNouns) != 0 && !p.cap:
			e |= evTitleBefore
		case p.word && p.cap && p.cls&clsGiven != 0:
			e |= evGivenBefore | evCapBefore
		case p.word && p.cap:
			e |= evCapBefore
		}
		if p.cls&(clsArticle|clsArticled) != 0 {
			e |= evArticleBefore
		}
		if p.cls&clsPlacePrepositions != 0 || p.key == "in" {
			e |= evPlacePrepBefore
		}
		if p.cls&clsOfPrepositions != 0 {
			e |= evOfBefore
			if k > 1 && us[k-2].cls&clsPlaceNouns != 0 {
				e |= evPlaceNounBefore
			}
		}
		if p.cap && p.cls&clsOrgHeads != 0 {
			e |= evOrgHeadBefore
		}
		if p.cls&clsCompanyNouns != 0 {
			e |= evCompanyNear
		}
	}
	if k+1 < len(us) {
		n := &us[k+1]
		if n.word && n.cap && !n.sentStart {
			e |= evCapAfter
		}
		if n.cls&(clsSubjectFollowers|clsSpeechVerbs) != 0 ||
			n.key == "ha" && k+2 < len(us) && us[k+2].cls&clsSpeechVerbs != 0 {
			e |= evSubjectAfter
		}
	}
	if g := z.gz[k]; g != 0 {
		t, via := (g-1)>>2&3, (g-1)>>4
		if t < 3 {
			if via == 3 {
				e |= evRulePER << t
			} else if via != 2 {
				e |= evGazPER << t
			}
		}
	}
	return e
}

// gazCode packs a unit's place in a mention (0 B, 1 I, 2 L, 3 U), the
// mention's type and how it was found into a non-zero byte.
func gazCode(pos int, typ Type, via Via) uint8 {
	t := 3
	switch typ {
	case PER:
		t = 0
	case LOC:
		t = 1
	case ORG:
		t = 2
	}
	v := 5
	switch via {
	case ViaName:
		v = 0
	case ViaAlias:
		v = 1
	case ViaDemonym:
		v = 2
	case ViaRule:
		v = 3
	case ViaCoref:
		v = 4
	}
	return uint8(1 + pos + t<<2 + v<<4)
}

// run computes the features of f's units, after f.scan: nameWords is
// nameWordTypes of f's gazetteer.
func (z *featurizer) run(f *finder, nameWords []uint8, onlyO *hashSet) {
	us := f.us
	n := len(us)
	z.reset(n)
	for _, m := range f.out {
		z.markMention(us, m)
	}
	z.capMid.reset(n / 8)
	for k := range us {
		u := &us[k]
		if k == 0 || boundaryBefore(f, k) {
			z.seqs = append(z.seqs, int32(k))
		}
		z.shapes[k] = shapeHash(f.text[u.start:u.end])
		z.cases[k] = caseBits(u, z.seqs[len(z.seqs)-1] == int32(k))
		z.forced[k] = !u.cap && onlyO.has(u.h)
		if u.word && u.cap && !u.sentStart {
			z.capMid.add(u.h)
		}
	}
	z.seqs = append(z.seqs, int32(n))
	z.gatherEvidence(f)
	for s := 0; s+1 < len(z.seqs); s++ {
		from, to := int(z.seqs[s]), int(z.seqs[s+1])
		for k := from; k < to; k++ {
			z.offs[k] = int32(len(z.feats))
			if !z.forced[k] {
				z.unit(f, k, from, to, nameWords)
			}
		}
	}
	z.offs[n] = int32(len(z.feats))
	z.segs = appendSegments(z.segs[:0], z.seqs, z.forced)
}

// reset sizes the per-unit slices for n units, keeping their memory, and
// empties the rest.
func (z *featurizer) reset(n int) {
	z.forced = resize(z.forced, n)
	z.gz = resize(z.gz, n)
	z.cases = resize(z.cases, n)
	z.shapes = resize(z.shapes, n)
	z.offs = resize(z.offs, n+1)
	z.seqs = z.seqs[:0]
	z.feats = z.feats[:0]
	clear(z.gz)
}

// caseBits returns the case bits of u; seqStart: u starts a sequence.
func caseBits(u *unit, seqStart bool) uint8 {
	c := uint8(0)
	if u.word {
		c |= caseWord
	}
	if u.cap {
		c |= caseCap
	}
	if u.upper {
		c |= caseUpper
	}
	if u.elided {
		c |= caseElided
	}
	if u.sentStart {
		c |= caseSentStart
	}
	if seqStart {
		c |= caseSeqStart
	}
	if hasDigit(u.key) {
		c |= caseDigit
	}
	return c
}

// gatherEvidence fills z.ev with the evidence of every capitalized word of
// the document, by its hash.
func (z *featurizer) gatherEvidence(f *finder) {
	if z.ev == nil {
		z.ev = map[uint64]uint32{}
	}
	clear(z.ev)
	for k := range f.us {
		if f.us[k].word && f.us[k].cap {
			z.ev[f.us[k].h] |= z.evidence(f, k)
		}
	}
}

// seg is a run of units decoded together: a sentence, cut at the words
// the tag dictionary fixes as O. afterO and beforeO say that such a word
// comes right before or after it, so that the transitions from and to O
// count as they would in the whole sentence.
type seg struct {
	from, to        int32
	afterO, beforeO bool
}

// appendSegments appends the segments of the sentences that start at seqs
// (then len(units)), cut at the forced units.
func appendSegments(dst []seg, seqs []int32, forced []bool) []seg {
	for s := 0; s+1 < len(seqs); s++ {
		a, b := int(seqs[s]), int(seqs[s+1])
		for k := a; k < b; {
			if forced[k] {
				k++
				continue
			}
			j := k
			for j < b && !forced[j] {
				j++
			}
			dst = append(dst, seg{int32(k), int32(j), k > a, j < b})
			k = j
		}
	}
	return dst
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// markMention records the units of mention m in z.gz (the units of f.us
// that m covers; mentions are in order of Start, so a binary search finds
// the first).
func (z *featurizer) markMention(us []unit, m Mention) {
	lo, hi := 0, len(us)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if us[mid].start < m.Start {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	j := lo
	for j < len(us) && us[j].end <= m.End {
		j++
	}
	for k := lo; k < j; k++ {
		pos := 1
		switch {
		case j-lo == 1:
			pos = 3
		case k == lo:
			pos = 0
		case k == j-1:
			pos = 2
		}
		z.gz[k] = gazCode(pos, m.Type, m.Via)
	}
}

// boundaryBefore reports the start of a new tagged sequence at unit k: after
// a sentence's final punctuation or a line break. Names do not run across
// either, and shorter sequences give the perceptron more updates.
func boundaryBefore(f *finder, k int) bool {
	switch f.us[k-1].key {
	case ".", "!", "?", "…", "...":
		return true
	}
	return f.newlineBefore(k)
}

// add appends the feature of template t with value v.
func (z *featurizer) add(t, v uint64) { z.feats = append(z.feats, featHash(t, v)) }

// unit appends the features of unit k of the sequence [from, to).
//
// It is one function on purpose: it runs for every unit of every document
// tagged and trained on, and split into its feature groups (the neighbours,
// the classes, the cue words, the gazetteer codes, what the document says)
// it made BenchmarkTag 2-3% slower, measured against this form in the same
// runs. The groups are its paragraphs, in the order the features are added.
func (z *featurizer) unit(f *finder, k, from, to int, nameWords []uint8) {
	us := f.us
	u := &us[k]
	// The words, gazetteer codes and name-word bits around the unit; the
	// sequence's edges stand for what lies beyond.
	wl1, wl2, wr1, wr2 := boundaryHash(true), boundaryHash(true), boundaryHash(false), boundaryHash(false)
	gl1, gr1 := uint64(1<<8), uint64(1<<8)
	var nl1, nr1 uint64
	if k-1 >= from {
		p := &us[k-1]
		wl1, gl1, nl1 = p.h, uint64(z.gz[k-1]&0x0f), nameWordsOf(p, nameWords)
		if k-2 >= from {
			wl2 = us[k-2].h
		}
	}
	if k+1 < to {
		x := &us[k+1]
		wr1, gr1, nr1 = x.h, uint64(z.gz[k+1]&0x0f), nameWordsOf(x, nameWords)
		if k+2 < to {
			wr2 = us[k+2].h
		}
	}
	cs := uint64(z.cases[k])

	// Measured on held-out KIND Wikinews text (the mean of three models),
	// word bigrams, the shapes and cases of the neighbours, the word's
	// length and its neighbours crossed with its case added nothing
	// (+0.24 F1 without them); the closed classes and cue words around it
	// (-0.42 and -0.30 without), the neighbours two words away (-0.56),
	// what the document says of the word (-0.66) and Find's mentions
	// (-1.12) did.
	z.add(ftBias, 0)
	z.add(ftWord, u.h)
	z.add(ftWordL1, wl1)
	z.add(ftWordR1, wr1)
	z.add(ftWordL2, wl2)
	z.add(ftWordR2, wr2)
	z.add(ftShape, z.shapes[k])

	if u.word {
		z.affixes(u.key)
	}
	z.add(ftCase, cs)

	for c := u.cls & neighbourClasses; c != 0; c &= c - 1 {
		z.add(ftClass, uint64(bits.TrailingZeros64(c)))
	}
	if k-1 >= from {
		for c := us[k-1].cls & neighbourClasses; c != 0; c &= c - 1 {
			z.add(ftClassL1, uint64(bits.TrailingZeros64(c))|cs<<8)
		}
	}
	if k+1 < to {
		for c := us[k+1].cls & neighbourClasses; c != 0; c &= c - 1 {
			z.add(ftClassR1, uint64(bits.TrailingZeros64(c))|cs<<8)
		}
	}
	// Cue words up to four words away on each side.
	var left, right uint64
	for j := max(from, k-4); j < k; j++ {
		left |= us[j].cls & cueClasses
	}
	for j := k + 1; j < min(to, k+5); j++ {
		right |= us[j].cls & cueClasses
	}
	for c := left; c != 0; c &= c - 1 {
		z.add(ftCueLeft, uint64(bits.TrailingZeros64(c)))
	}
	for c := right; c != 0; c &= c - 1 {
		z.add(ftCueRight, uint64(bits.TrailingZeros64(c)))
	}

	g := uint64(z.gz[k])
	if g != 0 {
		z.add(ftGaz, g)
		z.add(ftGazType, g&0x0f)
		z.add(ftGazCase, g&0x0f|cs<<8)
	}
	z.add(ftGazL1, gl1<<9|g&0x0f)
	z.add(ftGazR1, gr1<<9|g&0x0f)

	if w := nameWordsOf(u, nameWords); w != 0 {
		z.add(ftNameWords, w)
		z.add(ftNameWordsCase, w|cs<<8)
	}
	z.add(ftNameWordsL1, nl1|cs<<8)
	z.add(ftNameWordsR1, nr1|cs<<8)

	if u.word && u.cap {
		d := uint64(0)
		if f.lower.has(u.h) {
			d |= 1 // written in lower case elsewhere: a common word
		}
		if z.capMid.has(u.h) {
			d |= 2 // capitalized inside a sentence elsewhere: a name
		}
		z.add(ftDoc, d|cs<<8)
		for e := z.ev[u.h]; e != 0; e &= e - 1 {
			z.add(ftDocEvidence, uint64(bits.TrailingZeros32(e)))
		}
	}
	z.add(ftPosition, min(uint64(k-from), 3)|cs<<8)
}

// nameWordsOf returns the name-word bits of u's word.
func nameWordsOf(u *unit, nameWords []uint8) uint64 {
	if u.id < 0 || int(u.id) >= len(nameWords) {
		return 0
	}
	return uint64(nameWords[u.id])
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// featHash is the feature of template t with value v: one multiplication
// spreads the bits upward and the shift folds the high ones back, enough
// for the model's table, which compares whole hashes.
func featHash(t, v uint64) uint64 {
	h := (v + t*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
	h ^= h >> 31
	if h == 0 {
		h = 1 // 0 marks an empty slot of the model's table
	}
	return h
}

// boundaryHash stands for the word or shape before (or after) a sequence.
func boundaryHash(before bool) uint64 {
	if before {
		return 0x5bd1e9955bd1e995
	}
	return 0xc2b2ae3d27d4eb4f
}

// affixes adds the prefixes of 2 to 4 characters and the suffixes of 1 to
// 4 characters of key, each shorter than key, hashing each side in one pass:
// the prefixes forward, the suffixes backward (FNV-1a of the bytes from the
// end), recording the hash at each character boundary.
func (z *featurizer) affixes(key string) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	chars := 0
	for i := 0; i < len(key) && chars < 4; {
		size := 1
		if key[i] >= utf8.RuneSelf {
			_, size = utf8.DecodeRuneInString(key[i:])
		}
		for _, c := range []byte(key[i : i+size]) {
			h = (h ^ uint64(c)) * prime
		}
		i += size
		chars++
		if chars >= 2 && i < len(key) {
			z.add(ftPrefix, h)
		}
	}
	h = offset
	chars = 0
	for i := len(key); i > 0 && chars < 4; {
		size := 1
		if key[i-1] >= utf8.RuneSelf {
			_, size = utf8.DecodeLastRuneInString(key[:i])
		}
		for j := i - 1; j >= i-size; j-- {
			h = (h ^ uint64(key[j])) * prime
		}
		i -= size
		chars++
		if i > 0 {
			z.add(ftSuffix, h)
		}
	}
}

// shapeHash hashes the shape of a word: X for an upper-case letter, x for a
// lower-case one, d for a digit, ASCII punctuation as itself and * for any
// other character, with runs of one symbol written once (Xx, X.X., dd.d).
func shapeHash(s string) uint64 {
	h := uint64(14695981039346656037) // FNV-1a
	var prev byte
	n := 0
	for i := 0; i < len(s) && n < 10; {
		c := s[i]
		var sym byte
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				sym = 'X'
			case 'a' <= c && c <= 'z':
				sym = 'x'
			case '0' <= c && c <= '9':
				sym = 'd'
			default:
				sym = c
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case unicode.IsUpper(r):
				sym = 'X'
			case unicode.IsLetter(r):
				sym = 'x'
			case unicode.IsDigit(r):
				sym = 'd'
			case word.IsApostrophe(r):
				sym = '\''
			default:
				sym = '*'
			}
		}
		if sym == prev {
			continue
		}
		prev = sym
		n++
		h = (h ^ uint64(sym)) * 1099511628211
	}
	return h
}
