package tribuna

import (
	"sort"

	"github.com/tribuna-nlp/tribuna/entities"
)

// Include selects the mentions that Mentions and Counts take beyond the
// mentions by name.
type Include uint8

// What Mentions and Counts may include.
const (
	// IncludeDemonyms takes demonyms as mentions of their place (il
	// governo italiano → Italia). They say where someone or something is
	// from rather than name the place, hence they are left out by default.
	IncludeDemonyms Include = 1 << iota
	// IncludeRoles takes role mentions as mentions of their person (la
	// premier → Giorgia Meloni). A role whose holder is not known (its
	// Entry has an empty ID) names no one and is left out.
	IncludeRoles
)

// Mentions returns the mentions of d in text order: the Entities mentioned
// by name, alias, rule or coreference, and with inc the demonyms and the
// role mentions. Role mentions overlap the others (il presidente cinese holds
// the demonym cinese); a role mention comes before the mentions inside it.
func (d *Document) Mentions(inc Include) []entities.Mention {
	out := make([]entities.Mention, 0, len(d.Entities)+len(d.Roles))
	for _, m := range d.Entities {
		if m.Via != entities.ViaDemonym || inc&IncludeDemonyms != 0 {
			out = append(out, m)
		}
	}
	if inc&IncludeRoles != 0 && len(d.Roles) > 0 {
		for _, m := range d.Roles {
			if m.Entry != nil && m.Entry.ID != "" {
				out = append(out, m)
			}
		}
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Start != out[j].Start {
				return out[i].Start < out[j].Start
			}
			return out[i].End > out[j].End
		})
	}
	return out
}

// Count is how often a document mentions one entry.
type Count struct {
	Entry    *entities.Entry // its canonical Name, Type and ID
	Mentions int             // mentions of it in the document
	First    int             // byte offset of the first mention
}

// Counts returns each entry that d mentions (as Mentions(inc) selects the
// mentions) with its number of mentions, most mentioned first and, among
// equals, first mentioned first. Entries are told apart by identity, not by
// name: Napoli the city and the club are two.
func (d *Document) Counts(inc Include) []Count {
	at := map[*entities.Entry]int{}
	var out []Count
	for _, m := range d.Mentions(inc) {
		i, ok := at[m.Entry]
		if !ok {
			i = len(out)
			at[m.Entry] = i
			out = append(out, Count{Entry: m.Entry, First: m.Start})
		}
		out[i].Mentions++
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions > out[j].Mentions })
	return out
}
