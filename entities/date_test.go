package entities

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Date
	}{
		{"", 0}, {"2022", 20220000}, {"2022-10", 20221000}, {"2022-10-22", 20221022}, {"0999-01-01", 9990101},
	} {
		d, err := ParseDate(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, d, tc.in)
		assert.Equal(t, tc.in, d.String(), "round trip")
	}
	for _, in := range []string{"22", "2022-13", "2022-00-01", "2022-1-1", "2022/10/22", "+202", "abcd", "2022-10-32", "0000"} {
		_, err := ParseDate(in)
		assert.Error(t, err, in)
	}
	assert.Equal(t, Date(20221022), DateOf(time.Date(2022, 10, 22, 23, 0, 0, 0, time.UTC)))
	assert.Equal(t, Date(0), DateOf(time.Time{}))
	assert.Equal(t, 2022, Date(20221022).Year())
	assert.Equal(t, 10, Date(20221022).Month())
	assert.Equal(t, 22, Date(20221022).Day())
}

func TestRoleHeldOn(t *testing.T) {
	years := Role{Name: "sindaco", Place: "Roma", From: 2016, To: 2021}
	days := Role{Name: "sindaco", Place: "Roma", From: 2016, To: 2021, Start: 20160622, End: 20211018}
	open := Role{Name: "sindaco", Place: "Roma", From: 2021, Start: 20211018}
	for _, tc := range []struct {
		r    Role
		d    Date
		want bool
	}{
		{years, 20160101, true}, {years, 20211231, true}, {years, 20220101, false}, {years, 20150000, false},
		{days, 20160101, false}, {days, 20160622, true}, {days, 20211018, true}, {days, 20211019, false},
		{days, 20160000, true}, {days, 20211100, false}, {days, 20211000, true},
		{open, 20211017, false}, {open, 20300101, true}, {open, 0, true}, {days, 0, false},
	} {
		assert.Equal(t, tc.want, tc.r.HeldOn(tc.d), "%+v on %v", tc.r, tc.d)
	}
	assert.True(t, days.HeldIn(2016))
	assert.False(t, days.HeldIn(2022))
	assert.True(t, open.HeldIn(0))
	assert.False(t, Role{Name: "x", Place: "y", Metonym: true}.HeldOn(0))
}
