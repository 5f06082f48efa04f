package quotes

import (
	"strings"
	"sync"
)

// verbFlags say how a speech verb reports.
type verbFlags uint8

const (
	takesChe     verbFlags = 1 << iota // introduces an indirect quote with che (or come)
	takesDi                            // introduces an indirect quote with di + infinitive
	weak                               // a cue only next to the quote (continuare, esordire)
	takesCome                          // come as a complementizer (ribadire come, ricordare come)
	partialOnly                        // judges rather than reports: definire, paragonare, parlare di
	objectChe                          // an object may come before che: ha rassicurato gli alleati che
	thingSubject                       // also said of things (i dati confermano che): a report only with a speaker as subject
	objectSense                        // with a noun object another verb (sostenere Kiev: to support): a cue only before che, di, a colon or the quote
)

// formKind is the grammatical shape of a verb form.
type formKind uint8

const (
	finite formKind = iota
	participle
	gerund
	infinitive
	subjunctive // present subjunctive: in news a dependent verb, not a cue (la visita garantisca che)
)

type verbForm struct {
	lemma string
	kind  formKind
	flags verbFlags
}

// verbSpec lists one speech verb: its infinitive, its flags and the irregular
// stems that the rules cannot derive.
type verbSpec struct {
	inf     string
	flags   verbFlags
	isc     bool     // -ire verb with -isc- (definisce)
	remoto  []string // passato remoto 3sg, 3pl when irregular (disse, dissero)
	part    string   // past participle masculine singular when irregular (detto)
	present []string // present 3sg, 3pl when irregular (dice, dicono)
	extra   []string // any other irregular forms
}

const (
	sayChe  = takesChe | takesDi
	sayCome = takesChe | takesDi | takesCome
)

// speechVerbs is the lexicon of Italian reporting verbs. Forms are generated
// from the infinitive; irregular stems are written out.
var speechVerbs = []verbSpec{
	{inf: "dire", flags: sayChe, remoto: []string{"disse", "dissero"}, part: "detto",
		present: []string{"dice", "dicono"},
		extra:   []string{"diceva", "dicevano", "dirà", "diranno", "direbbe", "direbbero", "dica", "dicano", "dicesse", "dicessero", "dicendo", "dir", "dirgli", "dirle"}},
	{inf: "affermare", flags: sayCome},
	{inf: "dichiarare", flags: sayChe},
	{inf: "aggiungere", flags: sayCome, remoto: []string{"aggiunse", "aggiunsero"}, part: "aggiunto"},
	{inf: "soggiungere", flags: sayChe, remoto: []string{"soggiunse", "soggiunsero"}, part: "soggiunto"},
	{inf: "sottolineare", flags: sayCome | thingSubject},
	{inf: "ribadire", flags: sayCome, isc: true},
	{inf: "precisare", flags: sayCome},
	{inf: "spiegare", flags: sayCome | thingSubject},
	{inf: "annunciare", flags: sayChe | thingSubject},
	{inf: "annunziare", flags: sayChe},
	{inf: "riferire", flags: sayChe, isc: true},
	{inf: "avvertire", flags: sayChe | objectChe},
	{inf: "promettere", flags: takesChe | thingSubject, remoto: []string{"promise", "promisero"}, part: "promesso"},
	{inf: "replicare", flags: sayChe},
	{inf: "ribattere", flags: sayChe},
	{inf: "definire", flags: partialOnly, isc: true},
	{inf: "twittare", flags: sayChe},
	{inf: "scrivere", flags: sayChe, remoto: []string{"scrisse", "scrissero"}, part: "scritto"},
	{inf: "commentare", flags: sayChe},
	{inf: "osservare", flags: sayCome},
	{inf: "ammettere", flags: sayChe, remoto: []string{"ammise", "ammisero"}, part: "ammesso"},
	{inf: "assicurare", flags: sayChe | thingSubject},
	{inf: "rassicurare", flags: sayChe | objectChe},
	{inf: "chiedere", flags: sayChe, remoto: []string{"chiese", "chiesero"}, part: "chiesto"},
	{inf: "domandare", flags: sayChe},
	{inf: "denunciare", flags: sayCome},
	{inf: "rispondere", flags: sayChe, remoto: []string{"rispose", "risposero"}, part: "risposto"},
	{inf: "insistere", flags: sayChe, remoto: []string{"insistette", "insistettero", "insistè"}, part: "insistito"},
	{inf: "concludere", flags: sayChe, remoto: []string{"concluse", "conclusero"}, part: "concluso"},
	{inf: "garantire", flags: takesChe | thingSubject, isc: true},
	{inf: "minacciare", flags: takesChe | thingSubject | takesDi},
	{inf: "ricordare", flags: sayCome | thingSubject},
	{inf: "rivelare", flags: sayChe | thingSubject},
	{inf: "svelare", flags: sayChe},
	{inf: "confermare", flags: sayChe | thingSubject},
	{inf: "negare", flags: sayChe},
	{inf: "sostenere", flags: sayChe | objectSense, remoto: []string{"sostenne", "sostennero"}, part: "sostenuto",
		present: []string{"sostiene", "sostengono"}, extra: []string{"sostenga", "sostengano", "sosterrà", "sosterranno", "sosterrebbe"}},
	{inf: "proporre", flags: sayChe, remoto: []string{"propose", "proposero"}, part: "proposto",
		present: []string{"propone", "propongono"}, extra: []string{"proponeva", "proponevano", "proporrà", "proporranno", "proporrebbe", "proponga", "proponendo"}},
	{inf: "esortare", flags: 0},
	{inf: "accusare", flags: sayChe | objectChe},
	{inf: "avvisare", flags: sayChe | objectChe},
	{inf: "auspicare", flags: sayChe},
	{inf: "raccontare", flags: sayCome},
	{inf: "ripetere", flags: sayChe},
	{inf: "puntualizzare", flags: sayChe},
	{inf: "chiarire", flags: sayChe, isc: true},
	{inf: "esclamare", flags: sayChe},
	{inf: "lamentare", flags: sayChe},
	{inf: "tuonare", flags: sayChe},
	{inf: "incalzare", flags: weak},
	{inf: "continuare", flags: weak},
	{inf: "proseguire", flags: weak},
	{inf: "esordire", flags: weak, isc: true},
	{inf: "ammonire", flags: sayChe | objectChe, isc: true},
	{inf: "suggerire", flags: sayChe | thingSubject, isc: true},
	{inf: "annotare", flags: sayChe},
	{inf: "rilevare", flags: sayChe | thingSubject | objectSense},
	{inf: "evidenziare", flags: sayCome | thingSubject},
	{inf: "rimarcare", flags: sayChe},
	{inf: "segnalare", flags: sayChe | thingSubject},
	{inf: "obiettare", flags: sayChe},
	{inf: "contestare", flags: sayChe},
	{inf: "giurare", flags: sayChe},
	{inf: "scandire", flags: sayChe, isc: true},
	{inf: "specificare", flags: sayChe},
	{inf: "confidare", flags: sayChe},
	{inf: "comunicare", flags: sayChe},
	{inf: "proclamare", flags: sayChe},
	{inf: "predicare", flags: sayChe},
	{inf: "convenire", flags: takesChe, remoto: []string{"convenne", "convennero"}, part: "convenuto",
		present: []string{"conviene", "convengono"}, extra: []string{"converrà", "converrebbe", "convenga"}},
	{inf: "riconoscere", flags: sayChe, remoto: []string{"riconobbe", "riconobbero"}, part: "riconosciuto"},
	{inf: "annunciare", flags: sayChe},
	{inf: "sconsigliare", flags: sayChe},
	{inf: "consigliare", flags: sayChe},
	{inf: "paragonare", flags: partialOnly},
	{inf: "giudicare", flags: partialOnly},
	{inf: "bollare", flags: partialOnly},
	{inf: "parlare", flags: partialOnly},
	{inf: "salutare", flags: partialOnly},
	{inf: "esprimere", flags: partialOnly, remoto: []string{"espresse", "espressero"}, part: "espresso"},
	{inf: "invocare", flags: partialOnly},
	{inf: "rimproverare", flags: partialOnly},
	{inf: "etichettare", flags: partialOnly},
	{inf: "attaccare", flags: weak},
	{inf: "stemperare", flags: weak},
	{inf: "sbottare", flags: weak},
	{inf: "ironizzare", flags: weak},
	{inf: "commentare", flags: sayChe},
	{inf: "rilanciare", flags: weak},
	{inf: "chiosare", flags: weak},
	{inf: "esultare", flags: weak},
	{inf: "scherzare", flags: weak},
	{inf: "gridare", flags: sayChe},
	{inf: "urlare", flags: sayChe},
	{inf: "reclamare", flags: sayChe},
	{inf: "implorare", flags: sayChe},
	{inf: "protestare", flags: sayChe},
	{inf: "sentenziare", flags: sayChe},
	{inf: "profetizzare", flags: sayChe},
	{inf: "confessare", flags: sayChe},
	{inf: "decretare", flags: sayChe},
	{inf: "preannunciare", flags: sayChe},
	{inf: "smentire", flags: sayChe, isc: true},
	{inf: "testimoniare", flags: sayCome},
	{inf: "tranquillizzare", flags: takesChe | objectChe},
	{inf: "informare", flags: sayChe | objectChe},
	{inf: "ipotizzare", flags: sayChe | thingSubject},
	{inf: "pronunciare", flags: 0},
	{inf: "classificare", flags: partialOnly},
	{inf: "qualificare", flags: partialOnly},
	{inf: "descrivere", flags: partialOnly, remoto: []string{"descrisse", "descrissero"}, part: "descritto"},
	{inf: "liquidare", flags: partialOnly},
	{inf: "riportare", flags: sayChe | thingSubject},
	{inf: "disporre", flags: sayChe, remoto: []string{"dispose", "disposero"}, part: "disposto",
		present: []string{"dispone", "dispongono"}, extra: []string{"disponeva", "disponevano", "disporrà", "disporrebbe", "disponendo"}},
}

var lexicon = sync.OnceValue(buildLexicon)

// prefixes holds, for the first two bytes of every form, a mask of the form
// lengths, so that most words are rejected without a map lookup. Words that
// may carry an enclitic (definendolo) pass for every length of 7 or more.
var prefixes = sync.OnceValue(func() *[1 << 16]uint32 {
	var p [1 << 16]uint32
	for f, v := range lexicon() {
		if len(f) < 2 {
			continue
		}
		k := uint16(f[0])<<8 | uint16(f[1])
		p[k] |= 1 << min(len(f), 31)
		if v.kind == gerund || v.kind == infinitive {
			p[k] |= 0xFFFFFF80 // lengths 7 and up
		}
	}
	return &p
})

// speechForm looks a lower-case word up in the lexicon, clitics included (definendolo, dirgli).
func speechForm(w string) (verbForm, bool) {
	if len(w) < 2 || prefixes()[uint16(w[0])<<8|uint16(w[1])]&(1<<min(len(w), 31)) == 0 {
		return verbForm{}, false
	}
	lx := lexicon()
	if f, ok := lx[w]; ok {
		return f, true
	}
	// Enclitic pronouns on gerunds and infinitives: definendolo, dicendogli, definirla.
	if len(w) < 7 {
		return verbForm{}, false
	}
	if k := strings.Index(w, "ndo"); k > 0 && k+3 < len(w) && isEnclitic(w[k+3:]) {
		if f, ok := lx[w[:k+3]]; ok && f.kind == gerund {
			return f, true
		}
	}
	// dirgli, definirla: an r before the clitic.
	if n := len(w); w[n-3] == 'r' || w[n-4] == 'r' || w[n-7] == 'r' {
		for _, c := range enclitics {
			if strings.HasSuffix(w, c) && w[len(w)-len(c)-1] == 'r' {
				if f, ok := lx[w[:len(w)-len(c)]+"e"]; ok && f.kind == infinitive {
					return f, true
				}
			}
		}
	}
	return verbForm{}, false
}

// encliticForm is speechForm for a word that is no form of the lexicon
// itself: a gerund or infinitive with an enclitic, looked up in the lexicon.
func encliticForm(w string) (verbForm, bool) {
	n := len(w)
	if n < 7 || !encliticEnd(w[n-2], w[n-1]) || prefixes()[uint16(w[0])<<8|uint16(w[1])]&(1<<min(n, 31)) == 0 {
		return verbForm{}, false
	}
	// A reflexive is another verb (ricordandosi: remembering), but for
	// dicendosi, dichiarandosi (the subject speaks of itself).
	if hasSuffix(w, "si") && !strings.HasPrefix(w, "dic") && !strings.HasPrefix(w, "dichiar") && !strings.HasPrefix(w, "dir") {
		return verbForm{}, false
	}
	if k := strings.Index(w, "ndo"); k > 0 && k+3 < n && isEnclitic(w[k+3:]) {
		if f, ok := formOf(w[:k+3]); ok && f.kind == gerund {
			return f, true
		}
	}
	if w[n-3] == 'r' || w[n-4] == 'r' || w[n-7] == 'r' {
		for _, c := range enclitics {
			if !strings.HasSuffix(w, c) || w[n-len(c)-1] != 'r' {
				continue
			}
			// The infinitive: the stem before the clitic + e, built on the stack.
			stem := w[:n-len(c)]
			var arr [64]byte
			inf := append(arr[:0], stem...)
			inf = append(inf, 'e')
			if f, ok := formOf(inf); ok && f.kind == infinitive {
				return f, true
			}
		}
	}
	return verbForm{}, false
}

// encliticEnd: a word ending with these two letters may end with an
// enclitic (lo, la, li, le, ne, si, ci, mi, ti, vi; gli, glielo, gliela too).
func encliticEnd(a, b byte) bool {
	switch a {
	case 'l':
		return b == 'o' || b == 'a' || b == 'i' || b == 'e'
	case 'n':
		return b == 'e'
	case 's', 'c', 'm', 't', 'v':
		return b == 'i'
	}
	return false
}

var enclitics = []string{"lo", "la", "li", "le", "gli", "ne", "si", "glielo", "gliela", "ci", "mi", "ti", "vi"}

func isEnclitic(s string) bool {
	for _, c := range enclitics {
		if s == c {
			return true
		}
	}
	return false
}

func buildLexicon() map[string]verbForm {
	m := make(map[string]verbForm, len(speechVerbs)*40)
	for _, v := range speechVerbs {
		add := func(kind formKind, forms ...string) {
			for _, f := range forms {
				if _, dup := m[f]; !dup {
					m[f] = verbForm{lemma: v.inf, kind: kind, flags: v.flags}
				}
			}
		}
		for _, f := range conjugate(v) {
			add(f.kind, f.form)
		}
	}
	return m
}

type conjForm struct {
	form string
	kind formKind
}

// conjugate derives the forms of a verb that news reporting uses: present,
// imperfect, passato remoto, future, conditional and subjunctive in the third
// persons (and first persons of the present), gerund, infinitive and the four
// past participles. It is long on purpose: one table of endings per
// conjugation and tense, read top to bottom like a grammar's paradigm;
// split, the paradigm would be scattered. It runs once, at package init.
func conjugate(v verbSpec) []conjForm {
	var out []conjForm
	fin := func(fs ...string) {
		for _, f := range fs {
			out = append(out, conjForm{f, finite})
		}
	}
	subj := func(fs ...string) {
		for _, f := range fs {
			out = append(out, conjForm{f, subjunctive})
		}
	}
	inf := v.inf
	out = append(out, conjForm{inf, infinitive}, conjForm{strings.TrimSuffix(inf, "e"), infinitive})
	if len(inf) < 4 {
		return out
	}
	stem, class := inf[:len(inf)-3], inf[len(inf)-3:]
	if v.inf == "dire" {
		stem, class = "dic", "ere"
	}
	if class != "are" && class != "ere" && class != "ire" {
		// proporre and the like: only the forms written out.
		class = ""
	}
	// Future/conditional stem: -are verbs take -er-; -care/-gare keep the hard
	// sound (replicherà), -ciare/-giare drop the i (annuncerà).
	futStem := ""
	switch class {
	case "are":
		s := stem
		switch {
		case strings.HasSuffix(s, "c") || strings.HasSuffix(s, "g"):
			s += "h"
		case strings.HasSuffix(s, "ci") || strings.HasSuffix(s, "gi"):
			s = s[:len(s)-1]
		}
		futStem = s + "er"
	case "ere", "ire":
		futStem = inf[:len(inf)-1]
	}
	if v.inf == "dire" {
		futStem = "dir"
	}
	subjStem := stem
	if class == "are" && (strings.HasSuffix(stem, "c") || strings.HasSuffix(stem, "g")) {
		subjStem += "h"
	}
	if class == "are" && strings.HasSuffix(stem, "i") {
		subjStem = stem[:len(stem)-1]
	}
	if futStem != "" {
		fin(futStem+"à", futStem+"anno", futStem+"ebbe", futStem+"ebbero")
	}
	switch class {
	case "are":
		fin(stem+"a", stem+"ano",
			stem+"ava", stem+"avano",
			stem+"ò", stem+"arono",
			stem+"asse", stem+"assero")
		subj(subjStem+"i", subjStem+"ino")
		out = append(out, conjForm{stem + "ando", gerund})
		if v.part == "" {
			v.part = stem + "ato"
		}
	case "ere":
		fin(stem+"eva", stem+"evano",
			stem+"esse", stem+"essero")
		if v.present == nil {
			fin(stem+"e", stem+"ono")
			subj(stem+"a", stem+"ano")
		}
		if v.remoto == nil {
			fin(stem+"é", stem+"ette", stem+"erono", stem+"ettero")
		}
		out = append(out, conjForm{stem + "endo", gerund})
		if v.part == "" {
			v.part = stem + "uto"
		}
	case "ire":
		if v.isc {
			fin(stem+"isce", stem+"iscono")
			subj(stem+"isca", stem+"iscano")
		} else if v.present == nil {
			fin(stem+"e", stem+"ono")
			subj(stem+"a", stem+"ano")
		}
		fin(stem+"iva", stem+"ivano",
			stem+"ì", stem+"irono",
			stem+"isse", stem+"issero")
		out = append(out, conjForm{stem + "endo", gerund})
		if v.part == "" {
			v.part = stem + "ito"
		}
	}
	fin(v.present...)
	fin(v.remoto...)
	for _, f := range v.extra {
		k := finite
		switch {
		case strings.HasSuffix(f, "ndo"):
			k = gerund
		case irregularSubjunctives[f]:
			k = subjunctive
		case strings.HasSuffix(f, "re") || f == "dir" || f == "dirgli" || f == "dirle":
			k = infinitive
		}
		out = append(out, conjForm{f, k})
	}
	p := v.part[:len(v.part)-1]
	for _, e := range []string{"o", "a", "i", "e"} {
		out = append(out, conjForm{p + e, participle})
	}
	return out
}

var irregularSubjunctives = set("dica", "dicano", "sostenga", "sostengano", "proponga", "propongano", "convenga", "convengano")
