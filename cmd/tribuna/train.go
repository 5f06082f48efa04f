package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
)

const trainUsage = `Usage: tribuna train ner [-o MODEL] [-dev FILE | -holdout 0.1] [-iter N] [-seed S] [-weight FILE=N] FILE...

Trains the entity tagger on token<TAB>tag files (KIND/CoNLL style: tags O,
PER, LOC, ORG, or with B- and I- prefixes; a blank line between sentences)
and writes the model that 'tribuna analyze -ner-model MODEL' and 'tribuna
eval kind -ner-model MODEL' use. A progress line per pass goes to standard
error; the same data and flags give the same model. A model carries the
license of its training data: one trained on KIND (CC BY-NC 4.0) may only
be used non-commercially. With training files of several domains, -weight
gives more weight to one that the data holds less of (the domain of the
text to be tagged): -weight degasperi.tsv=2 trains on each of its documents
twice a pass, as if the file were given twice.

Flags:
`

// trainFlags are the flags of train ner.
type trainFlags struct {
	out, dev, scheme, note          string
	holdout                         float64
	iter, patience, minCount, onlyO int
	seed                            int64
	metonymy, generic               bool
	gazetteers                      fileList
	weights                         fileList // FILE=N
}

func newTrainCommand(f *trainFlags) *command {
	c := newCommand("train ner", trainUsage)
	fs := c.fs
	fs.StringVar(&f.out, "o", "ner.model", "the model `file` to write")
	fs.StringVar(&f.dev, "dev", "", "development data `file` for early stopping (default: -holdout of the training documents)")
	fs.Float64Var(&f.holdout, "holdout", 0.1, "the `fraction` of the training documents (10 sentences each, chosen by -seed) kept aside for early stopping when -dev is not given; 0: none, train -iter passes")
	fs.IntVar(&f.iter, "iter", 20, "passes over the training data at most")
	fs.IntVar(&f.patience, "patience", 3, "passes without a better development F1 that end the training")
	fs.Int64Var(&f.seed, "seed", 1, "the seed of the held-out documents and of the order of the sentences")
	fs.StringVar(&f.scheme, "scheme", "BILOU", "tag scheme: BILOU or BIO")
	fs.IntVar(&f.minCount, "min-count", 2, "features seen fewer times in the training data are left out")
	fs.IntVar(&f.onlyO, "only-o", 20, "the tag dictionary: a word written in lower case at least `N` times and never inside a span is always O (0: none)")
	fs.StringVar(&f.note, "note", "", "what the model was trained on and under which license, stored in it (default: the file names)")
	fs.BoolVar(&f.metonymy, "metonymy", false, "gazetteer features: a listed place used as an actor is an ORG")
	fs.BoolVar(&f.generic, "generic", false, "gazetteer features: common nouns of institutions (il governo) are ORG mentions")
	fs.Var(&f.weights, "weight", "`FILE=N`: each document of the training FILE counts N times in each pass (repeatable)")
	fs.Var(&f.gazetteers, "g", "a gazetteer `FILE` merged into the default one for the gazetteer features (repeatable)")
	return c
}

// runTrain runs train ner: it reads the training data, trains the tagger
// and writes the model.
func runTrain(args []string, e env) int {
	if len(args) == 0 || args[0] != "ner" {
		return trainUsageOnly(args, e)
	}
	var f trainFlags
	files, status, stop := newTrainCommand(&f).parse(args[1:], e)
	if stop {
		return status
	}
	if len(files) == 0 {
		fmt.Fprintln(e.stderr, "tribuna train ner: no FILE given")
		return 2
	}
	if f.holdout < 0 || f.holdout >= 1 {
		fmt.Fprintf(e.stderr, "tribuna train ner: -holdout %v: want a fraction in [0, 1)\n", f.holdout)
		return 2
	}
	weights, err := parseWeights(f.weights, files)
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna train ner: %v\n", err)
		return 2
	}
	g, ok := loadGazetteers(f.gazetteers, true, e)
	if !ok {
		return 1
	}
	train, dev, err := trainingData(files, weights, f)
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
		return 1
	}
	if f.note == "" {
		f.note = "trained with tribuna train ner on " + strings.Join(files, ", ") +
			"; the model carries the license of that data"
	}
	fmt.Fprintf(e.stderr, "tribuna train ner: %d training documents, %d development documents\n", len(train), len(dev))
	t, err := entities.TrainTagger(g, train, dev, f.options(len(dev) > 0, e.stderr))
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna train ner: %v\n", err)
		return 1
	}
	return writeModel(t, f.out, e)
}

// trainUsageOnly answers train without ner: the usage on standard output
// when it is asked for (status 0), else on standard error (status 2).
func trainUsageOnly(args []string, e env) int {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help") {
		fmt.Fprint(e.stdout, trainUsage)
		return 0
	}
	fmt.Fprint(e.stderr, trainUsage)
	return 2
}

// parseWeights reads the -weight flags: FILE=N, FILE one of the training
// files and N a whole number from 1 to 100.
func parseWeights(flags []string, files []string) (map[string]int, error) {
	w := map[string]int{}
	for _, fl := range flags {
		i := strings.LastIndexByte(fl, '=')
		if i < 0 {
			return nil, fmt.Errorf("-weight %s: want FILE=N", fl)
		}
		name := fl[:i]
		n, err := strconv.Atoi(fl[i+1:])
		if err != nil || n < 1 || n > 100 {
			return nil, fmt.Errorf("-weight %s: want a whole number N from 1 to 100", fl)
		}
		if !slices.Contains(files, name) {
			return nil, fmt.Errorf("-weight %s: %s is not one of the training files", fl, name)
		}
		w[name] = n
	}
	return w, nil
}

// trainingData reads the training files, each document weighted by
// weights (by file name), and the development data: the -dev file, or else
// the -holdout fraction of the training documents.
func trainingData(files []string, weights map[string]int, f trainFlags) (train, dev []entities.Annotated, err error) {
	for _, name := range files {
		docs, err := readAnnotated(name)
		if err != nil {
			return nil, nil, err
		}
		for i := range docs {
			docs[i].Weight = weights[name]
		}
		train = append(train, docs...)
	}
	switch {
	case f.dev != "":
		if dev, err = readAnnotated(f.dev); err != nil {
			return nil, nil, err
		}
	case f.holdout > 0:
		train, dev = splitDocuments(train, f.holdout, f.seed)
	}
	return train, dev, nil
}

// options are the training options of the flags; a progress line per pass
// goes to progress (with the development scores when there is development
// data).
func (f *trainFlags) options(withDev bool, progress io.Writer) entities.TrainOptions {
	return entities.TrainOptions{
		Scheme: f.scheme, Iterations: f.iter, Patience: f.patience, Seed: f.seed, MinCount: f.minCount, OnlyO: onlyO(f.onlyO),
		Reading: []entities.Option{entities.Metonymy(f.metonymy), entities.Generic(f.generic)}, Note: f.note,
		Progress: func(ep entities.Epoch) {
			line := fmt.Sprintf("pass %d/%d: %d of %d units wrong (%.2f%%)", ep.N, f.iter, ep.Errors, ep.Units,
				100*float64(ep.Errors)/float64(max(ep.Units, 1)))
			if withDev {
				line += fmt.Sprintf(", dev P %.2f R %.2f F1 %.2f", 100*ep.Dev.Precision(), 100*ep.Dev.Recall(), 100*ep.Dev.F1())
				if ep.Best {
					line += " (best)"
				}
			}
			fmt.Fprintf(progress, "%s, %.1fs\n", line, ep.Elapsed.Seconds())
		},
	}
}

// writeModel writes the model t to the file out and says so.
func writeModel(t *entities.Tagger, out string, e env) int {
	var buf bytes.Buffer
	if _, err := t.WriteTo(&buf); err != nil {
		fmt.Fprintf(e.stderr, "tribuna train ner: %v\n", err)
		return 1
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(e.stderr, "tribuna: %s: cannot write: %v\n", out, unwrapPath(err))
		return 1
	}
	info := t.Info()
	fmt.Fprintf(e.stderr, "tribuna train ner: wrote %s (%s, %d features, %d bytes)\n", out, info.Scheme, info.Features, buf.Len())
	return 0
}

// readAnnotated reads one training file; errors name it.
func readAnnotated(name string) ([]entities.Annotated, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", name, unwrapPath(err))
	}
	defer fh.Close()
	docs, err := entities.ReadAnnotated(fh, name)
	if err == nil && len(docs) == 0 {
		err = errors.New(name + ": no sentences")
	}
	return docs, err
}

// splitDocuments keeps aside a fraction of the documents, chosen by seed.
func splitDocuments(docs []entities.Annotated, frac float64, seed int64) (train, dev []entities.Annotated) {
	idx := rand.New(rand.NewSource(seed)).Perm(len(docs))
	nd := int(frac*float64(len(docs)) + 0.5)
	if nd == 0 && len(docs) > 1 {
		nd = 1
	}
	aside := make([]bool, len(docs))
	for _, i := range idx[:nd] {
		aside[i] = true
	}
	for i, d := range docs {
		if aside[i] {
			dev = append(dev, d)
		} else {
			train = append(train, d)
		}
	}
	return train, dev
}

// loadTagger reads the model file name; "" is no model (nil).
func loadTagger(name string) (*entities.Tagger, error) {
	if name == "" {
		return nil, nil
	}
	fh, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", name, unwrapPath(err))
	}
	defer fh.Close()
	t, err := entities.LoadTagger(bufio.NewReader(fh))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}

// onlyO maps the -only-o flag to TrainOptions.OnlyO (0 there is the default).
func onlyO(n int) int {
	if n <= 0 {
		return -1
	}
	return n
}
