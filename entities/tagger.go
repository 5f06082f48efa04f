package entities

import (
	"math"
	"sync"

	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Tagger is a trained entity tagger: an averaged structured perceptron over
// the units of a text (words, with names split at hyphens and elisions as
// Find splits them), decoded with Viterbi over BILOU or BIO tags. Its
// features read the words and their shapes, the closed-class and cue words
// around them, the mentions Find reports (with their type and how they were
// found) and the types of the gazetteer's names that contain each word.
//
// A Tagger is built by TrainTagger or read by LoadTagger; it never changes
// afterwards and is safe for concurrent use. Gazetteer.WithTagger makes a
// gazetteer's Find use it.
//
// A model carries the license of the data it was trained on: one trained
// on KIND (CC BY-NC 4.0) may only be used and shared non-commercially. For
// that reason no model is embedded in this library or its repository.
type Tagger struct {
	tags tagSet
	opts options // the reading conventions of the gazetteer features
	note string  // what the model was trained on, its license
	// slots is an open-addressing table of the features (linear probing,
	// at most 3/4 full). A slot is stride uint64 words: the feature's hash
	// (0: an empty slot), then its weights, two tags a word, each as
	// q+qBias in 32 bits, where q is the weight divided by scale and
	// rounded to 16 bits. Biased lanes stay positive, so that one 64-bit
	// addition adds two weights with no carry crossing between them; a
	// slot of BILOU's 13 tags is one 64-byte cache line, so that a lookup
	// costs one memory access.
	slots  []uint64
	stride int
	mask   uint64 // number of slots - 1
	nfeat  int
	scale  float32
	// onlyO is the tag dictionary: the words that the training data writes
	// in lower case often and never inside a span (punctuation, verbs, most
	// function words) are O without computing their tags, which cuts the
	// work in about half.
	onlyO  hashSet
	nOnlyO int
	chain  // transitions
}

// qBias makes the 16-bit weights of a row positive in their 32-bit lanes:
// the sum of 65,536 of them fits, and a unit has fewer than 300 features.
const qBias = 1 << 15

// chain holds the transition scores of a tag set: trans is (ntags+1) ×
// ntags, from the start (row 0) or a tag to a tag, -Inf where the scheme
// forbids it; final is 0 for the tags a sequence may end with, -Inf for the
// others; preds lists per tag the tags that may precede it, so that Viterbi
// skips forbidden transitions (61 of BILOU's 169 with three types remain).
type chain struct {
	n     int
	trans []float32
	final []float32
	preds [][]uint8
}

func newChain(n int, trans, final []float32) chain {
	c := chain{n: n, trans: trans, final: final, preds: make([][]uint8, n)}
	for y := 0; y < n; y++ {
		for p := 0; p < n; p++ {
			if !math.IsInf(float64(trans[(p+1)*n+y]), -1) {
				c.preds[y] = append(c.preds[y], uint8(p))
			}
		}
	}
	return c
}

// strideOf is the number of uint64 words of a slot for n tags: 8 (a cache
// line) up to 14 tags.
func strideOf(n int) int {
	w := 1 + (n+1)/2
	if w <= 8 {
		return 8
	}
	return w
}

// build fills t's feature table with keys and their 16-bit weights q(i, y)
// for tag y of key i.
func (t *Tagger) build(keys []uint64, q func(i, y int) int32) {
	n := t.tags.n()
	t.stride = strideOf(n)
	size := 16
	for size*3 < len(keys)*4 {
		size *= 2
	}
	t.slots = make([]uint64, size*t.stride)
	t.mask = uint64(size - 1)
	t.nfeat = len(keys)
	for i, k := range keys {
		j := k & t.mask
		for t.slots[int(j)*t.stride] != 0 {
			j = (j + 1) & t.mask
		}
		slot := t.slots[int(j)*t.stride : int(j+1)*t.stride]
		slot[0] = k
		for y := 0; y < n; y++ {
			slot[1+y/2] |= uint64(uint32(q(i, y)+qBias)) << (32 * (y % 2))
		}
	}
}

// find returns the index in t.slots of the weights of feature h (after its
// key), or -1.
func (t *Tagger) find(h uint64) int {
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		i := int(j) * t.stride
		switch t.slots[i] {
		case h:
			return i + 1
		case 0:
			return -1
		}
	}
}

// weight returns the 16-bit weight for tag y in a slot's weights w.
func weight(w []uint64, y int) int32 {
	return int32(uint32(w[y/2]>>(32*(y%2)))) - qBias
}

// TaggerInfo describes a model.
type TaggerInfo struct {
	Scheme   string // "BILOU" or "BIO"
	Types    []Type // the entity types it tags
	Features int    // features with a weight
	OnlyO    int    // words of the tag dictionary, always O
	Note     string // set at training: the data and its license
}

// Info describes t.
func (t *Tagger) Info() TaggerInfo {
	return TaggerInfo{Scheme: t.tags.schemeName(), Types: append([]Type(nil), t.tags.types...),
		Features: t.nfeat, OnlyO: t.nOnlyO, Note: t.note}
}

// Tag schemes.
const (
	schemeBIO   = 1
	schemeBILOU = 2
)

// tagSet numbers the tags of a scheme: 0 is O, then for each type its B, I
// (and for BILOU its L and U).
type tagSet struct {
	scheme uint8
	types  []Type
}

// Positions inside a span.
const (
	posB = iota
	posI
	posL
	posU
)

func (s tagSet) per() int {
	if s.scheme == schemeBIO {
		return 2
	}
	return 4
}

func (s tagSet) n() int { return 1 + len(s.types)*s.per() }

func (s tagSet) schemeName() string {
	if s.scheme == schemeBIO {
		return "BIO"
	}
	return "BILOU"
}

// split returns the type index and position of tag y (-1 for O).
func (s tagSet) split(y int) (typ, pos int) {
	if y == 0 {
		return -1, 0
	}
	return (y - 1) / s.per(), (y - 1) % s.per()
}

func (s tagSet) tag(typ, pos int) int { return 1 + typ*s.per() + pos }

// spanTag is the tag of the k-th of n units of a span of type typ.
func (s tagSet) spanTag(typ, k, n int) int {
	if s.scheme == schemeBIO {
		if k == 0 {
			return s.tag(typ, posB)
		}
		return s.tag(typ, posI)
	}
	switch {
	case n == 1:
		return s.tag(typ, posU)
	case k == 0:
		return s.tag(typ, posB)
	case k == n-1:
		return s.tag(typ, posL)
	}
	return s.tag(typ, posI)
}

// allowed reports whether tag y may follow tag p (-1: the sequence's start).
func (s tagSet) allowed(p, y int) bool {
	pt, pp := -1, 0
	if p > 0 {
		pt, pp = s.split(p)
	}
	yt, yp := s.split(y)
	open := pt >= 0 && (pp == posB || pp == posI) // p leaves a span open
	if s.scheme == schemeBIO {
		if yt >= 0 && yp == posI {
			return pt == yt // I-X after B-X or I-X
		}
		return true
	}
	if open {
		return yt == pt && (yp == posI || yp == posL)
	}
	return yt < 0 || yp == posB || yp == posU
}

// mayEnd reports whether a sequence may end with tag y.
func (s tagSet) mayEnd(y int) bool {
	if s.scheme == schemeBIO || y == 0 {
		return true
	}
	_, pos := s.split(y)
	return pos == posL || pos == posU
}

// constraints fills the transition and final score masks: 0 where allowed,
// -Inf where not.
func (s tagSet) constraints() (trans, final []float32) {
	n := s.n()
	trans = make([]float32, (n+1)*n)
	final = make([]float32, n)
	inf := float32(math.Inf(-1))
	for p := -1; p < n; p++ {
		for y := 0; y < n; y++ {
			if !s.allowed(p, y) {
				trans[(p+1)*n+y] = inf
			}
		}
	}
	for y := 0; y < n; y++ {
		if !s.mayEnd(y) {
			final[y] = inf
		}
	}
	return trans, final
}

// tagBinding is what a gazetteer keeps of its tagger: the tagger, the
// gazetteer that computes its features (the same entries, read with the
// model's conventions) and the name-word types of its vocabulary.
type tagBinding struct {
	t         *Tagger
	feat      *Gazetteer
	nameWords []uint8
}

// WithTagger returns a gazetteer with the same entries whose Find proposes
// the spans and types of t, linked to g's entries (see Tagger.Find); a nil
// t removes the tagger. g is unchanged.
func (g *Gazetteer) WithTagger(t *Tagger) *Gazetteer {
	c := *g
	c.tagger = nil
	if t != nil {
		c.tagger = newBinding(&c, t)
	}
	return &c
}

// Tagger returns the tagger of g, or nil.
func (g *Gazetteer) Tagger() *Tagger {
	if g.tagger == nil {
		return nil
	}
	return g.tagger.t
}

func newBinding(g *Gazetteer, t *Tagger) *tagBinding {
	f := *g
	f.tagger = nil
	f.opts = t.opts
	return &tagBinding{t: t, feat: &f, nameWords: nameWordTypes(g.index)}
}

// tagState is the reused state of one tagging call.
type tagState struct {
	z     featurizer
	em    []float32 // emission scores: units × tags
	acc   []uint64  // the packed sums of one unit
	score []float32 // Viterbi: units × tags
	tags  []uint8   // per unit: the decoded tag
	out   []Mention
}

var tagStates = sync.Pool{New: func() any { return new(tagState) }}

// Find returns the mentions of text (tokens toks; nil: tokenized here), in
// order and never overlapping: the spans and types t tags, each linked to
// the entry of g that Find reports for the same span, or whose name or
// alias it is, or to the full name of a person it refers back to, or else a
// document-local entry with Via ViaModel; and the demonyms Find reports
// outside them. Find with the gazetteer g.WithTagger(t) returns the same.
func (t *Tagger) Find(g *Gazetteer, text string, toks []tokenize.Token) []Mention {
	if g.tagger == nil || g.tagger.t != t {
		g = g.WithTagger(t)
	}
	return g.Find(text, toks)
}

// find tags the document of tb with f, a finder from the pool that it
// releases.
func (b *tagBinding) find(g *Gazetteer, f *finder, tb *wordtable.Table) []Mention {
	f.start(b.feat, tb)
	f.run() // the rules' mentions, as Find gives them, are features
	st := tagStates.Get().(*tagState)
	st.z.run(f, b.nameWords, &b.t.onlyO)
	b.t.decode(st)
	st.out = b.link(g, f, st, st.out[:0])
	var out []Mention
	if len(st.out) > 0 {
		out = make([]Mention, len(st.out))
		copy(out, st.out)
	}
	big := len(f.us) > 1<<16
	f.release()
	if !big {
		clear(st.out)
		tagStates.Put(st)
	}
	return out
}

// decode tags every sequence of st.z with Viterbi.
func (t *Tagger) decode(st *tagState) {
	z := &st.z
	nu := len(z.offs) - 1
	n, nw := t.chain.n, t.stride-1
	st.em = resize(st.em, nu*n)
	st.score = resize(st.score, nu*n)
	st.tags = resize(st.tags, nu)
	st.acc = resize(st.acc, nw)
	for k := 0; k < nu; k++ {
		fs := z.feats[z.offs[k]:z.offs[k+1]]
		hits := int64(0)
		if nw == 7 {
			var acc [7]uint64
			for _, h := range fs {
				if i := t.find(h); i >= 0 {
					w := (*[7]uint64)(t.slots[i : i+7])
					for i := range acc {
						acc[i] += w[i]
					}
					hits++
				}
			}
			copy(st.acc, acc[:])
		} else {
			acc := st.acc
			clear(acc)
			for _, h := range fs {
				if i := t.find(h); i >= 0 {
					w := t.slots[i : i+nw]
					for i := range acc {
						acc[i] += w[i]
					}
					hits++
				}
			}
		}
		em := st.em[k*n : k*n+n]
		for y := range em {
			lane := int64(uint32(st.acc[y/2] >> (32 * (y % 2))))
			em[y] = float32(lane-hits*qBias) * t.scale
		}
	}
	clear(st.tags)
	for _, s := range z.segs {
		t.chain.viterbi(st.em, n, st.score, st.tags, s)
	}
}

// viterbi writes to tags[s.from:s.to] the best tag sequence under the
// emission scores em (a row of stride floats per unit) and c's transitions,
// from the start of a sentence or from an O, to the end of one or to an O,
// with score as scratch. The forward pass keeps only the best scores (max without
// a branch to mispredict); the way back finds each unit's best predecessor
// again, computing the same sums, for the tags of the best path alone.
func (c *chain) viterbi(em []float32, stride int, score []float32, tags []uint8, s seg) {
	from, to := int(s.from), int(s.to)
	if from >= to {
		return
	}
	n := c.n
	first := c.trans[:n] // from the start of a sentence
	if s.afterO {
		first = c.trans[n : 2*n] // from O
	}
	for y := 0; y < n; y++ {
		score[from*n+y] = em[from*stride+y] + first[y]
	}
	for k := from + 1; k < to; k++ {
		prev := score[(k-1)*n : k*n]
		cur := score[k*n : k*n+n]
		e := em[k*stride : k*stride+n]
		for y := range cur {
			best := float32(math.Inf(-1))
			tr := c.trans[n+y:]
			for _, p := range c.preds[y] {
				best = max(best, prev[p]+tr[int(p)*n])
			}
			cur[y] = best + e[y]
		}
	}
	last := score[(to-1)*n : to*n]
	best, arg := float32(math.Inf(-1)), 0
	for y := 0; y < n; y++ {
		end := c.final[y]
		if s.beforeO {
			end = c.trans[(y+1)*n] // to O
		}
		if sc := last[y] + end; sc > best {
			best, arg = sc, y
		}
	}
	tags[to-1] = uint8(arg)
	for k := to - 1; k > from; k-- {
		prev := score[(k-1)*n : k*n]
		y := int(tags[k])
		tr := c.trans[n+y:]
		best := float32(math.Inf(-1))
		for _, p := range c.preds[y] {
			best = max(best, prev[p]+tr[int(p)*n])
		}
		tags[k-1] = 0
		for _, p := range c.preds[y] {
			if prev[p]+tr[int(p)*n] == best {
				tags[k-1] = p
				break
			}
		}
	}
}

// spans calls fn for each span of units [i, j) and its type index that the
// tags of units make (invalid sequences are read leniently: a span ends
// where its type changes or an O comes).
func (s tagSet) spans(tags []uint8, fn func(i, j, typ int)) {
	open, typ := -1, -1
	for k, y := range tags {
		yt, yp := s.split(int(y))
		if open >= 0 && (yt != typ || yp == posB || yp == posU) {
			fn(open, k, typ)
			open = -1
		}
		if yt >= 0 && open < 0 {
			open, typ = k, yt
		}
		if open >= 0 && (yp == posL || yp == posU) {
			fn(open, k+1, typ)
			open = -1
		}
	}
	if open >= 0 {
		fn(open, len(tags), typ)
	}
}

// link turns the tagged spans into mentions: each is linked to the entry of
// Find's mention of the same span, else to the entry g names so, else to a
// person's full name mentioned before (a surname), else to a
// document-local entry. Find's demonyms outside the spans are kept.
func (b *tagBinding) link(g *Gazetteer, f *finder, st *tagState, out []Mention) []Mention {
	us := f.us
	found := f.out // in order of Start
	fi := 0
	lastEnd := 0
	addDemonymsBefore := func(end int) {
		for ; fi < len(found) && found[fi].Start < end; fi++ {
			if m := found[fi]; m.Via == ViaDemonym && m.Start >= lastEnd && m.End <= end {
				out = append(out, m)
			}
		}
	}
	b.t.tags.spans(st.tags, func(i, j, ti int) {
		start, end := us[i].start, us[j-1].end
		typ := b.t.tags.types[ti]
		addDemonymsBefore(start)
		// Find's mention of the same span, if any (found is in order).
		var same *Mention
		for k := fi; k < len(found) && found[k].Start <= start; k++ {
			if found[k].Start == start && found[k].End == end && found[k].Via != ViaDemonym {
				same = &found[k]
			}
		}
		m := Mention{Text: f.text[start:end], Start: start, End: end, Type: typ}
		switch {
		case same != nil && (same.Entry.ID != "" || same.Entry.Type == typ):
			m.Entry, m.Via = same.Entry, same.Via
		default:
			m.Entry, m.Via = b.lookup(g, f, us[i:j], typ, m.Text)
		}
		out = append(out, m)
		lastEnd = end
		for fi < len(found) && found[fi].Start < end {
			fi++
		}
	})
	addDemonymsBefore(len(f.text) + 1)
	return out
}

// lookup links a tagged span that Find did not report as such: a name or
// alias of g (preferring an entry of the tagged type), the full name of a
// person mentioned before, or a new document-local entry.
func (b *tagBinding) lookup(g *Gazetteer, f *finder, span []unit, typ Type, text string) (*Entry, Via) {
	x := g.index
	n := x.rootChild(span[0].id)
	for k := 1; k < len(span) && n >= 0; k++ {
		n = x.child(n, span[k].id)
	}
	if n >= 0 {
		var best target
		for _, t := range x.targetsOf(n) {
			if t.via == ViaDemonym {
				continue
			}
			if best.e == nil || (t.e.Type == typ) != (best.e.Type == typ) && t.e.Type == typ ||
				(t.e.Type == typ) == (best.e.Type == typ) && viaRank(t.via) < viaRank(best.via) {
				best = t
			}
		}
		if best.e != nil {
			return best.e, best.via
		}
	}
	if typ == PER {
		f.buf = f.buf[:0]
		for k, u := range span {
			if k > 0 {
				f.buf = append(f.buf, ' ')
			}
			f.buf = append(f.buf, u.key...)
		}
		if e := f.tails[string(f.buf)]; e != nil {
			return e, ViaCoref
		}
	}
	return f.localEntry(typ, text), ViaModel
}
