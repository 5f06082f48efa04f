//go:build tribuna_steps

package steps

// Counter counts loop steps; its zero value is ready.
type Counter struct{ n int }

// Add counts k steps.
func (c *Counter) Add(k int) { c.n += k }

// N returns the steps counted.
func (c *Counter) N() int { return c.n }

// Counting reports whether this build counts.
const Counting = true
