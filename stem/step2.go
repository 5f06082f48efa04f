package stem

import "github.com/kljensen/snowball/snowballword"

// Step 2: verb suffixes (Snowball's verb_suffix), tried only when step 1
// removed nothing.
//
// Delete the longest of these suffixes that lies wholly in RV (a longer
// suffix reaching out of RV does not hide a shorter one inside it):
//
//	ammo ando ano are arono asse assero assi assimo ata ate ati ato ava
//	avamo avano avate avi avo emmo enda ende endi endo erà erai eranno ere
//	erebbe erebbero erei eremmo eremo ereste eresti erete erò erono essero
//	ete eva evamo evano evate evi evo iamo immo irà irai iranno ire irebbe
//	irebbero irei iremmo iremo ireste iresti irete irò irono isca iscano
//	isce isci isco iscono issero ita ite iti ito iva ivamo ivano ivate ivi
//	ivo ono uta ute uti uto ar ir
//
// (er is left out on purpose; Snowball's list also has Yamo, which can never
// match lower-cased input, so it is omitted here.)
var verbSuffixes = newSuffixTrie(map[uint8][]string{0: {
	"ammo", "ando", "ano", "are", "arono", "asse", "assero", "assi",
	"assimo", "ata", "ate", "ati", "ato", "ava", "avamo", "avano", "avate",
	"avi", "avo", "emmo", "enda", "ende", "endi", "endo", "erà", "erai",
	"eranno", "ere", "erebbe", "erebbero", "erei", "eremmo", "eremo",
	"ereste", "eresti", "erete", "erò", "erono", "essero", "ete",
	"eva", "evamo", "evano", "evate", "evi", "evo", "iamo", "immo",
	"irà", "irai", "iranno", "ire", "irebbe", "irebbero", "irei",
	"iremmo", "iremo", "ireste", "iresti", "irete", "irò", "irono",
	"isca", "iscano", "isce", "isci", "isco", "iscono", "issero", "ita",
	"ite", "iti", "ito", "iva", "ivamo", "ivano", "ivate", "ivi", "ivo",
	"ono", "uta", "ute", "uti", "uto",
	"ar", "ir",
}})

func step2(w *snowballword.SnowballWord) {
	if n, _, ok := verbSuffixes.longest(w.RS, len(w.RS), w.RVstart); ok {
		w.RemoveLastNRunes(n)
	}
}
