package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// The common-word test: a one-word name that is also an Italian word
// (Calcio, Bella, Sale, Vita are comuni; Azione, Lega are parties) is a
// name only with evidence, so the generator leaves such names out or marks
// them cap. Italian words are those of the Snowball vocabulary
// (stem/testdata/voc.txt, lower-case words of Italian texts) and the given
// names are those of entities/data/given_names.txt and those given to at
// least minGivenWeight people in ISTAT's records (sources/names); words that the hand-written entries name are
// never common words (Roma and Milano are in the vocabulary too).

const minGivenWeight = 10

func (g *gen) loadWords() error {
	if g.vocab != nil {
		return nil
	}
	g.vocab, g.given = map[string]bool{}, map[string]bool{}
	f, err := os.Open(filepath.Join(g.dir, "..", "stem", "testdata", "voc.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			g.vocab[word.Fold(w)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	b, err := os.ReadFile(filepath.Join(g.dir, "..", "entities", "data", "given_names.txt"))
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			name, _, _ := strings.Cut(line, "\t")
			g.given[word.Fold(strings.TrimSpace(name))] = true
		}
	}
	itemRE := regexp.MustCompile(`\{value:"([^"]+)",weight:(\d+)\}`)
	for _, p := range []string{"male-first-names.mjs", "female-first-names.mjs"} {
		b, err := os.ReadFile(filepath.Join(g.dir, "sources", "names", p))
		if err != nil {
			return err
		}
		for _, m := range itemRE.FindAllStringSubmatch(string(b), -1) {
			if w, _ := strconv.Atoi(m[2]); w >= minGivenWeight && !strings.Contains(m[1], " ") {
				g.given[word.Fold(m[1])] = true
			}
		}
	}
	return nil
}

// commonWord reports a one-word name that is an Italian word or a given
// name, and that no curated entry answers to.
func (g *gen) commonWord(name string) bool {
	k := word.Fold(name)
	if strings.ContainsAny(k, " -'") || g.curated["\x00"+k] {
		return false
	}
	return g.vocab[k] || g.given[k]
}

// takenByOther reports a name a curated entry of another type answers to
// (Amato is Giuliano Amato's, not the comune's).
func (g *gen) takenByOther(t, name string) bool {
	k := word.Fold(name)
	return g.curated["\x00"+k] && !g.curated[t+"\x00"+k]
}

// latin reports a name written in the Latin script (other scripts do not
// occur in Italian text).
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return s != ""
}
