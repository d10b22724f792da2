package page

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tl-project/tl/arabic"
)

// Kind classifies a line of a page.
type Kind uint8

// The line kinds. Body, Headline, Caption and List lines are kept for
// extraction; the others are removed (and kept in the Layout for
// inspection).
const (
	// KindBody is running text: paragraphs of the article.
	KindBody Kind = iota
	// KindHeadline is a short line without sentence punctuation standing
	// alone: a headline or a subheading.
	KindHeadline
	// KindCaption is a photo caption: a line ending with an agency credit
	// in brackets ("(رويترز)", "(أ.ف.ب)").
	KindCaption
	// KindList is an item of a headline list or news ticker: a run of
	// short lines, or a long line without sentence punctuation. Its events
	// are kept but carry no date from the page.
	KindList
	// KindBoilerplate is site furniture: "اقرأ أيضاً", share, subscribe,
	// cookie and newsletter text, mastheads. Removed.
	KindBoilerplate
	// KindDuplicate repeats an earlier line (captions printed twice, a
	// headline repeated above the article). Removed.
	KindDuplicate
	// KindJunk is a line with no words of substance ("TT", "-"). Removed.
	KindJunk
	// KindByline is a source line such as «الشرق الأوسط» (كييف) that ends
	// an article in a list of articles. Removed.
	KindByline
)

var kindNames = [...]string{"body", "headline", "caption", "list", "boilerplate", "duplicate", "junk", "byline"}

// String returns the lower-case name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Kept reports whether lines of this kind are read by the extractor.
func (k Kind) Kept() bool { return k <= KindList }

// Line is one non-blank line of a page, trimmed.
type Line struct {
	// Start and End are byte offsets in the page text, End exclusive.
	Start, End int
	// Kind is what the line is.
	Kind Kind
	// Reason says why the line got its kind, for explain output.
	Reason string
	// Dup is the index of the line this one repeats, or -1.
	Dup int
	// BlankBefore is the number of blank lines right before this one.
	BlankBefore int
}

// Section is one article of a page: a run of lines.
type Section struct {
	// Start and End are byte offsets in the page text.
	Start, End int
	// First and Last are the indexes of the section's first line and one
	// past its last in Layout.Lines.
	First, Last int
	// Headline is the index of the section's headline in Layout.Lines, or
	// -1.
	Headline int
	// Reason says why a new section began here.
	Reason string
}

// Layout is a page's lines, classified, and its articles.
type Layout struct {
	// Text is the page text all offsets refer to.
	Text string
	// Lines are the non-blank lines in order.
	Lines []Line
	// Sections are the articles of the page, in order; there is at least
	// one when the page has any line.
	Sections []Section
}

// Limits of the line heuristics, in words.
const (
	// ShortLine is the most words a headline or list item has.
	ShortLine = 20
	// TickerLine is the fewest words of a ticker line: a long line
	// without sentence punctuation.
	TickerLine = 25
	// ListRun is the fewest consecutive short lines that make a
	// headline list.
	ListRun = 3
)

// boilerStarts are normalised line beginnings that mark boilerplate
// whatever the length.
var boilerStarts = []string{
	"اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "اقرا كذلك", "مقالات ذات صله", "اخبار ذات صله",
	"مواضيع ذات صله", "قد تحب ايضا", "قد يعجبك ايضا", "تابعونا", "تابعنا", "للمزيد",
	"المزيد من الاخبار", "اضغط هنا", "read more", "related",
}

// boilerWords are normalised phrases that make a short line boilerplate.
var boilerWords = []string{
	"اشترك", "النشره الاخباريه", "النشره البريديه", "القائمه البريديه", "ملفات تعريف الارتباط",
	"الكوكيز", "cookie", "newsletter", "subscribe", "شارك علي", "شارك هذا", "مشاركه عبر",
	"حقوق النشر", "جميع الحقوق", "سياسه الخصوصيه", "اتصل بنا", "من نحن", "العلامات",
	"الاكثر قراءه", "الاكثر مشاهده", "منشورات شائعه", "رئيس التحرير", "رئيس مجلس الاداره",
	"share", "copyright", "الرئيسيه", "تسجيل الدخول", "ابحث",
}

// Clean splits a page into lines, classifies each, and groups them into
// sections (articles). Nothing is deleted from text: removed lines are
// marked in the Layout, so offsets into text stay valid.
func Clean(text string) *Layout {
	l := &Layout{Text: text}
	norms := []string{}
	blanks := 0
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		a, b := trimSpan(text, pos, end)
		if a < b {
			l.Lines = append(l.Lines, Line{Start: a, End: b, Dup: -1, BlankBefore: blanks})
			norms = append(norms, arabic.Normalize(text[a:b]))
			blanks = 0
		} else {
			blanks++
		}
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	classify(l, norms)
	sectionize(l, norms)
	return l
}

func classify(l *Layout, norms []string) {
	seen := map[string]int{}
	for i := range l.Lines {
		ln := &l.Lines[i]
		s := l.Text[ln.Start:ln.End]
		n := norms[i]
		words := len(strings.Fields(s))
		switch {
		case isJunk(s):
			ln.Kind, ln.Reason = KindJunk, "no words"
		case hasBoilerStart(n):
			ln.Kind, ln.Reason = KindBoilerplate, "site link line"
		case words <= 12 && hasBoilerWord(n):
			ln.Kind, ln.Reason = KindBoilerplate, "site furniture"
		case isByline(s):
			ln.Kind, ln.Reason = KindByline, "source line"
		default:
			if j, ok := seen[n]; ok {
				ln.Kind, ln.Dup, ln.Reason = KindDuplicate, j, fmt.Sprintf("repeats line %d", j+1)
				continue
			}
			seen[n] = i
			switch {
			case isCaption(s):
				ln.Kind, ln.Reason = KindCaption, "ends with a credit"
			case words >= TickerLine && !hasSentencePunct(s):
				ln.Kind, ln.Reason = KindList, "long line without sentence punctuation"
			case words <= ShortLine && !endsSentence(s):
				ln.Kind, ln.Reason = KindHeadline, "short line without final punctuation"
			default:
				ln.Kind, ln.Reason = KindBody, "running text"
			}
		}
	}
	// Runs of headline-like lines with no blank line between them are
	// lists.
	for i := 0; i < len(l.Lines); {
		if l.Lines[i].Kind != KindHeadline {
			i++
			continue
		}
		j := i + 1
		for j < len(l.Lines) && l.Lines[j].BlankBefore == 0 &&
			(l.Lines[j].Kind == KindHeadline || !l.Lines[j].Kind.Kept()) {
			j++
		}
		n := 0
		for k := i; k < j; k++ {
			if l.Lines[k].Kind == KindHeadline {
				n++
			}
		}
		if n >= ListRun {
			for k := i; k < j; k++ {
				if l.Lines[k].Kind == KindHeadline {
					l.Lines[k].Kind, l.Lines[k].Reason = KindList, fmt.Sprintf("one of a run of %d short lines", n)
				}
			}
		}
		i = j
	}
}

func sectionize(l *Layout, norms []string) {
	if len(l.Lines) == 0 {
		return
	}
	cur := Section{First: 0, Headline: -1, Reason: "start of page"}
	hasBody := false
	afterByline := false
	closeAt := func(i int) {
		cur.Last = i
		cur.Start = l.Lines[cur.First].Start
		cur.End = l.Lines[i-1].End
		l.Sections = append(l.Sections, cur)
	}
	for i, ln := range l.Lines {
		reason := ""
		switch {
		case i == 0:
		case afterByline && ln.Kind != KindByline:
			reason = "after a source line"
		case hasBody && ln.BlankBefore >= 2:
			reason = fmt.Sprintf("after %d blank lines", ln.BlankBefore)
		case hasBody && ln.Kind == KindHeadline && repeatsSoon(l, norms, i):
			reason = "a headline repeated below"
		}
		if reason != "" {
			closeAt(i)
			cur = Section{First: i, Headline: -1, Reason: reason}
			hasBody = false
		}
		afterByline = ln.Kind == KindByline
		if ln.Kind == KindHeadline && cur.Headline < 0 && !hasBody {
			cur.Headline = i
		}
		if ln.Kind == KindBody {
			hasBody = true
		}
	}
	closeAt(len(l.Lines))
}

// repeatsSoon reports whether line i is repeated within the next lines.
func repeatsSoon(l *Layout, norms []string, i int) bool {
	for j := i + 1; j < len(l.Lines) && j <= i+8; j++ {
		if l.Lines[j].Dup == i {
			return true
		}
	}
	return false
}

// Section returns the index of the section holding byte offset off, or -1.
func (l *Layout) Section(off int) int {
	for i, s := range l.Sections {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// Removed returns the lines the cleaning removed, in order.
func (l *Layout) Removed() []Line {
	var out []Line
	for _, ln := range l.Lines {
		if !ln.Kind.Kept() {
			out = append(out, ln)
		}
	}
	return out
}

// Explain renders the layout line by line for a debug view: each line's
// section, kind, reason and text.
func (l *Layout) Explain() string {
	var b strings.Builder
	sec := 0
	for i, ln := range l.Lines {
		for sec < len(l.Sections) && l.Sections[sec].First == i {
			fmt.Fprintf(&b, "== section %d (%s)\n", sec+1, l.Sections[sec].Reason)
			sec++
		}
		mark := "  "
		if !ln.Kind.Kept() {
			mark = "- "
		}
		txt := l.Text[ln.Start:ln.End]
		if utf8.RuneCountInString(txt) > 80 {
			r := []rune(txt)
			txt = string(r[:80]) + "…"
		}
		fmt.Fprintf(&b, "%s%-11s %-40s %s\n", mark, ln.Kind, ln.Reason, txt)
	}
	return b.String()
}

func isJunk(s string) bool {
	arabicLetters, letters, n := 0, 0, 0
	for _, r := range s {
		n++
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				arabicLetters++
			}
		}
	}
	if letters == 0 {
		return true
	}
	return arabicLetters == 0 && letters <= 3
}

func hasBoilerStart(n string) bool {
	n = strings.TrimLeft(n, " -–—•*|»«\"'")
	for _, p := range boilerStarts {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

func hasBoilerWord(n string) bool {
	for _, w := range boilerWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// isCaption reports a line that ends with a short credit in brackets.
func isCaption(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return false
	}
	credit := s[open+1 : len(s)-1]
	if len(strings.Fields(credit)) > 3 || strings.TrimSpace(s[:open]) == "" {
		return false
	}
	return len(strings.Fields(s[:open])) >= 2
}

// isByline reports a line that is only a quoted outlet name and a place in
// brackets: «الشرق الأوسط» (كييف).
func isByline(s string) bool {
	if !strings.HasPrefix(s, "«") && !strings.HasPrefix(s, "\"") {
		return false
	}
	body := strings.TrimPrefix(strings.TrimPrefix(s, "«"), "\"")
	close := strings.IndexAny(body, "»\"")
	if close < 0 {
		return false
	}
	_, sz := utf8.DecodeRuneInString(body[close:])
	rest := strings.TrimSpace(body[close+sz:])
	if rest == "" {
		return len(strings.Fields(s)) <= 4
	}
	return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && len(strings.Fields(rest)) <= 3
}

// endsSentence reports whether s ends with sentence punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isCloser(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '؟', '?', '!', '؛', ';', ':', '،', ',':
		return !strings.HasSuffix(s, "..")
	}
	return false
}

// hasSentencePunct reports whether s holds a single period, question or
// exclamation mark, or an Arabic comma: the marks of running text.
func hasSentencePunct(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && (i == 0 || s[i-1] != '.') && (i+1 >= len(s) || s[i+1] != '.') {
			return true
		}
	}
	return strings.ContainsAny(s, "،؟!?؛,")
}
