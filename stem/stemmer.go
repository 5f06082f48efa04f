package stem

import (
	"hash/maphash"
	"strings"
	"sync"
)

// DefaultCapacity is the number of words a zero Stemmer remembers.
const DefaultCapacity = 1 << 16

// maxCachedLen bounds the length in bytes of a remembered word, so that the
// memory a Stemmer holds is bounded by its capacity whatever the input.
const maxCachedLen = 64

const stemmerShards = 16

// Stemmer stems running text, remembering the stems it has computed: a word
// seen before is answered from memory, without allocating. It is safe for
// concurrent use. It holds at most about its capacity in words, keeping
// those used most recently; words longer than 64 bytes are stemmed but not
// remembered.
//
// The zero Stemmer is ready to use, with DefaultCapacity. A Stemmer must not
// be copied after first use.
type Stemmer struct {
	capacity int // zero means DefaultCapacity
	shards   [stemmerShards]stemmerShard
}

// NewStemmer returns a Stemmer that remembers about capacity words
// (DefaultCapacity if capacity is not positive).
func NewStemmer(capacity int) *Stemmer {
	return &Stemmer{capacity: capacity}
}

// stemmerShard keeps two generations of stems: when the current one is full
// it becomes the old one and the older is dropped; a hit in the old
// generation moves the word back to the current one. Memory stays bounded
// and words in use are not evicted.
type stemmerShard struct {
	mu       sync.RWMutex
	cur, old map[string]cachedStem
	_        [64]byte // keeps shards' locks on separate cache lines
}

type cachedStem struct {
	stem string // Stem(word, true)
	norm string // the normalized word, returned for a stop word
	stop bool
}

var shardSeed = maphash.MakeSeed()

// Stem returns what the package's Stem returns for word and stemStopWords.
func (s *Stemmer) Stem(word string, stemStopWords bool) string {
	if len(word) > maxCachedLen {
		return Stem(word, stemStopWords)
	}
	sh := &s.shards[maphash.String(shardSeed, word)%stemmerShards]
	sh.mu.RLock()
	c, ok := sh.cur[word]
	if !ok {
		c, ok = sh.old[word]
		if ok {
			sh.mu.RUnlock()
			s.promote(sh, word, c)
			return c.pick(stemStopWords)
		}
	}
	sh.mu.RUnlock()
	if !ok {
		c = compute(word)
		s.store(sh, word, c)
	}
	return c.pick(stemStopWords)
}

func (c cachedStem) pick(stemStopWords bool) string {
	if c.stop && !stemStopWords {
		return c.norm
	}
	return c.stem
}

func compute(word string) cachedStem {
	norm := normalize(word)
	return cachedStem{
		stem: stemNormalized(norm),
		norm: norm,
		stop: isStopNormalized(norm),
	}
}

// promote moves a word found in the old generation to the current one.
func (s *Stemmer) promote(sh *stemmerShard, word string, c cachedStem) {
	if c.norm == word {
		word = c.norm // already a copy the Stemmer owns
	} else {
		word = strings.Clone(word)
	}
	s.insert(sh, word, c)
}

// store remembers a newly computed stem.
func (s *Stemmer) store(sh *stemmerShard, word string, c cachedStem) {
	// The key and stems may be substrings of a large text: copy them so the
	// cache does not keep that text alive.
	word = strings.Clone(word)
	c.stem, c.norm = within(word, c.stem), within(word, c.norm)
	s.insert(sh, word, c)
}

func (s *Stemmer) insert(sh *stemmerShard, word string, c cachedStem) {
	limit := s.capacity
	if limit <= 0 {
		limit = DefaultCapacity
	}
	// Two generations per shard share the capacity.
	limit = max(1, limit/(2*stemmerShards))

	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.cur == nil {
		sh.cur = make(map[string]cachedStem, min(limit, 1024))
	}
	if len(sh.cur) >= limit {
		// The older generation is dropped; its map's storage is reused.
		sh.old, sh.cur = sh.cur, sh.old
		if sh.cur == nil {
			sh.cur = make(map[string]cachedStem, min(limit, 1024))
		}
		clear(sh.cur)
	}
	sh.cur[word] = c
}

// within returns s as a substring of word when word starts with it (the
// usual case for a stem), and a copy of s otherwise.
func within(word, s string) string {
	if strings.HasPrefix(word, s) {
		return word[:len(s)]
	}
	return strings.Clone(s)
}
