// Package eval reads the evaluation data sets (UD CoNLL-U, KIND TSV, quote
// JSON Lines) and scores the packages against them. It backs `tribuna eval`.
package eval

import "fmt"

// PRF counts matches between a system output and a gold standard.
type PRF struct {
	Gold, System, Correct int
}

// Add accumulates another count into p.
func (p *PRF) Add(q PRF) {
	p.Gold += q.Gold
	p.System += q.System
	p.Correct += q.Correct
}

// Precision is Correct/System, 0 when nothing was output.
func (p PRF) Precision() float64 { return ratio(p.Correct, p.System) }

// Recall is Correct/Gold, 0 when the gold is empty.
func (p PRF) Recall() float64 { return ratio(p.Correct, p.Gold) }

// ratio is n/d, 0 when d is 0.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, re := p.Precision(), p.Recall()
	if pr+re == 0 {
		return 0
	}
	return 2 * pr * re / (pr + re)
}

// String formats the scores as percentages: "P 99.12 R 98.70 F1 98.91 (gold 100, system 99, correct 98)".
func (p PRF) String() string {
	return fmt.Sprintf("P %6.2f  R %6.2f  F1 %6.2f  (gold %d, system %d, correct %d)",
		100*p.Precision(), 100*p.Recall(), 100*p.F1(), p.Gold, p.System, p.Correct)
}
