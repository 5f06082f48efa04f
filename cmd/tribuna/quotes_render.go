package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/eval"
	"github.com/tribuna-nlp/tribuna/quotes"
)

func quoteCount(d *tribuna.Document) int { return len(d.Quotes) }

// speakerNames joins a quote's speakers' canonical names, or says that the
// text names none.
func speakerNames(q quotes.Quote) string {
	if len(q.Speakers) == 0 {
		return "(speaker not named)"
	}
	names := make([]string, len(q.Speakers))
	for i, s := range q.Speakers {
		names[i] = s.Name
	}
	return strings.Join(names, ", ")
}

// attribution is what the summary and the page say after a quote: its
// speakers, cue, addressee and source.
func attribution(q quotes.Quote) string {
	var sb strings.Builder
	sb.WriteString(speakerNames(q))
	var extra []string
	if q.Cue != "" {
		extra = append(extra, q.Cue)
	}
	if q.Addressee != "" {
		extra = append(extra, "a "+q.Addressee)
	}
	if q.Source != "" {
		extra = append(extra, "fonte: "+q.Source)
	}
	if len(extra) > 0 {
		sb.WriteString(" (" + strings.Join(extra, "; ") + ")")
	}
	return sb.String()
}

// ellipsize shortens s to about n bytes on a rune boundary.
func ellipsize(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func writeQuotes(sb *strings.Builder, d *tribuna.Document) {
	if len(d.Quotes) == 0 {
		return
	}
	sb.WriteString("\nQuotes\n")
	for i, q := range d.Quotes {
		open, closing := "«", "»"
		if q.Kind == quotes.Indirect {
			open, closing = "", "" // reported speech has no quotation marks
		}
		fmt.Fprintf(sb, "  %2d. %-8s %s%s%s\n", i+1, q.Kind, open, ellipsize(q.Text, 110), closing)
		fmt.Fprintf(sb, "      — %s\n", attribution(q))
	}
}

// evalQuotes scores the quotes of the whole pipeline on a gold file: JSON
// Lines of {"id","text","quotes"}, or the sample article's single-document
// format when textFile names its text. A FILE.nonspeech.jsonl beside a
// FILE.jsonl lists quotation-mark spans that must not come out as quotes.
func evalQuotes(fh *os.File, name, textFile string, verbose bool, e env) error {
	docs, err := readQuoteGold(fh, name, textFile, e)
	if err != nil {
		return err
	}
	extract := pipelineQuotes(tribuna.New(tribuna.WithSteps(tribuna.StepEntities | tribuna.StepQuotes)))
	printQuoteScores(e.stdout, name, len(docs), eval.ScoreQuotes(docs, extract), verbose)
	nonSpeech := strings.TrimSuffix(name, ".jsonl") + ".nonspeech.jsonl"
	if nf, err := os.Open(nonSpeech); err == nil && textFile == "" {
		defer nf.Close()
		return checkNonSpeech(nf, nonSpeech, docs, extract, e.stdout)
	}
	return nil
}

// readQuoteGold reads the gold documents of fh: JSON Lines, or one document
// whose text is in textFile when it is given.
func readQuoteGold(fh *os.File, name, textFile string, e env) ([]eval.QuoteDoc, error) {
	if textFile == "" {
		return eval.ReadQuoteDocs(fh, name)
	}
	text, err := readText(textFile, e.stdin, nil)
	if err != nil {
		return nil, err
	}
	d, err := eval.ReadQuoteDoc(fh, name, text)
	if err != nil {
		return nil, err
	}
	return []eval.QuoteDoc{d}, nil
}

// pipelineQuotes returns the quotes an finds in a text, with their speakers'
// names, as the scorer reads them.
func pipelineQuotes(an *tribuna.Analyzer) eval.QuoteExtractor {
	return func(text string) []eval.SystemQuote {
		d := an.Analyze(text)
		out := make([]eval.SystemQuote, len(d.Quotes))
		for i, q := range d.Quotes {
			out[i] = eval.SystemQuote{Start: q.Start, End: q.End, Kind: string(q.Kind)}
			for _, s := range q.Speakers {
				out[i].Speakers = append(out[i].Speakers, s.Name)
			}
		}
		return out
	}
}

// printQuoteScores writes the F1 by kind and the speaker accuracies (and,
// verbose, each error) of n documents.
func printQuoteScores(w io.Writer, name string, n int, s eval.QuoteScores, verbose bool) {
	fmt.Fprintf(w, "%s: %d documents\n", name, n)
	for _, k := range []string{"direct", "partial", "indirect"} {
		if p := s.ByKind[k]; p != nil {
			fmt.Fprintf(w, "  %-15s %v\n", k, *p)
		}
	}
	fmt.Fprintf(w, "  %-15s %v\n", "direct+partial", s.DirectPartial)
	fmt.Fprintf(w, "  %-15s speaker accuracy %.2f (%d of %d matched quotes)\n", "direct+partial",
		100*s.SpeakerAccuracy(), s.SpeakerDPCorrect, s.SpeakerDP)
	fmt.Fprintf(w, "  %-15s speaker accuracy %.2f (%d of %d matched quotes)\n", "indirect",
		100*s.IndirectSpeakerAccuracy(), s.SpeakerIndirectCorrect, s.SpeakerIndirect)
	if verbose {
		for _, l := range s.Errors {
			fmt.Fprintln(w, "  "+l)
		}
	}
}

// checkNonSpeech reads the non-speech spans of nf and writes those that
// come out as quotes.
func checkNonSpeech(nf io.Reader, name string, docs []eval.QuoteDoc, extract eval.QuoteExtractor, w io.Writer) error {
	spans, err := eval.ReadNonSpeech(nf, name)
	if err != nil {
		return err
	}
	bad := eval.CheckNonSpeech(docs, spans, extract)
	fmt.Fprintf(w, "  non-speech spans output as quotes: %d of %d (%s)\n", len(bad), len(spans), name)
	for _, b := range bad {
		fmt.Fprintf(w, "    %s %q (%s)\n", b.ID, b.Text, b.Type)
	}
	return nil
}
