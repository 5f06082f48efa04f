package entities

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/tribuna-nlp/tribuna/internal/eval"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Annotated is a text with its entity spans: training data for a Tagger.
type Annotated struct {
	Text  string
	Spans []Span // in any order, not overlapping
	// Weight is how many times each pass trains on the document, as if it
	// were repeated (0: once): more weight to a domain that the training
	// data holds less of than the text to be tagged. Feature counts
	// (MinCount) count it as many times.
	Weight int
}

// Span is a typed span of text: byte offsets, End exclusive.
type Span struct {
	Start, End int
	Type       Type
}

// ReadAnnotated reads training data in the KIND/CoNLL format: one
// token<TAB>tag line per token, a blank line between sentences; tags O, PER,
// LOC, ORG, or with B- and I- prefixes (plain tags of one type on adjacent
// tokens make one span). Tokens are joined into text as they would be
// written (no space before a comma or after an elided article) and every ten
// sentences make one document joined by spaces, as running text. Other types
// than PER, LOC and ORG are read as O. Errors name the line.
func ReadAnnotated(r io.Reader, name string) ([]Annotated, error) {
	docs, err := eval.ReadKIND(r, name)
	if err != nil {
		return nil, err
	}
	out := make([]Annotated, len(docs))
	for i, d := range docs {
		out[i].Text = d.Text
		out[i].Spans = make([]Span, len(d.Gold))
		for k, s := range d.Gold {
			out[i].Spans[k] = Span{s.Start, s.End, Type(s.Type)}
		}
	}
	return out, nil
}

// TrainOptions control TrainTagger. The zero value trains a BILOU model for
// up to 20 passes.
type TrainOptions struct {
	Scheme     string // "BILOU" (default) or "BIO"
	Iterations int    // passes over the training data at most (default 20)
	// Patience is, with development data, how many passes without a better
	// F1 on it end the training (default 3); the model kept is the best one.
	Patience int
	Seed     int64 // the order of the sequences in each pass
	// MinCount leaves out the features seen fewer times in the training data
	// (default 2): a smaller model, and rare words still have their shape,
	// prefixes and suffixes.
	MinCount int
	// OnlyO builds the tag dictionary: a word the training data writes in
	// lower case at least OnlyO times (default 20) and never inside a span
	// is always O, and its tags are not computed; negative: no dictionary.
	OnlyO int
	// Reading are the reading conventions of the gazetteer features
	// (Metonymy, Generic, TitleInstitutions); the model keeps them.
	Reading []Option
	// Note is stored in the model: say what it was trained on and under
	// which license, since the model carries the license of its data.
	Note     string
	Progress func(Epoch) // called after each pass
	Workers  int         // goroutines that compute the features (default GOMAXPROCS)
}

// Epoch reports one pass of training.
type Epoch struct {
	N       int           // 1-based
	Errors  int           // training units tagged wrong during the pass
	Units   int           // training units (a weighted document's counted as many times)
	Dev     SpanScore     // on the development data (zero without)
	Best    bool          // the best model so far on the development data
	Elapsed time.Duration // since the training started
}

// SpanScore counts exact span matches against a gold standard.
type SpanScore struct {
	Gold, Found, Correct int
}

func (s SpanScore) prf() eval.PRF { return eval.PRF{Gold: s.Gold, System: s.Found, Correct: s.Correct} }

// F1 is the harmonic mean of precision and recall (0 when both are 0).
func (s SpanScore) F1() float64 { return s.prf().F1() }

// Precision is Correct/Found (0 when nothing was found).
func (s SpanScore) Precision() float64 { return s.prf().Precision() }

// Recall is Correct/Gold (0 when the gold is empty).
func (s SpanScore) Recall() float64 { return s.prf().Recall() }

// trainData is a set of documents as the perceptron reads them: per unit
// its feature rows and gold tag, and the tagged sequences.
type trainData struct {
	rows  []int32    // feature rows of every unit, back to back
	offs  []int32    // per unit k: rows[offs[k]:offs[k+1]]; len units+1
	gold  []uint8    // per unit
	sents [][2]int32 // sentences, for scoring
	segs  []seg      // what the perceptron decodes, a weighted document's repeated
	units int
	// trained is the units of segs, those of a weighted document counted
	// as many times.
	trained int
	// Spans whose ends fall inside a unit (the tokenizer cut the text
	// elsewhere than the data): trained on the units that cover them.
	misaligned int
}

// extracted is one document's features before interning.
type extracted struct {
	feats      []uint64
	offs       []int32
	seqs       []int32
	segs       []seg
	gold       []uint8
	misaligned int
	weight     int // Annotated.Weight, at least 1
}

// TrainTagger trains a tagger on train, with the gazetteer g (nil: Default())
// for its gazetteer features; dev, when not empty, chooses the number of
// passes (early stopping on its span F1). Training is deterministic given
// the options. The model can then be used with any gazetteer.
func TrainTagger(g *Gazetteer, train, dev []Annotated, o TrainOptions) (*Tagger, error) {
	if g == nil {
		g = Default()
	}
	o = o.withDefaults()
	tags, err := trainTags(o.Scheme, train)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	t := &Tagger{tags: tags, note: o.Note}
	for _, f := range o.Reading {
		f(&t.opts)
	}
	b := newBinding(g, t)
	if o.OnlyO > 0 {
		t.setOnlyO(onlyOWords(b, tags, train, o.OnlyO))
	}

	trainX := extractAll(b, tags, train, o.Workers)
	keys, index := internFeatures(trainX, o.MinCount)
	td := toTrainData(trainX, index, true)
	trainX = nil
	var dd *trainData
	if len(dev) > 0 {
		dd = toTrainData(extractAll(b, tags, dev, o.Workers), index, false)
	}
	best, bestTrans := trainPasses(newPerceptron(tags, len(keys)), tags, td, dd, o, start)
	t.keep(keys, best, bestTrans)
	return t, nil
}

// withDefaults fills in the options left at zero.
func (o TrainOptions) withDefaults() TrainOptions {
	if o.Iterations <= 0 {
		o.Iterations = 20
	}
	if o.Patience <= 0 {
		o.Patience = 3
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.OnlyO == 0 {
		o.OnlyO = 20
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// trainTags returns the tag set of scheme ("": BILOU) over the span types
// of train.
func trainTags(scheme string, train []Annotated) (tagSet, error) {
	tags := tagSet{scheme: schemeBILOU}
	switch scheme {
	case "", "BILOU":
	case "BIO":
		tags.scheme = schemeBIO
	default:
		return tags, fmt.Errorf("unknown tag scheme %q (want BILOU or BIO)", scheme)
	}
	tags.types = spanTypes(train)
	if len(tags.types) == 0 {
		return tags, errors.New("no entity spans in the training data")
	}
	if tags.n() > 255 {
		return tags, fmt.Errorf("%d entity types: at most %d", len(tags.types), 254/tags.per())
	}
	return tags, nil
}

// trainPasses runs the perceptron's passes over td, its segments in an
// order shuffled by o.Seed at each pass, and returns the averaged weights
// and transitions: those of the pass with the best F1 on dd when there is
// development data (stopping after o.Patience passes without a better
// one), else those of the last pass. o.Progress hears of each pass.
func trainPasses(p *perceptron, tags tagSet, td, dd *trainData, o TrainOptions, start time.Time) (best, bestTrans []float32) {
	rng := rand.New(rand.NewSource(o.Seed))
	order := make([]int, len(td.segs))
	for i := range order {
		order[i] = i
	}
	bestF1, sinceBest := -1.0, 0
	for ep := 1; ep <= o.Iterations; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, s := range order {
			errs += p.learn(td, td.segs[s])
		}
		rep := Epoch{N: ep, Errors: errs, Units: td.trained}
		if dd != nil {
			w, tr := p.averaged()
			rep.Dev = scoreSpans(tags, dd, w, tr)
			if f := rep.Dev.F1(); f > bestF1 {
				bestF1, best, bestTrans, sinceBest, rep.Best = f, w, tr, 0, true
			} else {
				sinceBest++
			}
		}
		rep.Elapsed = time.Since(start)
		if o.Progress != nil {
			o.Progress(rep)
		}
		if dd != nil && sinceBest >= o.Patience {
			break
		}
	}
	if best == nil {
		best, bestTrans = p.averaged()
	}
	return best, bestTrans
}

// spanTypes returns the types of the spans of docs, sorted.
func spanTypes(docs []Annotated) []Type {
	seen := map[Type]bool{}
	for _, d := range docs {
		for _, s := range d.Spans {
			seen[s.Type] = true
		}
	}
	var out []Type
	for t := range seen {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// extractAll computes the features and gold tags of docs on workers goroutines.
func extractAll(b *tagBinding, tags tagSet, docs []Annotated, workers int) []extracted {
	out := make([]extracted, len(docs))
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var z featurizer
			for i := range next {
				out[i] = extractDoc(b, tags, &z, docs[i])
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func extractDoc(b *tagBinding, tags tagSet, z *featurizer, d Annotated) extracted {
	f := finderPool.Get().(*finder)
	f.ub.tb.Build(d.Text, tokenize.Tokens(d.Text))
	f.start(b.feat, &f.ub.tb)
	defer f.release()
	f.run() // the rules' mentions, as Find gives them, are features
	z.run(f, b.nameWords, &b.t.onlyO)
	x := extracted{
		feats:  append([]uint64(nil), z.feats...),
		offs:   append([]int32(nil), z.offs...),
		seqs:   append([]int32(nil), z.seqs...),
		weight: max(d.Weight, 1),
	}
	x.gold, x.misaligned = goldTags(f.us, d.Spans, tags)
	// A span across a sentence boundary cannot be decoded: cut the
	// sentences only where no span is open. (The dictionary's words are
	// never inside a span of the training data.)
	x.seqs = keepSpansWhole(x.seqs, x.gold, tags)
	x.segs = appendSegments(nil, x.seqs, z.forced)
	return x
}

// goldTags returns the tags of units us that spans make, and the number of
// spans whose ends fall inside a unit (the tokenizer cut the text elsewhere
// than the data): those are given the units that cover them.
func goldTags(us []unit, spans []Span, tags tagSet) (gold []uint8, misaligned int) {
	gold = make([]uint8, len(us))
	typeIndex := map[Type]int{}
	for i, t := range tags.types {
		typeIndex[t] = i
	}
	spans = append([]Span(nil), spans...)
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	k := 0
	for _, s := range spans {
		ti, ok := typeIndex[s.Type]
		if !ok {
			continue
		}
		for k < len(us) && us[k].end <= s.Start {
			k++
		}
		j := k
		for j < len(us) && us[j].start < s.End {
			j++
		}
		if j == k || gold[k] != 0 {
			continue // no unit, or overlapping an earlier span
		}
		if us[k].start != s.Start || us[j-1].end != s.End {
			misaligned++
		}
		for u := k; u < j; u++ {
			gold[u] = uint8(tags.spanTag(ti, u-k, j-k))
		}
		k = j
	}
	return gold, misaligned
}

// onlyOWords returns the tag dictionary of docs: the keys of the words
// written in lower case at least min times and never inside a span.
func onlyOWords(b *tagBinding, tags tagSet, docs []Annotated, min int) []uint64 {
	type count struct{ seen, inside int32 }
	counts := map[uint64]count{}
	var order []uint64
	for _, d := range docs {
		f := finderPool.Get().(*finder)
		f.ub.tb.Build(d.Text, tokenize.Tokens(d.Text))
		f.start(b.feat, &f.ub.tb)
		gold, _ := goldTags(f.us, d.Spans, tags)
		for k, u := range f.us {
			c, ok := counts[u.h]
			if !ok {
				order = append(order, u.h)
			}
			if gold[k] != 0 {
				c.inside++
			}
			if !u.cap {
				c.seen++
			}
			counts[u.h] = c
		}
		f.release()
	}
	var out []uint64
	for _, h := range order {
		if c := counts[h]; c.inside == 0 && c.seen >= int32(min) {
			out = append(out, h)
		}
	}
	return out
}

// setOnlyO sets t's tag dictionary.
func (t *Tagger) setOnlyO(keys []uint64) {
	t.onlyO.reset(len(keys))
	for _, h := range keys {
		t.onlyO.add(h)
	}
	t.nOnlyO = len(keys)
}

// keepSpansWhole drops the sequence starts that fall inside a gold span.
func keepSpansWhole(seqs []int32, gold []uint8, tags tagSet) []int32 {
	out := seqs[:0]
	for _, s := range seqs {
		if int(s) < len(gold) && s > 0 {
			if t, pos := tags.split(int(gold[s])); t >= 0 && pos != posB && pos != posU {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// internFeatures numbers the features seen at least minCount times in xs,
// in order of first appearance.
func internFeatures(xs []extracted, minCount int) ([]uint64, map[uint64]int32) {
	counts := map[uint64]int32{}
	for _, x := range xs {
		for _, h := range x.feats {
			counts[h] += int32(x.weight)
		}
	}
	index := map[uint64]int32{}
	var keys []uint64
	for _, x := range xs {
		for _, h := range x.feats {
			if counts[h] >= int32(minCount) {
				if _, ok := index[h]; !ok {
					index[h] = int32(len(keys))
					keys = append(keys, h)
				}
			}
		}
	}
	return keys, index
}

// toTrainData numbers the features of xs by index; weighted: the segments
// of a weighted document are repeated (training data), else not (data
// that is only scored).
func toTrainData(xs []extracted, index map[uint64]int32, weighted bool) *trainData {
	td := &trainData{offs: []int32{0}}
	for _, x := range xs {
		base := int32(td.units)
		nu := len(x.offs) - 1
		for k := 0; k < nu; k++ {
			for _, h := range x.feats[x.offs[k]:x.offs[k+1]] {
				if r, ok := index[h]; ok {
					td.rows = append(td.rows, r)
				}
			}
			td.offs = append(td.offs, int32(len(td.rows)))
		}
		td.gold = append(td.gold, x.gold...)
		for s := 0; s+1 < len(x.seqs); s++ {
			td.sents = append(td.sents, [2]int32{base + x.seqs[s], base + x.seqs[s+1]})
		}
		w := 1
		if weighted {
			w = x.weight
		}
		for range w {
			for _, s := range x.segs {
				s.from += base
				s.to += base
				td.segs = append(td.segs, s)
			}
		}
		td.units += nu
		td.trained += nu * w
		td.misaligned += x.misaligned
	}
	return td
}

// perceptron is an averaged structured perceptron: weights w, and acc the
// sum of each update times the step it came at, so that the average over
// all steps is w - acc/step.
type perceptron struct {
	tags   tagSet
	n      int
	w      []float32
	acc    []float64
	tw     []float32 // learned transitions: (n+1) × n
	tacc   []float64
	mask   []float32 // the scheme's constraints on transitions
	chain  chain     // mask + tw, for decoding
	step   float64
	em     []float32
	score  []float32
	pred   []uint8
	change bool
}

func newPerceptron(tags tagSet, rows int) *perceptron {
	n := tags.n()
	mask, final := tags.constraints()
	return &perceptron{tags: tags, n: n, w: make([]float32, rows*n), acc: make([]float64, rows*n),
		tw: make([]float32, (n+1)*n), tacc: make([]float64, (n+1)*n), mask: mask,
		chain: newChain(n, append([]float32(nil), mask...), final), step: 1}
}

// learn decodes one sequence and updates the weights where it is wrong; it
// returns the number of units tagged wrong.
func (p *perceptron) learn(td *trainData, s seg) int {
	from, to := int(s.from), int(s.to)
	m := to - from
	n := p.n
	p.em = resize(p.em, m*n)
	p.score = resize(p.score, m*n)
	p.pred = resize(p.pred, m)
	emissions(p.em, td, from, to, p.w, n)
	if p.change {
		for i := range p.chain.trans {
			p.chain.trans[i] = p.mask[i] + p.tw[i]
		}
		p.change = false
	}
	p.chain.viterbi(p.em, n, p.score, p.pred, seg{0, int32(m), s.afterO, s.beforeO})
	gold := td.gold[from:to]
	errs := 0
	c := p.step
	for k := 0; k < m; k++ {
		g, y := int(gold[k]), int(p.pred[k])
		pg, py := -1, -1
		switch {
		case k > 0:
			pg, py = int(gold[k-1]), int(p.pred[k-1])
		case s.afterO:
			pg, py = 0, 0
		}
		if g != y {
			errs++
			for _, r := range td.rows[td.offs[from+k]:td.offs[from+k+1]] {
				i := int(r) * n
				p.w[i+g]++
				p.acc[i+g] += c
				p.w[i+y]--
				p.acc[i+y] -= c
			}
		}
		if g != y || pg != py {
			p.tw[(pg+1)*n+g]++
			p.tacc[(pg+1)*n+g] += c
			p.tw[(py+1)*n+y]--
			p.tacc[(py+1)*n+y] -= c
			p.change = true
		}
	}
	if g, y := int(gold[m-1]), int(p.pred[m-1]); s.beforeO && g != y {
		// The transitions into the O that follows.
		p.tw[(g+1)*n]++
		p.tacc[(g+1)*n] += c
		p.tw[(y+1)*n]--
		p.tacc[(y+1)*n] -= c
		p.change = true
	}
	p.step++
	return errs
}

// emissions sums the weights of the features of units [from, to) into em.
func emissions(em []float32, td *trainData, from, to int, w []float32, n int) {
	clear(em)
	for k := from; k < to; k++ {
		e := em[(k-from)*n : (k-from)*n+n]
		for _, r := range td.rows[td.offs[k]:td.offs[k+1]] {
			row := w[int(r)*n : int(r)*n+n]
			for y := range e {
				e[y] += row[y]
			}
		}
	}
}

// averaged returns the averaged weights and transitions (constraints added).
func (p *perceptron) averaged() (w, trans []float32) {
	w = make([]float32, len(p.w))
	for i := range w {
		w[i] = float32(float64(p.w[i]) - p.acc[i]/p.step)
	}
	trans = make([]float32, len(p.tw))
	for i := range trans {
		trans[i] = p.mask[i] + float32(float64(p.tw[i])-p.tacc[i]/p.step)
	}
	return w, trans
}

// scoreSpans tags td with weights w and transitions trans (the words of
// the tag dictionary O) and counts exact span matches by sentence.
func scoreSpans(tags tagSet, td *trainData, w, trans []float32) SpanScore {
	n := tags.n()
	_, final := tags.constraints()
	c := newChain(n, trans, final)
	pred := make([]uint8, td.units)
	var em, score []float32
	for _, sg := range td.segs {
		from, to := int(sg.from), int(sg.to)
		m := to - from
		em, score = resize(em, m*n), resize(score, m*n)
		emissions(em, td, from, to, w, n)
		c.viterbi(em, n, score, pred[from:to], seg{0, int32(m), sg.afterO, sg.beforeO})
	}
	var s SpanScore
	type span struct{ i, j, t int }
	gold := map[span]bool{}
	for _, st := range td.sents {
		from, to := int(st[0]), int(st[1])
		clear(gold)
		tags.spans(td.gold[from:to], func(i, j, t int) { gold[span{i, j, t}] = true; s.Gold++ })
		tags.spans(pred[from:to], func(i, j, t int) {
			s.Found++
			if gold[span{i, j, t}] {
				s.Correct++
			}
		})
	}
	return s
}

// keep sets t's features to those of keys with a weight, and its transitions.
func (t *Tagger) keep(keys []uint64, w, trans []float32) {
	n := t.tags.n()
	var kept []uint64
	var weights []float32
	for r, k := range keys {
		row := w[r*n : r*n+n]
		nonzero := false
		for _, x := range row {
			if math.Abs(float64(x)) > 1e-6 {
				nonzero = true
				break
			}
		}
		if nonzero {
			kept = append(kept, k)
			weights = append(weights, row...)
		}
	}
	t.setWeights(kept, weights)
	_, final := t.tags.constraints()
	t.chain = newChain(n, trans, final)
}
