package quotes_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna"
)

// TestAnalyzerRoleSpeakerID: through the Analyzer, a speaker named by a
// role phrase is written as the text writes it and carries the ID of the
// Document.Roles mention at the same span, resolved at the document's date.
func TestAnalyzerRoleSpeakerID(t *testing.T) {
	a := tribuna.New(tribuna.WithDate(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)))
	d := a.Analyze("«Serve più coraggio», ha detto la segretaria dem.")
	require.Len(t, d.Quotes, 1)
	q := d.Quotes[0]
	require.Len(t, q.Speakers, 1)
	require.NotNil(t, q.Mention)
	var role string
	for _, r := range d.Roles {
		if r.Start == q.Mention.Start && r.End == q.Mention.End && r.Entry != nil {
			role = r.Entry.ID
		}
	}
	require.NotEmpty(t, role, "the role mention resolves: %+v", d.Roles)
	assert.Equal(t, "la segretaria dem", q.Speakers[0].Name)
	assert.Equal(t, role, q.Speakers[0].ID)
}
