package stem

import "github.com/kljensen/snowball/snowballword"

// Step 0: attached pronouns (Snowball's attached_pronoun).
//
// Search for the longest of these enclitic pronouns:
//
//	ci gli la le li lo mi ne si ti vi
//	sene gliela gliele glieli glielo gliene
//	mela mele meli melo mene  tela tele teli telo tene
//	cela cele celi celo cene  vela vele veli velo vene
//
// It must follow, in RV, a gerund ending ando/endo (the pronoun is deleted:
// guardandogli → guardando) or an infinitive ending ar/er/ir (the pronoun is
// replaced by e: accomodarci → accomodare).

const (
	pronounFollowsGerund uint8 = iota
	pronounFollowsInfinitive
)

var (
	pronouns = newSuffixTrie(map[uint8][]string{0: {
		"ci", "gli", "la", "le", "li", "lo", "mi", "ne", "si", "ti", "vi",
		"sene", "gliela", "gliele", "glieli", "glielo", "gliene",
		"mela", "mele", "meli", "melo", "mene",
		"tela", "tele", "teli", "telo", "tene",
		"cela", "cele", "celi", "celo", "cene",
		"vela", "vele", "veli", "velo", "vene",
	}})
	pronounHosts = newSuffixTrie(map[uint8][]string{
		pronounFollowsGerund:     {"ando", "endo"},
		pronounFollowsInfinitive: {"ar", "er", "ir"},
	})
	runesE = []rune{'e'}
)

func step0(w *snowballword.SnowballWord) {
	n, _, ok := pronouns.longest(w.RS, len(w.RS), 0)
	if !ok {
		return
	}
	end := len(w.RS) - n
	host, class, ok := pronounHosts.longest(w.RS, end, 0)
	if !ok || end-host < w.RVstart {
		return
	}
	if class == pronounFollowsGerund {
		w.RemoveLastNRunes(n)
		return
	}
	replaceSuffix(w, n, runesE)
}
