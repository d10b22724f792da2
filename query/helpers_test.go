package query_test

import (
	"errors"
	"flag"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/tl-project/tl/query"
	"github.com/tl-project/tl/timeline"
)

var update = flag.Bool("update", false, "rewrite golden files and the generated part of docs/query.md")

// now is the day relative dates are checked against in tests: Wednesday
// 2026-11-25.
var now = timeline.DayOf(2026, 11, 25)

// testResolver is a small gazetteer for checking: exact id or name or
// alias, case-insensitive; unknown names get suggestions by prefix.
type testResolver []timeline.Entity

var resolver = testResolver{
	{ID: "RUS", Kind: timeline.KindCountry, Name: "Russia", NameAR: "روسيا"},
	{ID: "USA", Kind: timeline.KindCountry, Name: "United States", Aliases: []string{"America"}},
	{ID: "CHN", Kind: timeline.KindCountry, Name: "China"},
	{ID: "TJK", Kind: timeline.KindCountry, Name: "Tajikistan", NameAR: "طاجيكستان"},
	{ID: "AND", Kind: timeline.KindCountry, Name: "Andorra"},
	{ID: "GEO", Kind: timeline.KindCountry, Name: "Georgia"},
	{ID: "georgia-state", Kind: timeline.KindCity, Name: "Georgia", Country: "USA"},
	{ID: "DJI", Kind: timeline.KindCountry, Name: "Djibouti"},
	{ID: "djibouti-city", Kind: timeline.KindCity, Name: "Djibouti", Country: "DJI"},
	{ID: "dushanbe", Kind: timeline.KindCity, Name: "Dushanbe", NameAR: "دوشنبه", Country: "TJK"},
	{ID: "vladimir-putin", Kind: timeline.KindPerson, Name: "Vladimir Putin", NameAR: "فلاديمير بوتين",
		Aliases: []string{"Putin", "بوتين"}, Country: "RUS"},
	{ID: "CSTO", Kind: timeline.KindOrganisation, Name: "Collective Security Treaty Organization",
		Members: []string{"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}},
	{ID: "EU", Kind: timeline.KindOrganisation, Name: "European Union"},
}

// unknownError mimics the gazetteer's error: a struct with a Suggestions
// field, which Check finds without importing the gazetteer.
type unknownError struct {
	Name        string
	Suggestions []string
}

func (e *unknownError) Error() string { return "unknown name " + e.Name }

func (r testResolver) Resolve(name string) ([]timeline.Entity, error) {
	var out []timeline.Entity
	for _, e := range r {
		names := append([]string{e.ID, e.Name, e.NameAR}, e.Aliases...)
		for _, n := range names {
			if n != "" && strings.EqualFold(n, name) {
				out = append(out, e)
				break
			}
		}
	}
	if len(out) > 0 {
		return out, nil
	}
	var sugg []string
	for _, e := range r {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if len(name) >= 3 && len(n) >= 3 && strings.EqualFold(n[:3], name[:3]) && !slices.Contains(sugg, n) {
				sugg = append(sugg, n)
			}
		}
	}
	return nil, &unknownError{Name: name, Suggestions: sugg}
}

// wantPosError asserts that err is a *query.Error at pos ("line:col")
// whose message starts with msg.
func wantPosError(t *testing.T, err error, pos, msg string) {
	t.Helper()
	var e *query.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %T is not a *query.Error", err)
	}
	if got := fmt.Sprintf("%d:%d", e.Pos.Line, e.Pos.Column); got != pos {
		t.Errorf("position %s, want %s (%v)", got, pos, err)
	}
	if !strings.HasPrefix(e.Msg, msg) {
		t.Errorf("message\n got %s\nwant %s...", e.Msg, msg)
	}
}

// checkOpts are the options the tests check with.
func checkOpts(params map[string]string) query.CheckOptions {
	return query.CheckOptions{Resolver: resolver, Params: params, Now: now}
}

// stripped returns a deep copy of q with every Position zeroed and Src
// cleared, so that trees parsed from different layouts compare equal.
func stripped(q *query.Query) *query.Query {
	if q == nil {
		return nil
	}
	v := reflect.New(reflect.TypeOf(*q)).Elem()
	copyStrip(v, reflect.ValueOf(*q))
	out := v.Interface().(query.Query)
	out.Src = ""
	return &out
}

var posType = reflect.TypeOf(query.Position{})

func copyStrip(dst, src reflect.Value) {
	if src.Type() == posType {
		return // leave dst zero
	}
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Type().Elem())
		copyStrip(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Interface:
		if src.IsNil() {
			return
		}
		e := reflect.New(src.Elem().Type()).Elem()
		copyStrip(e, src.Elem())
		dst.Set(e)
	case reflect.Struct:
		for i := range src.NumField() {
			if dst.Field(i).CanSet() {
				copyStrip(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			copyStrip(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	default:
		dst.Set(src)
	}
}
