package entities

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a calendar day as the number yyyymmdd: 20221022 is 22 October
// 2022. Sources do not always give the day, or the month: they are then 00
// (20220000 is some day of 2022, 20221000 some day of October 2022). Dates
// compare as numbers; 0 is no date.
type Date int32

// MakeDate returns the date of year, month and day (month and day 0 when
// unknown). Out-of-range parts give 0.
func MakeDate(year, month, day int) Date {
	if year <= 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || month == 0 && day != 0 {
		return 0
	}
	return Date(year*10000 + month*100 + day)
}

// DateOf returns the day of t (in t's location); the zero time gives 0.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return MakeDate(y, int(m), d)
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD; the empty string is 0.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return 0, nil
	}
	num := func(p string) (int, bool) {
		n, err := strconv.Atoi(p)
		return n, err == nil && len(p) > 0 && p[0] != '+' && p[0] != '-'
	}
	var y, m, d int
	var ok bool
	switch len(s) {
	case 4:
		y, ok = num(s)
	case 7:
		if s[4] == '-' {
			var ok2 bool
			y, ok = num(s[:4])
			m, ok2 = num(s[5:])
			ok = ok && ok2 && m >= 1
		}
	case 10:
		if s[4] == '-' && s[7] == '-' {
			var ok2, ok3 bool
			y, ok = num(s[:4])
			m, ok2 = num(s[5:7])
			d, ok3 = num(s[8:])
			ok = ok && ok2 && ok3 && m >= 1 && d >= 1
		}
	}
	dt := MakeDate(y, m, d)
	if !ok || dt == 0 {
		return 0, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return dt, nil
}

// Year returns the year (0 for no date).
func (d Date) Year() int { return int(d) / 10000 }

// Month returns the month, 0 when unknown.
func (d Date) Month() int { return int(d) / 100 % 100 }

// Day returns the day of the month, 0 when unknown.
func (d Date) Day() int { return int(d) % 100 }

// String writes the date as ParseDate reads it (YYYY-MM-DD, YYYY-MM or
// YYYY); 0 is the empty string.
func (d Date) String() string {
	switch {
	case d <= 0:
		return ""
	case d.Month() == 0:
		return fmt.Sprintf("%04d", d.Year())
	case d.Day() == 0:
		return fmt.Sprintf("%04d-%02d", d.Year(), d.Month())
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), d.Month(), d.Day())
}

// last is the latest day d may stand for: the unknown parts at their end.
func (d Date) last() Date {
	switch {
	case d <= 0:
		return 0
	case d.Month() == 0:
		return d + 1231
	case d.Day() == 0:
		return d + 31
	}
	return d
}
