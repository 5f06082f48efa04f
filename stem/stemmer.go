package stem

import (
	"strings"
	"sync"
	"sync/atomic"

	italian "github.com/tribuna-nlp/tribuna/internal/word"
)

// DefaultCapacity is the number of words a zero Stemmer remembers.
const DefaultCapacity = 1 << 15

// maxCachedLen bounds the length in bytes of a remembered word, so that the
// memory a Stemmer holds is bounded by its capacity whatever the input.
const maxCachedLen = 64

// Stemmer stems running text, remembering the stems it has computed: a word
// seen before is answered from memory, without allocating and, once the
// Stemmer has published it, without locking. It is safe for concurrent use.
// It remembers up to its capacity of recently used words, and holds at most
// about twice as many; words longer than 64 bytes are stemmed but not
// remembered.
//
// The zero Stemmer is ready to use, with DefaultCapacity. A Stemmer must not
// be copied after first use.
type Stemmer struct {
	capacity int // zero means DefaultCapacity

	// Readers look words up in an immutable table behind an atomic pointer:
	// no lock, no interface boxing, and, for the Analyzer, which has hashed
	// every word already, no hashing either. New words wait in
	// pending, under mu, until enough of them justify publishing a new copy
	// of the map; the copying is amortized over the words added.
	//
	// Two generations bound the memory: when the published map reaches the
	// capacity it becomes the old generation and readers start from an empty
	// one; a word found in the old generation comes back to the new one, so
	// the words in use stay.
	read     atomic.Pointer[published]
	mu       sync.Mutex
	pending  map[string]*cachedStem
	old      map[string]*cachedStem
	slowHits int // lookups answered from pending since the last publication
}

type cachedStem struct {
	word string // the key, owned by the Stemmer
	stem string // Stem(word, true)
	norm string // the normalized word, returned for a stop word
	stop bool
}

// NewStemmer returns a Stemmer that remembers about capacity words
// (DefaultCapacity if capacity is not positive).
func NewStemmer(capacity int) *Stemmer {
	return &Stemmer{capacity: capacity}
}

// Stem returns what the package's Stem returns for word and stemStopWords.
func (s *Stemmer) Stem(word string, stemStopWords bool) string {
	if len(word) > maxCachedLen {
		return Stem(word, stemStopWords)
	}
	return s.stemHashed(word, italian.Hash(word), stemStopWords)
}

// stemHashed is Stem for a word whose word-layer hash h is known.
func (s *Stemmer) stemHashed(word string, h uint64, stemStopWords bool) string {
	if m := s.read.Load(); m != nil {
		if c := m.find(word, h); c != nil {
			return c.pick(stemStopWords)
		}
	}
	return s.slow(word).pick(stemStopWords)
}

// slow answers a word that is not in the published map: from pending, from
// the old generation, or by stemming it, outside the lock.
func (s *Stemmer) slow(word string) *cachedStem {
	s.mu.Lock()
	c, ok := s.pending[word]
	if ok {
		// A pending word asked for again: publish once such lookups have
		// cost as much as a copy, so that a document that repeats a few
		// words does not keep taking the lock.
		if s.slowHits++; s.slowHits >= s.publishAt() {
			s.publishLocked()
		}
	} else if c, ok = s.old[word]; ok {
		s.addLocked(c)
	}
	s.mu.Unlock()
	if ok {
		return c
	}
	c = compute(word)
	s.mu.Lock()
	if prev, ok := s.pending[c.word]; ok {
		c = prev // another goroutine stemmed it meanwhile
	} else {
		s.addLocked(c)
	}
	s.mu.Unlock()
	return c
}

// minPublish is the fewest pending words worth publishing a new map for.
const minPublish = 32

// addLocked adds c to pending and publishes pending when it has grown to an
// eighth of the published map (copying is then amortized: each word is
// copied about eight times at most), starting a new generation when the
// published map would exceed the capacity.
func (s *Stemmer) addLocked(c *cachedStem) {
	if s.pending == nil {
		s.pending = make(map[string]*cachedStem, minPublish)
	}
	s.pending[c.word] = c
	if len(s.pending) >= s.publishAt() {
		s.publishLocked()
	}
}

// publishAt is the number of pending words, or of lookups of pending words,
// that justify publishing a new map.
func (s *Stemmer) publishAt() int {
	n := 0
	if m := s.read.Load(); m != nil {
		n = m.n
	}
	return max(min(minPublish, s.limit()), n/8)
}

func (s *Stemmer) limit() int {
	if s.capacity <= 0 {
		return DefaultCapacity
	}
	return s.capacity
}

// publishLocked publishes a new table: the published one with pending merged in.
func (s *Stemmer) publishLocked() {
	s.slowHits = 0
	if len(s.pending) == 0 {
		return
	}
	read := s.read.Load()
	n := len(s.pending)
	if read != nil {
		n += read.n
	}
	if n > s.limit() {
		s.old = read.words() // a new generation: the published table never exceeds the limit
		read, n = nil, len(s.pending)
	}
	next := newPublished(n)
	if read != nil {
		for _, sl := range read.slots {
			if sl.c != nil {
				next.add(sl.h, sl.c)
			}
		}
	}
	for _, c := range s.pending {
		next.add(italian.Hash(c.word), c)
	}
	s.read.Store(next)
	clear(s.pending)
}

// published is the immutable table readers look words up in: open
// addressing on the word layer's hash, at most half full.
type published struct {
	slots []slot
	mask  uint64
	n     int
}

type slot struct {
	h uint64
	c *cachedStem
}

func newPublished(n int) *published {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &published{slots: make([]slot, size), mask: uint64(size - 1)}
}

// add inserts c, whose word is not in p yet, under its hash h.
func (p *published) add(h uint64, c *cachedStem) {
	i := h & p.mask
	for p.slots[i].c != nil {
		i = (i + 1) & p.mask
	}
	p.slots[i] = slot{h, c}
	p.n++
}

// find returns the remembered stems of word, whose hash is h, or nil.
func (p *published) find(word string, h uint64) *cachedStem {
	for i := h & p.mask; ; i = (i + 1) & p.mask {
		sl := &p.slots[i]
		if sl.c == nil {
			return nil
		}
		if sl.h == h && sl.c.word == word {
			return sl.c
		}
	}
}

// words returns p's words as a map, for the old generation (nil for nil).
func (p *published) words() map[string]*cachedStem {
	if p == nil {
		return nil
	}
	m := make(map[string]*cachedStem, p.n)
	for _, sl := range p.slots {
		if sl.c != nil {
			m[sl.c.word] = sl.c
		}
	}
	return m
}

func (c *cachedStem) pick(stemStopWords bool) string {
	if c.stop && !stemStopWords {
		return c.norm
	}
	return c.stem
}

// compute stems word for remembering. The word may be a substring of a
// large text: it is copied, so the Stemmer does not keep that text alive, and
// the stem and normalized word share the copy when they are its prefixes.
func compute(word string) *cachedStem {
	word = strings.Clone(word)
	norm := normalize(word)
	return &cachedStem{
		word: word,
		stem: within(word, stemNormalized(norm)),
		norm: within(word, norm),
		stop: isStopNormalized(norm),
	}
}

// within returns s as a substring of word when word starts with it (the
// usual case for a stem), and a copy of s otherwise.
func within(word, s string) string {
	if strings.HasPrefix(word, s) {
		return word[:len(s)]
	}
	return strings.Clone(s)
}

// remembered returns how many words the Stemmer holds.
func (s *Stemmer) remembered() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.pending) + len(s.old)
	if m := s.read.Load(); m != nil {
		n += m.n
	}
	return n
}
