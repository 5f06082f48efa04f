package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRoleStartsOpenEveryRolePhrase(t *testing.T) {
	starts := RoleStarts()
	for _, w := range []string{"presidente", "omologo", "capo", "primo", "santo", "ministro", "ministra"} {
		assert.Contains(t, starts, w)
	}
	assert.NotContains(t, starts, "il")
	assert.IsIncreasing(t, starts)
	starts[0] = "changed"
	assert.NotContains(t, RoleStarts(), "changed", "RoleStarts returns a copy")
}
