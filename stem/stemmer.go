package stem

import (
	"strings"
	"sync"
	"sync/atomic"
)

// DefaultCapacity is the number of words a zero Stemmer remembers.
const DefaultCapacity = 1 << 15

// maxCachedLen bounds the length in bytes of a remembered word, so that the
// memory a Stemmer holds is bounded by its capacity whatever the input.
const maxCachedLen = 64

// Stemmer stems running text, remembering the stems it has computed: a word
// seen before is answered from memory, without locking or allocating. It is
// safe for concurrent use. It remembers up to its capacity of recently used
// words, and holds at most about twice as many; words longer than 64 bytes
// are stemmed but not remembered.
//
// The zero Stemmer is ready to use, with DefaultCapacity. A Stemmer must not
// be copied after first use.
type Stemmer struct {
	capacity int // zero means DefaultCapacity

	// Two generations of stems: when the current one is full it becomes the
	// old one and the older is dropped; a word found in the old generation
	// moves back to the current one. Memory stays bounded and the words in
	// use stay.
	cur, old atomic.Pointer[generation]
	rotating sync.Mutex
}

type generation struct {
	stems sync.Map // word → *cachedStem; lock-free reads
	size  atomic.Int64
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
	cur := s.current()
	if c, ok := cur.stems.Load(word); ok {
		return c.(*cachedStem).pick(stemStopWords)
	}
	if old := s.old.Load(); old != nil {
		if c, ok := old.stems.Load(word); ok {
			s.add(cur, c.(*cachedStem))
			return c.(*cachedStem).pick(stemStopWords)
		}
	}
	c := compute(word)
	s.add(cur, c)
	return c.pick(stemStopWords)
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

func (s *Stemmer) current() *generation {
	if g := s.cur.Load(); g != nil {
		return g
	}
	s.cur.CompareAndSwap(nil, new(generation))
	return s.cur.Load()
}

// add remembers c in generation g, and starts a new generation when g holds
// capacity words.
func (s *Stemmer) add(g *generation, c *cachedStem) {
	if _, loaded := g.stems.LoadOrStore(c.word, c); loaded {
		return
	}
	limit := s.capacity
	if limit <= 0 {
		limit = DefaultCapacity
	}
	if g.size.Add(1) < int64(limit) {
		return
	}
	s.rotating.Lock()
	defer s.rotating.Unlock()
	if s.cur.Load() == g {
		s.old.Store(g)
		s.cur.Store(new(generation))
	}
}

// remembered returns how many words the Stemmer holds.
func (s *Stemmer) remembered() int {
	n := int64(0)
	for _, g := range []*generation{s.cur.Load(), s.old.Load()} {
		if g != nil {
			n += g.size.Load()
		}
	}
	return int(n)
}
