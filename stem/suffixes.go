package stem

// suffixTrie finds the longest suffix of a word among a fixed list, the way
// Snowball's among does in backward mode. It is a trie of reversed suffixes:
// one walk from the end of the word, at most as long as the longest suffix,
// instead of one comparison per listed suffix.
type suffixTrie struct {
	nodes []trieNode
}

type trieNode struct {
	edges    []trieEdge
	terminal bool
	class    uint8 // what the step does with this suffix
}

type trieEdge struct {
	r    rune
	next int32
}

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
	n := int32(0)
	for i := len(rs) - 1; i >= 0; i-- {
		n = t.child(n, rs[i])
	}
	t.nodes[n].terminal = true
	t.nodes[n].class = class
}

// child returns the node under n for rune r, adding it if it is missing.
func (t *suffixTrie) child(n int32, r rune) int32 {
	for _, e := range t.nodes[n].edges {
		if e.r == r {
			return e.next
		}
	}
	t.nodes = append(t.nodes, trieNode{})
	next := int32(len(t.nodes) - 1)
	t.nodes[n].edges = append(t.nodes[n].edges, trieEdge{r: r, next: next})
	return next
}

// longest returns the length in runes and the class of the longest listed
// suffix of rs[:end] that starts at or after limit (Snowball's setlimit),
// and false when none matches.
func (t *suffixTrie) longest(rs []rune, end, limit int) (length int, class uint8, ok bool) {
	n := int32(0)
	for i := end - 1; i >= limit; i-- {
		next := int32(-1)
		for _, e := range t.nodes[n].edges {
			if e.r == rs[i] {
				next = e.next
				break
			}
		}
		if next < 0 {
			break
		}
		n = next
		if t.nodes[n].terminal {
			length, class, ok = end-i, t.nodes[n].class, true
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
