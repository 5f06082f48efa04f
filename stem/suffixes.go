package stem

import "github.com/kljensen/snowball/snowballword"

// suffixTrie finds the longest suffix of a word among a fixed list, the way
// Snowball's among does in backward mode. It is a trie of reversed suffixes:
// one walk from the end of the word, at most as long as the longest suffix,
// instead of one comparison per listed suffix.
type suffixTrie struct {
	nodes []trieNode
}

type trieNode struct {
	next     [trieLetters]int16 // child per letter (see letterIndex), 0 if none
	terminal bool
	class    uint8 // what the step does with this suffix
}

// trieLetters is the alphabet of the suffix lists: a to z and à è ì ò ù.
const trieLetters = 31

// letterIndex returns r's place in the tries' alphabet, or -1.
func letterIndex(r rune) int {
	if uint32(r) >= 256 {
		return -1
	}
	return int(letterIndexes[r])
}

var letterIndexes = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	n := int8(0)
	for _, r := range "abcdefghijklmnopqrstuvwxyzàèìòù" {
		t[r] = n
		n++
	}
	return t
}()

// newSuffixTrie builds a trie from groups of suffixes; every suffix of a
// group gets that group's class.
func newSuffixTrie(groups map[uint8][]string) *suffixTrie {
	t := &suffixTrie{nodes: make([]trieNode, 1, 256)}
	for class, list := range groups {
		for _, s := range list {
			t.add(s, class)
		}
	}
	return t
}

func (t *suffixTrie) add(suffix string, class uint8) {
	rs := []rune(suffix)
	n := int16(0)
	for i := len(rs) - 1; i >= 0; i-- {
		n = t.child(n, letterIndex(rs[i]))
	}
	t.nodes[n].terminal = true
	t.nodes[n].class = class
}

// child returns the node under n for letter l, adding it if it is missing.
func (t *suffixTrie) child(n int16, l int) int16 {
	if t.nodes[n].next[l] == 0 {
		t.nodes = append(t.nodes, trieNode{})
		t.nodes[n].next[l] = int16(len(t.nodes) - 1)
	}
	return t.nodes[n].next[l]
}

// longest returns the length in runes and the class of the longest listed
// suffix of rs[:end] that starts at or after limit (Snowball's setlimit),
// and false when none matches.
func (t *suffixTrie) longest(rs []rune, end, limit int) (length int, class uint8, ok bool) {
	nodes := t.nodes
	node := &nodes[0]
	for i := end - 1; i >= limit && i >= 0; i-- {
		l := letterIndex(rs[i])
		if l < 0 || node.next[l] == 0 {
			break
		}
		node = &nodes[node.next[l]]
		if node.terminal {
			length, class, ok = end-i, node.class, true
		}
	}
	return length, class, ok
}

// endsWith reports whether rs ends with the ASCII suffix s.
func endsWith(rs []rune, s string) bool {
	start := len(rs) - len(s)
	if start < 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if rs[start+i] != rune(s[i]) {
			return false
		}
	}
	return true
}

// replaceSuffix replaces the last n runes of w with repl, which is never
// longer in Italian (logia → log, enza → ente, a pronoun → e). Overwriting
// in place and trimming keeps the word's buffer where it is (on the stack
// for Stem), which snowballword's ReplaceSuffixRunes, built on append,
// would not.
func replaceSuffix(w *snowballword.SnowballWord, n int, repl []rune) {
	if len(repl) > n || n > len(w.RS) {
		return // no Italian rule gets here
	}
	copy(w.RS[len(w.RS)-n:], repl)
	w.RemoveLastNRunes(n - len(repl))
}
