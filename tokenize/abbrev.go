package tokenize

import "strings"

// defaultAbbreviations lists Italian (and a few English and Latin)
// abbreviations that keep their period and never end a sentence. Keys are
// lower case without the final period. Words that are also ordinary Italian
// words (ed, fra, mar, all) are left out on purpose: a sentence may end with
// them.
var defaultAbbreviations = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, a := range strings.Fields(`
on on.le sen dep sott sottosegr pres vicepres min cons segr seg
dott dott.ssa dr prof prof.ssa sig sigg sig.ra sig.na sigra signa
ing avv arch geom rag ragg mons card rev p.s s.e s.s
gen col magg cap ten serg mar.llo brig cav comm uff gr.uff cav.uff
egr gent gent.mo gent.ma ill ill.mo spett ecc.mo
ecc etc art artt pag pagg cfr vd es ess fig figg tab tabb par parr
cit op ibid ibd id vol voll n nn nr num tel cell fax ca cca c.a
p pp v vs l s ss sgg segg lett sez tit cost reg dir prot rif ult all.to
d.lgs dlgs d.l d.p.r d.p.c.m d.m g.u c.c c.p c.p.c c.p.p t.u l.r
s.p.a s.r.l s.n.c s.a.s s.a soc coop ass dip amm prov com loc fraz
v.le p.zza p.za c.so l.go str
gen feb apr giu lug ago ott nov dic
a.c d.c p.es ad.es n.d.r ndr n.d.t n.b nb
mr mrs ms jr sr st inc ltd corp co e.g i.e
pt distr rep sec secc mld mln mrd
`) {
		m[a] = struct{}{}
	}
	return m
}()

// abbrevShapes holds, for each first byte, a bit for each length of the
// default abbreviations that start with it: most words at a period are
// ruled out without a map lookup.
var abbrevShapes = func() (shapes [256]uint32) {
	for a := range defaultAbbreviations {
		if len(a) <= maxAbbrevLen {
			shapes[a[0]] |= 1 << len(a)
		}
	}
	return shapes
}()

// DefaultAbbreviations returns a copy of the built-in abbreviation list,
// each with its final period ("sen.", "dott.ssa.").
func DefaultAbbreviations() []string {
	out := make([]string, 0, len(defaultAbbreviations))
	for a := range defaultAbbreviations {
		out = append(out, a+".")
	}
	return out
}

// abbrevKey normalizes a user abbreviation: lower case, no final period.
func abbrevKey(a string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSpace(a), "."))
}

// maxAbbrevLen bounds the words looked up as abbreviations, so that the
// lookup can lower-case into a stack buffer.
const maxAbbrevLen = 24

// isAbbrev reports whether word (without its final period) is an
// abbreviation for t. It does not allocate.
func (t *Tokenizer) isAbbrev(word string) bool {
	if len(word) == 0 || len(word) > maxAbbrevLen {
		return false
	}
	var buf [maxAbbrevLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	key := buf[:len(word)]
	if abbrevShapes[key[0]]&(1<<len(key)) != 0 {
		if _, ok := defaultAbbreviations[string(key)]; ok {
			return true
		}
	}
	if t != nil && t.abbrevs != nil {
		_, ok := t.abbrevs[string(key)]
		return ok
	}
	return false
}
