//go:build tribuna_steps

package quotes

// steps counts the loop steps of the rules: built with -tags tribuna_steps,
// for the tests of linear time.
type steps struct{ n int }

func (s *steps) add(k int) { s.n += k }
