package main

import (
	"fmt"
	"os"
	"time"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/eval"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

const evalUsage = `Usage: tribuna eval ud|kind|quotes|entities [flags] FILE...

  ud      token and sentence precision/recall/F1 on UD CoNLL-U files (CoNLL 2018
          shared task: spans compared by offsets; documents of %d sentences
          joined by a space, so boundaries must be found)
  kind    PER/LOC/ORG exact-span precision/recall/F1 on KIND TSV files (documents
          of 10 sentences joined by a space, as users meet text; -sentences and
          -newline change that: -sentences 100 -newline is the older grouping)
  quotes  quote span F1 by kind and speaker accuracy on quote JSON Lines files
  entities  PER/LOC/ORG exact-span F1 (demonyms left out), linking (canonical
          name and Wikidata id), demonyms and role mentions on entity JSON Lines
          files ({"id","text","date","entities","roles"}, each paragraph
          analyzed at its date)

Flags may come before or after the files.

Flags:
`

// evalFlags are the flags of the evaluations.
type evalFlags struct {
	strong, verbose, metonymy, generic, titles, newline bool
	sentences                                           int
	textFile, nerModel                                  string
}

func newEvalCommand(what string, f *evalFlags) *command {
	c := newCommand("eval "+what, fmt.Sprintf(evalUsage, eval.UDSentencesPerDocument))
	fs := c.fs
	fs.BoolVar(&f.strong, "strong", false, "ud: split sentences only at . ! ? … (not at : and ;)")
	fs.BoolVar(&f.verbose, "v", false, "kind, quotes, entities: list the errors")
	fs.BoolVar(&f.metonymy, "metonymy", true, "kind: a listed place used as an actor (l'Italia ha firmato) is an ORG, as KIND annotates it")
	fs.BoolVar(&f.generic, "generic", false, "kind: common nouns of institutions that stand for one (il governo) are ORG mentions, as KIND's news part annotates them")
	fs.BoolVar(&f.titles, "titles", true, "kind: the institution an office's title names (il presidente del Consiglio) is an ORG, as KIND annotates it")
	fs.IntVar(&f.sentences, "sentences", eval.KINDDocSentences, "kind: sentences per document")
	fs.BoolVar(&f.newline, "newline", false, "kind: join a document's sentences by newlines instead of a space")
	fs.StringVar(&f.nerModel, "ner-model", "", "kind: find entities with the trained tagger in `file` (tribuna train ner)")
	fs.StringVar(&f.textFile, "text", "", "quotes: the text `FILE` of a single-document gold file (gold/article.quotes.json)")
	return c
}

func runEval(args []string, e env) int {
	if len(args) == 0 {
		fmt.Fprintf(e.stderr, "tribuna eval: which evaluation? (want ud, kind, quotes or entities)\n\n")
		fmt.Fprintf(e.stderr, evalUsage, eval.UDSentencesPerDocument)
		return 2
	}
	what := args[0]
	var f evalFlags
	c := newEvalCommand(what, &f)
	switch what {
	case "ud", "kind", "quotes", "entities":
	case "-h", "-help", "--help", "help":
		c.parse([]string{"-h"}, e)
		return 0
	default:
		fmt.Fprintf(e.stderr, "tribuna eval: unknown evaluation %q (want ud, kind, quotes or entities)\n", what)
		return 2
	}
	files, status, stop := c.parse(args[1:], e)
	if stop {
		return status
	}
	if len(files) == 0 {
		fmt.Fprintf(e.stderr, "tribuna eval %s: no FILE given\n", what)
		return 2
	}
	tagger, err := loadTagger(f.nerModel)
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
		return 1
	}
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %s: cannot read: %v\n", name, unwrapPath(err))
			status = 1
			continue
		}
		switch what {
		case "ud":
			err = evalUD(fh, name, f.strong, e)
		case "kind":
			grouping := eval.KINDGrouping{Sentences: f.sentences, Sep: " "}
			if f.newline {
				grouping.Sep = "\n"
			}
			err = evalKIND(fh, name, []entities.Option{entities.Metonymy(f.metonymy), entities.Generic(f.generic), entities.TitleInstitutions(f.titles)}, tagger, grouping, f.verbose, e)
		case "quotes":
			err = evalQuotes(fh, name, f.textFile, f.verbose, e)
		case "entities":
			err = evalEntities(fh, name, f.verbose, e)
		}
		fh.Close()
		if err != nil {
			fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
			status = 1
		}
	}
	return status
}

func evalUD(fh *os.File, name string, strong bool, e env) error {
	var opts []tokenize.Option
	if strong {
		opts = append(opts, tokenize.WithStrongBreaksOnly())
	}
	tk := tokenize.New(opts...)
	res, err := eval.EvaluateUD(fh, name, func(text string) (toks, sents []eval.Span) {
		for _, s := range tk.Sentences(text) {
			sents = append(sents, eval.Span{Start: s.Start, End: s.End})
			for _, t := range s.Tokens {
				toks = append(toks, eval.Span{Start: t.Start, End: t.End})
			}
		}
		return toks, sents
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, res)
	return nil
}

func evalKIND(fh *os.File, name string, opts []entities.Option, tagger *entities.Tagger, grouping eval.KINDGrouping, verbose bool, e env) error {
	g := entities.Default().Reading(opts...).WithTagger(tagger)
	res, err := eval.EvaluateKIND(fh, name, func(text string) []eval.TypedSpan {
		var out []eval.TypedSpan
		for _, m := range g.Find(text, tokenize.Tokens(text)) {
			if m.Via == entities.ViaDemonym {
				continue
			}
			out = append(out, eval.TypedSpan{Start: m.Start, End: m.End, Type: string(m.Type)})
		}
		return out
	}, grouping)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, res)
	if verbose {
		for _, m := range res.Missed {
			fmt.Fprintf(e.stdout, "missed   %v\n", m)
		}
		for _, m := range res.Spurious {
			fmt.Fprintf(e.stdout, "spurious %v\n", m)
		}
	}
	return nil
}

// evalEntities scores entities, their links, demonyms and role mentions on an
// entity gold file, each paragraph analyzed at its date.
func evalEntities(fh *os.File, name string, verbose bool, e env) error {
	docs, err := eval.ReadEntityDocs(fh, name)
	if err != nil {
		return err
	}
	res := eval.ScoreEntities(name, docs, entityAnalyzer(tribuna.New(tribuna.WithSteps(tribuna.StepEntities|tribuna.StepRoles))))
	fmt.Fprint(e.stdout, res)
	if verbose {
		for _, m := range res.Errors {
			fmt.Fprintln(e.stdout, m)
		}
	}
	return nil
}

// entityAnalyzer gives eval the entities and role mentions an finds in a
// text at a date.
func entityAnalyzer(an *tribuna.Analyzer) eval.EntityAnalyzer {
	return func(text string, date time.Time) ([]eval.SystemEntity, []eval.SystemRole) {
		d := an.AnalyzeAt(text, date)
		ents := make([]eval.SystemEntity, len(d.Entities))
		for i, m := range d.Entities {
			ents[i] = eval.SystemEntity{Start: m.Start, End: m.End, Type: string(m.Type), Name: m.Entry.Name, ID: m.Entry.ID, Via: m.Via.String()}
		}
		roles := make([]eval.SystemRole, len(d.Roles))
		for i, m := range d.Roles {
			roles[i] = eval.SystemRole{Start: m.Start, End: m.End, Name: m.Entry.Name, ID: m.Entry.ID, Resolved: m.Entry.ID != ""}
		}
		return ents, roles
	}
}
