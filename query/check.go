package query

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tl-project/tl/timeline"
)

// Resolver resolves a name as written in a query (English, Arabic or id,
// in any case) to the entities it may denote. The gazetteer satisfies it.
// An unknown name is an error; if the error (or one it wraps) is an
// *UnknownNameError, or any error struct with a Suggestions []string field,
// its suggestions appear in the message ("did you mean ...").
type Resolver interface {
	Resolve(name string) ([]timeline.Entity, error)
}

// UnknownNameError is an error a Resolver may return for a name it does
// not know, with the names it would suggest instead.
type UnknownNameError struct {
	Name        string
	Suggestions []string
}

// Error returns "unknown name "X"".
func (e *UnknownNameError) Error() string { return fmt.Sprintf("unknown name %q", e.Name) }

// Unwrap returns ErrUnknownName.
func (e *UnknownNameError) Unwrap() error { return ErrUnknownName }

// CheckOptions are the inputs of Check besides the query. The zero value
// checks without resolving names, without parameters, relative to today.
type CheckOptions struct {
	// Resolver resolves actor and place names. When nil, names are not
	// resolved (Value.Entity stays nil) and "member of" and "within" with
	// an organisation cannot be checked for kind.
	Resolver Resolver
	// Params binds the query's parameters by name (without "$"). A
	// parameter's text stands for one value: a name for actor and place
	// (taken literally, spaces and all), a date ("2021-06") or relative
	// date ("last 30 days") for date, a number for confidence.
	Params map[string]string
	// Now is the day relative dates count from; zero means today (UTC).
	Now timeline.Day
}

// Check validates a parsed query and records what it resolved on the tree:
// entities on actor and place values, intervals on date values and date
// conditions (Cond.Range), event types, statuses, numbers, bound
// parameters, and Clauses.Bounds. It reports every problem it finds, as an
// *Error or an ErrorList matching ErrCheck, each positioned at the
// offending token. Check may be called again on the same query (with
// other parameters, say); it overwrites what it recorded.
func Check(q *Query, opts CheckOptions) error {
	if q == nil || q.Stmt == nil {
		return &Error{Pos: Position{Line: 1, Column: 1}, Kind: ErrCheck, Msg: "empty query"}
	}
	c := &checker{opts: opts, now: opts.Now}
	if c.now == 0 {
		c.now = timeline.DayFromTime(time.Now().UTC())
	}
	c.stmt(q.Inner())
	c.errs.Sort()
	return c.errs.Err()
}

type checker struct {
	opts CheckOptions
	now  timeline.Day
	errs ErrorList
}

func (c *checker) errorf(p Position, format string, args ...any) *Error {
	e := &Error{Pos: p, Kind: ErrCheck, Msg: fmt.Sprintf(format, args...)}
	c.errs = append(c.errs, e)
	return e
}

func (c *checker) stmt(s Stmt) {
	var orderKeys []string
	switch s := s.(type) {
	case *EventsStmt:
		for _, col := range s.Columns {
			if col.Col == ColUnknown {
				c.errorf(col.From, "unknown column %q%s", col.Name, didYouMean(col.Name, colCanon[1:]))
			}
		}
		orderKeys = eventOrderKeys
	case *CountStmt:
		if s.By != nil && s.By.Key == KeyNone {
			c.errorf(s.By.From, "unknown key %q after count by%s", s.By.Name, didYouMean(s.By.Name, keySingular[1:]))
		}
		orderKeys = aggOrderKeys
	case *TopStmt:
		c.rankKey(s.Of, "top", KeyActor, KeyPlace, KeyCountry, KeyType)
		orderKeys = aggOrderKeys
	case *DistinctStmt:
		c.rankKey(s.Of, "distinct", KeyActor, KeyPlace, KeyCountry, KeyType, KeyStatus)
		orderKeys = aggOrderKeys
	case *FirstStmt:
		if s.By != nil {
			ok := false
			for _, k := range []Key{KeyActor, KeyPlace, KeyCountry, KeyType} {
				ok = ok || s.By.Key == k
			}
			if !ok {
				c.errorf(s.By.From, "expected actor, place, country or type after %s by, found %q", firstWord(s), s.By.Name)
			}
		}
		orderKeys = eventOrderKeys
	case *GapsStmt:
		c.bind(s.A)
		c.bind(s.B)
		c.entity(s.A, "actor", actorKinds)
		c.entity(s.B, "actor", actorKinds)
		if s.A.Entity != nil && s.B.Entity != nil && s.A.Entity.ID == s.B.Entity.ID {
			c.errorf(s.B.From, "gaps needs two different actors, found %q twice", s.A.Entity.ID)
		}
		s.Now = c.now
		orderKeys = []string{"date"}
	}
	cl := s.Tail()
	if cl.Where != nil {
		c.expr(cl.Where)
	}
	if cl.Order != nil && !slices.Contains(orderKeys, cl.Order.Key) {
		c.errorf(cl.Order.KeyPos, "cannot order %s by %q (expected %s)", stmtWhat(s), cl.Order.Key, strings.Join(orderKeys, ", "))
	}
	cl.Bounds = bounds(cl.Where)
}

func firstWord(s *FirstStmt) string {
	if s.Last {
		return "last"
	}
	return "first"
}

func stmtWhat(s Stmt) string {
	switch s.(type) {
	case *EventsStmt, *FirstStmt:
		return "events"
	case *GapsStmt:
		return "gaps"
	}
	return "groups"
}

func (c *checker) rankKey(g *GroupBy, after string, allowed ...Key) {
	if g == nil {
		return
	}
	for _, k := range allowed {
		if g.Key == k {
			return
		}
	}
	names := make([]string, len(allowed))
	for i, k := range allowed {
		names[i] = k.Plural()
	}
	c.errorf(g.From, "expected %s after %s, found %q%s", orList(names), after, g.Name, didYouMean(g.Name, names))
}

func (c *checker) expr(e Expr) {
	switch e := e.(type) {
	case *AndExpr:
		for _, x := range e.List {
			c.expr(x)
		}
	case *OrExpr:
		for _, x := range e.List {
			c.expr(x)
		}
	case *NotExpr:
		c.expr(e.X)
	case *Cond:
		c.cond(e)
	}
}

// fieldHints answer the likely intent behind common unknown field names.
var fieldHints = map[string]string{
	"country":      " (use actor = X for a country's events, place = X for events held there)",
	"countries":    " (use actor = X for a country's events, place = X for events held there)",
	"city":         " (use place = X)",
	"location":     " (use place = X)",
	"person":       " (use actor = X)",
	"people":       " (use actor = X)",
	"who":          " (use actor = X)",
	"org":          " (use actor = X, or actor member of X for its member states)",
	"organisation": " (use actor = X, or actor member of X for its member states)",
	"organization": " (use actor = X, or actor member of X for its member states)",
	"year":         " (use date = 2021)",
	"month":        " (use date = 2021-06)",
	"day":          " (use date = 2021-06-16)",
	"when":         " (use date)",
	"word":         ` (use text contains "...")`,
	"sentence":     ` (use text contains "...")`,
	"article":      " (use source = X)",
	"kind":         " (use type = X)",
}

// fieldOps lists the operators each field supports.
var fieldOps = map[Field][]Op{
	FieldActor:      {OpEq, OpNe, OpWith, OpIn, OpNotIn, OpMemberOf},
	FieldPlace:      {OpEq, OpNe, OpIn, OpNotIn, OpWithin},
	FieldType:       {OpEq, OpNe, OpIn, OpNotIn},
	FieldStatus:     {OpEq, OpNe, OpIn, OpNotIn},
	FieldDate:       {OpEq, OpNe, OpIn, OpNotIn, OpLt, OpLe, OpGt, OpGe, OpBetween},
	FieldText:       {OpContains},
	FieldConfidence: {OpEq, OpNe, OpLt, OpLe, OpGt, OpGe, OpBetween},
	FieldSource:     {OpEq, OpNe, OpIn, OpNotIn, OpContains},
	FieldID:         {OpEq, OpNe, OpIn, OpNotIn},
}

var (
	actorKinds  = []timeline.Kind{timeline.KindCountry, timeline.KindOrganisation, timeline.KindPerson}
	placeKinds  = []timeline.Kind{timeline.KindCountry, timeline.KindCity}
	withinKinds = []timeline.Kind{timeline.KindCountry, timeline.KindCity, timeline.KindOrganisation}
	orgKinds    = []timeline.Kind{timeline.KindOrganisation}
)

func (c *checker) cond(x *Cond) {
	if x.Field == FieldUnknown {
		hint := fieldHints[x.FieldName]
		if hint == "" {
			hint = didYouMean(x.FieldName, fieldCanon[1:])
		}
		c.errorf(x.From, "unknown field %q%s", x.FieldName, hint)
		return
	}
	if !slices.Contains(fieldOps[x.Field], x.Op) {
		ops := make([]string, len(fieldOps[x.Field]))
		for i, op := range fieldOps[x.Field] {
			ops[i] = op.String()
		}
		msg := fmt.Sprintf("operator %q does not apply to %s (expected %s)", x.Op.String(), x.Field, orList(ops))
		if x.Field == FieldText {
			msg += `: text contains "..."`
		}
		if x.Field == FieldActor && x.Op == OpWithin {
			msg += "; place within X finds events in a country"
		}
		c.errorf(x.OpPos, "%s", msg)
		return
	}
	for _, v := range x.Values {
		c.bind(v)
	}
	switch x.Field {
	case FieldActor:
		kinds := actorKinds
		if x.Op == OpMemberOf {
			kinds = orgKinds
		}
		for _, v := range x.Values {
			c.entity(v, "actor", kinds)
		}
	case FieldPlace:
		kinds := placeKinds
		if x.Op == OpWithin {
			kinds = withinKinds
		}
		for _, v := range x.Values {
			c.entity(v, "place", kinds)
		}
	case FieldType:
		for _, v := range x.Values {
			if !c.word(v, "an event type") {
				continue
			}
			t, err := timeline.ParseType(v.Bound)
			if err != nil {
				c.errorf(v.From, "unknown event type %q (expected summit, meeting, visit, call or agreement)%s", v.Bound, didYouMean(lower(v.Bound), typeNames()))
				continue
			}
			v.Type = t
		}
	case FieldStatus:
		for _, v := range x.Values {
			if !c.word(v, "a status") {
				continue
			}
			s, err := timeline.ParseStatus(v.Bound)
			if err != nil || strings.TrimSpace(v.Bound) == "" {
				c.errorf(v.From, "unknown status %q (expected occurred or planned)%s", v.Bound, didYouMean(lower(v.Bound), []string{"occurred", "planned"}))
				continue
			}
			v.Status = s
		}
	case FieldDate:
		c.dateCond(x)
	case FieldText, FieldSource, FieldID:
		for _, v := range x.Values {
			if v.Kind == ValueRelative {
				c.errorf(v.From, "expected a text in quotes, found %q", v.String())
				continue
			}
			if strings.TrimSpace(v.Bound) == "" {
				c.errorf(v.From, "empty %s %q (expected a word or phrase)", x.Field, v.Bound)
			}
		}
	case FieldConfidence:
		for _, v := range x.Values {
			if v.Kind != ValueNumber && v.Kind != ValueParam {
				c.errorf(v.From, "expected a number from 0 to 1, found %q", v.String())
				continue
			}
			f, err := strconv.ParseFloat(strings.TrimSpace(v.Bound), 64)
			if err != nil || f < 0 || f > 1 {
				c.errorf(v.From, "expected a number from 0 to 1, found %q", v.Bound)
				continue
			}
			v.Num = f
		}
		if x.Op == OpBetween && len(x.Values) == 2 && x.Values[1].Num < x.Values[0].Num {
			c.errorf(x.Values[1].From, "empty range: %s is less than %s", x.Values[1].Bound, x.Values[0].Bound)
		}
	}
}

// bind gives a value its bound text: a parameter's binding, or the text as
// written.
func (c *checker) bind(v *Value) bool {
	if v.Kind != ValueParam {
		v.Bound = v.Text
		return true
	}
	b, ok := c.opts.Params[v.Text]
	if !ok {
		e := c.errorf(v.From, "unbound parameter \"$%s\"", v.Text)
		e.Err = ErrUnboundParam
		v.Bound = ""
		return false
	}
	v.Bound = b
	return true
}

// word reports whether v can stand for a word (a name, type or status).
func (c *checker) word(v *Value, what string) bool {
	switch v.Kind {
	case ValueName, ValueString:
		return true
	case ValueParam:
		_, bound := c.opts.Params[v.Text]
		return bound // an unbound one is reported by bind
	}
	c.errorf(v.From, "expected %s, found %q", what, v.String())
	return false
}

// entity resolves v to an entity of one of the kinds.
func (c *checker) entity(v *Value, field string, kinds []timeline.Kind) {
	v.Entity = nil
	if !c.word(v, "a name") {
		return
	}
	if strings.TrimSpace(v.Bound) == "" {
		c.errorf(v.From, "empty %s name %q", field, v.Bound)
		return
	}
	if c.opts.Resolver == nil {
		return
	}
	ents, err := c.opts.Resolver.Resolve(v.Bound)
	if err != nil || len(ents) == 0 {
		e := c.errorf(v.From, "unknown %s %q%s", field, v.Bound, suggestionText(err))
		e.Err = ErrUnknownName
		if err != nil {
			e.Err = errors.Join(ErrUnknownName, err)
		}
		return
	}
	var fit []timeline.Entity
	for _, en := range ents {
		if slices.Contains(kinds, en.Kind) {
			fit = append(fit, en)
		}
	}
	switch {
	case len(fit) == 0:
		en := ents[0]
		c.errorf(v.From, "%q is %s %s, not %s%s", v.Bound, article(en.Kind.String()), en.Kind, kindWant(field, kinds), kindHint(field, en))
		return
	case len(fit) > 1:
		fit = preferred(fit, v.Bound)
	}
	if len(fit) > 1 {
		var alts []string
		for i, en := range fit {
			if i == 4 {
				alts = append(alts, "...")
				break
			}
			alts = append(alts, fmt.Sprintf("%s (%s, %s)", en.Name, en.ID, en.Kind))
		}
		c.errorf(v.From, "ambiguous %s %q: %s; write the id instead", field, v.Bound, strings.Join(alts, ", "))
		return
	}
	en := fit[0]
	v.Entity = &en
}

// preferred narrows several entities of fitting kinds: the one whose id is
// the name as written, else a country whose other candidates are all its
// own cities (a city counts for its country, so the country covers them:
// "Djibouti", "Kuwait").
func preferred(fit []timeline.Entity, name string) []timeline.Entity {
	for _, en := range fit {
		if strings.EqualFold(en.ID, name) {
			return []timeline.Entity{en}
		}
	}
	for _, en := range fit {
		if en.Kind != timeline.KindCountry {
			continue
		}
		covers := true
		for _, o := range fit {
			if o.ID != en.ID && !(o.Kind == timeline.KindCity && o.Country == en.ID) {
				covers = false
			}
		}
		if covers {
			return []timeline.Entity{en}
		}
	}
	return fit
}

func kindWant(field string, kinds []timeline.Kind) string {
	switch {
	case len(kinds) == 1 && kinds[0] == timeline.KindOrganisation:
		return "an organisation"
	case field == "place" && len(kinds) == 3:
		return "a country, city or organisation"
	case field == "place":
		return "a place (a country or city)"
	}
	return "an actor (a country, organisation or person)"
}

func kindHint(field string, en timeline.Entity) string {
	switch {
	case field == "actor" && en.Kind == timeline.KindCity:
		return fmt.Sprintf(" (for events held there, use place = %s)", idText(en.ID))
	case field == "place" && en.Kind == timeline.KindOrganisation:
		return fmt.Sprintf(" (for events in its member states, use place within %s)", idText(en.ID))
	case field == "place" && en.Kind == timeline.KindPerson:
		return fmt.Sprintf(" (use actor = %s)", idText(en.ID))
	}
	return ""
}

func idText(id string) string {
	v := Value{Kind: ValueName, Text: id}
	return v.String()
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// suggestionText returns " (did you mean "A" or "B"?)" from a resolver's
// error, or "".
func suggestionText(err error) string {
	if err == nil {
		return ""
	}
	var sugg []string
	var une *UnknownNameError
	if errors.As(err, &une) {
		sugg = une.Suggestions
	} else {
		sugg = suggestionsField(err)
	}
	if len(sugg) == 0 {
		return ""
	}
	if len(sugg) > 3 {
		sugg = sugg[:3]
	}
	q := make([]string, len(sugg))
	for i, s := range sugg {
		q[i] = strconv.Quote(s)
	}
	return " (did you mean " + orList(q) + "?)"
}

// suggestionsField finds a Suggestions []string field on err or on any
// error it wraps, so that resolvers need not import this package to
// suggest names.
func suggestionsField(err error) []string {
	for err != nil {
		rv := reflect.ValueOf(err)
		for rv.Kind() == reflect.Pointer && !rv.IsNil() {
			rv = rv.Elem()
		}
		if rv.Kind() == reflect.Struct {
			if f := rv.FieldByName("Suggestions"); f.IsValid() && f.Type() == reflect.TypeFor[[]string]() {
				return f.Interface().([]string)
			}
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if s := suggestionsField(e); len(s) > 0 {
					return s
				}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// dateCond resolves the values of a date condition and sets its Range
// (and Ranges for a list).
func (c *checker) dateCond(x *Cond) {
	x.Range, x.Ranges = timeline.Date{}, nil
	ok := true
	for _, v := range x.Values {
		if !c.date(v) {
			ok = false
		}
	}
	if !ok {
		return
	}
	v0 := x.Values[0].Date
	switch x.Op {
	case OpEq, OpNe:
		x.Range = v0
	case OpIn, OpNotIn:
		x.Range = v0
		if len(x.Values) > 1 {
			for _, v := range x.Values {
				x.Ranges = append(x.Ranges, v.Date)
				x.Range = timeline.Span(x.Range, v.Date)
			}
		}
	case OpLt:
		x.Range = timeline.Date{Start: MinDay, End: v0.Start - 1, Precision: timeline.PrecisionDay}
	case OpLe:
		x.Range = timeline.Date{Start: MinDay, End: v0.End, Precision: timeline.PrecisionDay}
	case OpGt:
		x.Range = timeline.Date{Start: v0.End + 1, End: MaxDay, Precision: timeline.PrecisionDay}
	case OpGe:
		x.Range = timeline.Date{Start: v0.Start, End: MaxDay, Precision: timeline.PrecisionDay}
	case OpBetween:
		v1 := x.Values[1].Date
		if v1.End < v0.Start {
			c.errorf(x.Values[1].From, "empty date range: %q ends before %q starts", x.Values[1].Bound, x.Values[0].Bound)
			return
		}
		x.Range = timeline.Date{Start: v0.Start, End: v1.End, Precision: min(v0.Precision, v1.Precision)}
	}
}

// date resolves a date value to its interval.
func (c *checker) date(v *Value) bool {
	switch v.Kind {
	case ValueDate, ValueString:
		return c.parseDate(v, v.Bound)
	case ValueNumber:
		if len(v.Text) != 4 || strings.Contains(v.Text, ".") {
			c.errorf(v.From, "expected a date (a four-digit year, YYYY-MM or YYYY-MM-DD), found %q", v.Text)
			return false
		}
		return c.parseDate(v, v.Text)
	case ValueRelative:
		v.Date = resolveRelative(v.Rel, c.now)
		return true
	case ValueParam:
		if _, ok := c.opts.Params[v.Text]; !ok {
			return false // reported by bind
		}
		// The common case first: a plain date (YYYY, YYYY-MM,
		// YYYY-MM-DD) needs no parser.
		if d, err := timeline.ParseDate(v.Bound); err == nil && !d.IsZero() {
			v.Date = d
			return true
		}
		// A bound parameter may hold any date value the language has:
		// parse it as one.
		q, err := Parse("date = " + v.Bound)
		if err == nil {
			if cond, ok := q.Inner().Tail().Where.(*Cond); ok && len(cond.Values) == 1 && cond.Values[0].Kind != ValueParam {
				w := cond.Values[0]
				w.Bound = w.Text
				sub := checker{now: c.now}
				if sub.date(w) {
					v.Date = w.Date
					return true
				}
			}
		}
		c.errorf(v.From, "parameter \"$%s\" is %q, not a date (expected %s)", v.Text, v.Bound, "YYYY, YYYY-MM, YYYY-MM-DD or a relative date such as last 30 days")
		return false
	}
	c.errorf(v.From, "expected a date, found %q", v.String())
	return false
}

func (c *checker) parseDate(v *Value, s string) bool {
	d, err := timeline.ParseDate(s)
	if err == nil && !d.IsZero() {
		v.Date = d
		return true
	}
	msg := fmt.Sprintf("invalid date %q (expected YYYY, YYYY-MM or YYYY-MM-DD)", s)
	if err != nil {
		detail := strings.TrimPrefix(err.Error(), timeline.ErrBadDate.Error()+": ")
		if rest, ok := strings.CutPrefix(detail, strconv.Quote(s)+": "); ok {
			msg = fmt.Sprintf("invalid date %q: %s", s, rest)
		}
	}
	e := c.errorf(v.From, "%s", msg)
	if err != nil {
		e.Err = err
	}
	return false
}

// resolveRelative returns the interval a relative date denotes on day now.
// Calendar units ("this month", "last year") are whole units, with the
// unit's precision; "last N units" is the rolling window of N units ending
// today, at day precision; weeks run Monday to Sunday.
func resolveRelative(r Relative, now timeline.Day) timeline.Date {
	y, m, _ := now.Civil()
	switch r.Anchor {
	case AnchorToday:
		return timeline.DayRange(now, now)
	case AnchorYesterday:
		return timeline.DayRange(now-1, now-1)
	}
	if r.Anchor == AnchorLast && r.N > 0 {
		var start timeline.Day
		switch r.Unit {
		case UnitDay:
			start = now.AddDays(1 - r.N)
		case UnitWeek:
			start = now.AddDays(1 - 7*r.N)
		case UnitMonth:
			start = shiftMonths(now, -r.N) + 1
		case UnitYear:
			start = shiftMonths(now, -12*r.N) + 1
		}
		return timeline.DayRange(start, now)
	}
	back := 0
	if r.Anchor == AnchorLast {
		back = 1
	}
	switch r.Unit {
	case UnitDay:
		return timeline.DayRange(now-timeline.Day(back), now-timeline.Day(back))
	case UnitWeek:
		monday := now.AddDays(-((int(now.Weekday()) + 6) % 7)).AddDays(-7 * back)
		return timeline.DayRange(monday, monday+6)
	case UnitMonth:
		first := timeline.DayOf(y, m-time.Month(back), 1)
		fy, fm, _ := first.Civil()
		return timeline.MonthDate(fy, fm)
	case UnitYear:
		return timeline.YearDate(y - back)
	}
	return timeline.Date{}
}

// shiftMonths returns the same day of the month n months from d, clamped
// to the end of a shorter month.
func shiftMonths(d timeline.Day, n int) timeline.Day {
	y, m, dd := d.Civil()
	first := timeline.DayOf(y, m+time.Month(n), 1)
	fy, fm, _ := first.Civil()
	return timeline.DayOf(fy, fm, min(dd, timeline.DaysIn(fy, fm)))
}

// bounds intersects the ranges of the non-negated date conditions of the
// top-level conjunction of e. The result's Start may exceed its End: no
// event can match.
func bounds(e Expr) timeline.Date {
	var out timeline.Date
	for _, x := range Conjuncts(e) {
		cond, ok := x.(*Cond)
		if !ok || cond.Field != FieldDate || cond.Op.Negated() || cond.Range.IsZero() {
			continue
		}
		if out.IsZero() {
			out = cond.Range
			continue
		}
		out.Start = max(out.Start, cond.Range.Start)
		out.End = min(out.End, cond.Range.End)
		out.Precision = timeline.PrecisionDay
	}
	return out
}

func typeNames() []string {
	out := make([]string, len(timeline.Types))
	for i, t := range timeline.Types {
		out[i] = t.String()
	}
	return out
}

// didYouMean returns " (did you mean "x"?)" for the candidate closest to
// s, if one is close enough, or "".
func didYouMean(s string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if d := editDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	limit := 1 + len([]rune(s))/3
	if best == "" || bestD > limit || best == s {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the optimal string alignment distance between a and b,
// in runes: insertions, deletions, substitutions and transpositions of
// neighbours ("tpye" is one edit from "type") each cost one.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

func orList(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
