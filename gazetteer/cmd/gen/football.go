package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
)

// addClubs reads openfootball's Italian clubs: a line "Name, [year,] City"
// starts a club, lines "| alias | alias" give its other names (those
// tagged with another language, [de], are left out). A name that is its
// city's (Roma, Lazio) or that a curated entry of another type answers to
// is left out: the matcher's metonymy reading makes la Roma a team.
func (g *gen) addClubs() error {
	f, err := os.Open(filepath.Join(g.dir, "sources", "openfootball", "it.clubs.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	var cur *entities.Entry
	flush := func() {
		if cur != nil && cur.Name != "" {
			g.add("openfootball", *cur)
		}
		cur = nil
	}
	ok := func(n string) bool {
		return n != "" && !strings.Contains(n, "[") && !strings.HasSuffix(n, ".") && !g.takenByOther("ORG", n) && !g.commonWord(n)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "##"); i >= 0 {
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		switch {
		case t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "=") || strings.HasPrefix(t, "::"):
			continue
		case strings.HasPrefix(t, "|"):
			if cur == nil {
				continue
			}
			for _, a := range strings.Split(t, "|") {
				if a = strings.TrimSpace(a); ok(a) && a != cur.Name {
					cur.Aliases = append(cur.Aliases, a)
				}
			}
		default:
			flush()
			parts := strings.Split(t, ",")
			name := strings.TrimSpace(parts[0])
			cur = &entities.Entry{Type: entities.ORG}
			if ok(name) {
				cur.Name = name
			}
		}
		if cur != nil && cur.Name == "" && len(cur.Aliases) > 0 {
			cur.Name, cur.Aliases = cur.Aliases[0], cur.Aliases[1:]
		}
	}
	flush()
	return sc.Err()
}
