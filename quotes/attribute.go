package quotes

import (
	"slices"
	"strings"
)

// attribution is what the text says about who speaks, before the speaker is
// resolved against the context.
type attribution struct {
	cue          string
	subj         np   // the speaker as the text names it
	dropped      bool // no subject of its own: take it from the context
	fallback     np   // the colon introducer or clause subject for a dropped subject
	continuation bool // no cue at all: the previous quote's speaker goes on
	addressee    string
	source       string
	nextSubject  np     // for a quote opening its paragraph: the next sentence's subject
	frame        bool   // secondo X, «…»: the quote follows its frame at once
	lemma        string // the speech verb's infinitive
	unknown      bool   // a passive without agent: no speaker
	nounFrame    bool   // the cue is a noun (le parole di X, la replica di X)
	borrowed     bool   // a gerund or infinitive whose clause has no subject that can speak
	introducer   np     // who introduced the quote an interruption with a nameless subject splits (introducedBy)
}

// item is a quote found, waiting for its speaker.
type item struct {
	q  Quote
	t  int // token where it starts, for the context
	at attribution
	// verbless: a quote that would be direct by its place but has no verb:
	// partial, unless the next part of the same sentence has one.
	verbless bool
}

// site is what the patterns know of one candidate: its marks and the
// narrator's words around them.
type site struct {
	c        cand
	open     int    // the opening mark's first token
	atStart  bool   // the quote opens its sentence
	ltw      string // the narrator's word right before the opening mark, "" when none
	content  string // the words inside the marks
	words    int    // how many words it has
	punct    bool   // it holds sentence punctuation (. ! ? ; : ,)
	upper    bool   // it starts with a capital
	prev     *item  // the quote found last, nil when none
	prevCand int    // its candidate, -1
	verbless bool   // kindOf made it partial for want of a verb
	right    rightMemo
}

// rightMemo keeps the cue after a quote, which several patterns ask for.
type rightMemo struct {
	done bool
	at   attribution
	ok   bool
}

// rightCue is d.rightCue(s.c), read once per site.
func (s *site) rightCue(d *analysis) (attribution, bool) {
	if !s.right.done {
		s.right.at, s.right.ok = d.rightCue(s.c)
		s.right.done = true
	}
	return s.right.at, s.right.ok
}

// named: the attribution names its speaker.
func (at attribution) named() bool { return !at.dropped && at.subj.ok() }

// A pattern is one way Italian news tells who utters a marked quote. It
// returns the attribution and whether the construction makes the quote
// direct (a clause of the speaker's own, see kind.go).
type pattern struct {
	name  string
	match func(d *analysis, s *site) (at attribution, direct, ok bool)
}

// patterns are tried in this order; the first that matches attributes the
// quote. Each is described, with its Italian constructions, where it is
// defined (patterns.go).
var patterns = []pattern{
	{"interruption", interruption},          // «A – ha detto X – B»
	{"continuation", continuation},          // «A», per X, «B» / "A" - osserva X - "B"
	{"right cue", rightCueNamed},            // «…», ha detto X. / X: «…» with its own cue
	{"colon", colon},                        // X ha dichiarato: «…»
	{"right cue, no subject", rightCueBare}, // «…», ha aggiunto.
	{"colon introducer", colonIntroduced},   // Putin: «…»
	{"subject before", subjectBefore},       // il governo tedesco «reagisce con …»
	{"left cue", leftCuePattern},            // X ha detto che «…» / secondo X «…»
	{"right cue inside", rightCueInside},    // la legge è «un pasticcio», ha detto X
	{"next sentence", nextSentence},         // «…». Così X. / Queste le parole di X.
	{"list ahead", listAhead},               // «A», «B» e «C», ha detto X. / «A» e «B». (a list standing alone)
	{"previous speaker", previousSpeaker},   // «…» alone: whoever spoke goes on
	{"speaker's words", speakersWords},      // X ha detto … La linea è l'unica per evitare «una diaspora»
}

// traceMatch, when set (by tests), is told which pattern attributed each
// candidate.
var traceMatch func(d *analysis, pattern string, s *site, at attribution)

// directQuotes runs every candidate through the patterns and the
// non-speech filter, and returns the quotes found; speech[ci] tells which
// candidates came out as quotes.
func (d *analysis) directQuotes() (items []item, speech []bool) {
	items = d.buf.items[:0]
	speech = grow(d.buf.speech, len(d.cands))
	clear(speech)
	prevItem, prevCand := -1, -1
	for ci := range d.cands {
		d.work.Add(1)
		var prev *item
		if prevItem >= 0 {
			prev = &items[prevItem]
		}
		n := len(items)
		items = d.quoteItems(items, d.cands[ci], prev, prevCand)
		if len(items) > n {
			speech[ci] = true
			prevItem, prevCand = len(items)-1, ci
		}
	}
	d.buf.items, d.buf.speech = items, speech
	return items, speech
}

// newSite reads the narrator's words around candidate c.
func (d *analysis) newSite(c cand, prev *item, prevCand int) site {
	open := c.lt + 1
	s := site{c: c, open: open, prev: prev, prevCand: prevCand, content: d.text[c.cs:c.ce]}
	s.words, s.punct, s.upper = wordCount(s.content), strings.ContainsAny(s.content, ".!?;:,"), startsUpper(s.content)
	s.atStart = c.lt < 0 || d.sent[c.lt] != d.sent[min(open, len(d.toks)-1)] || d.isSentStart(open)
	if c.lt >= 0 && d.role[c.lt] == narrator {
		s.ltw = d.low[c.lt]
	}
	return s
}

// quoteItems turns candidate c into zero, one or two quotes (two for an
// interruption): the first pattern that matches attributes it, unless the
// marks are no speech (nonspeech.go).
func (d *analysis) quoteItems(dst []item, c cand, prev *item, prevCand int) []item {
	// The site lives in the pooled buffers: the patterns are called through
	// function values, which would move a local one to the heap.
	s := &d.buf.site
	*s = d.newSite(c, prev, prevCand)
	var at attribution
	direct, found := false, false
	for _, p := range patterns {
		if at, direct, found = p.match(d, s); found {
			if traceMatch != nil {
				traceMatch(d, p.name, s, at)
			}
			break
		}
	}
	if !found || d.nonSpeech(s, at) {
		return dst
	}
	kind := d.kindOf(s, direct)
	if at.source == "" {
		at.source = d.sourceAfter(c)
	}
	n0 := len(dst)
	dst = d.appendParts(dst, c, kind, at)
	for i := n0; i < len(dst); i++ {
		dst[i].verbless = s.verbless
	}
	return dst
}

// appendParts appends the quote of candidate c, in parts when the
// narrator interrupts it.
func (d *analysis) appendParts(dst []item, c cand, kind Kind, at attribution) []item {
	if c.nAsides > 0 {
		// A quote in parts: the dash phrases and the punctuation around them belong to none.
		start, t := c.cs, c.a
		for _, as := range c.asides[:c.nAsides] {
			if end := trimRightPunct(d.text, start, d.toks[as.a].Start); end > start {
				dst = append(dst, item{q: d.mkQuote(start, end, kind, at), t: t, at: at})
			}
			start, t = trimLeftPunct(d.text, d.toks[as.b-1].End, c.ce), as.b
		}
		if c.ce > start {
			dst = append(dst, item{q: d.mkQuote(start, c.ce, kind, at), t: t, at: at})
		}
		return dst
	}
	return append(dst, item{q: d.mkQuote(c.cs, c.ce, kind, at), t: c.a, at: at})
}

func (d *analysis) mkQuote(s, e int, k Kind, at attribution) Quote {
	return Quote{Text: d.text[s:e], Start: s, End: e, Kind: k, Cue: at.cue, Addressee: at.addressee, Source: at.source}
}

// allQuotes merges the direct and partial quotes with the indirect ones in
// order of Start (clauses of a verb inside another verb's clause may come
// out of order).
func (d *analysis) allQuotes(items, ind []item) []item {
	slices.SortStableFunc(ind, func(x, y item) int { return x.q.Start - y.q.Start })
	merged := mergeByStart(d.buf.merged[:0], items, ind)
	d.buf.merged = merged
	return merged
}

// mergeByStart appends to out the items of a and b, each in order of Start, in order of Start.
func mergeByStart(out, a, b []item) []item {
	for len(a) > 0 && len(b) > 0 {
		if b[0].q.Start < a[0].q.Start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}
