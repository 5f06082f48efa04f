//go:build !tribuna_steps

// Package steps counts the loop steps of the rules of entities and quotes,
// for the tests that check their work grows linearly with the text. Only
// builds with -tags tribuna_steps count; in the others a Counter is empty
// and its methods compile to nothing.
package steps

// Counter counts loop steps; its zero value is ready.
type Counter struct{}

// Add counts k steps.
func (*Counter) Add(int) {}

// N returns the steps counted (always 0 without the tribuna_steps tag).
func (*Counter) N() int { return 0 }

// Counting reports whether this build counts.
const Counting = false
