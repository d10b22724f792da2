package page_test

import (
	"strings"
	"testing"

	"github.com/tl-project/tl/extract/page"
)

// kinds returns "kind" per line of a layout.
func kinds(l *page.Layout) []string {
	var out []string
	for _, ln := range l.Lines {
		out = append(out, ln.Kind.String())
	}
	return out
}

func TestCleanLines(t *testing.T) {
	tests := []struct {
		name string
		page string
		want []string
	}{
		{"boilerplate", "اقرأ أيضاً: الصين والاقتصاد العالمي\nاشترك في النشرة الإخبارية\nنستخدم ملفات تعريف الارتباط\nوصل الوزير إلى الرياض أمس، في زيارة رسمية تستمر يومين.",
			[]string{"boilerplate", "boilerplate", "boilerplate", "body"}},
		{"junk and captions", "TT\n-\nالرئيسان خلال المؤتمر الصحافي في جنيف (رويترز)\nالرئيسان خلال المؤتمر الصحافي في جنيف (رويترز)\nعقد الرئيسان قمة في جنيف، واستمرت ثلاث ساعات.",
			[]string{"junk", "junk", "caption", "duplicate", "body"}},
		{"headline list", "- السعودية وطاجيكستان تبحثان التعاون\n- قمة بريكس في روسيا\n- اتفاق للنقل بين إيران وروسيا\nنص المقال يبدأ هنا، ويستمر طويلاً.",
			[]string{"list", "list", "list", "body"}},
		{"ticker", strings.Repeat("عنوان خبر عاجل آخر بلا نقاط ", 8) + "\nنص المقال، مع فاصلة.",
			[]string{"list", "body"}},
		{"byline", "«الشرق الأوسط» (الرياض)\nالتقى الوزيران في الرياض، وبحثا التعاون.",
			[]string{"byline", "body"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := page.Clean(tt.page)
			if got := strings.Join(kinds(l), " "); got != strings.Join(tt.want, " ") {
				t.Errorf("kinds = %s\nwant    %s\n%s", got, strings.Join(tt.want, " "), l.Explain())
			}
		})
	}
}

func TestCleanSections(t *testing.T) {
	text := "قمة في جنيف بين الرئيسين\n\nصورة الرئيسين في جنيف (رويترز)\nصورة الرئيسين في جنيف (رويترز)\nTT\n\nقمة في جنيف بين الرئيسين\n\n" +
		"عقد الرئيسان قمة في جنيف أمس، واستمرت أربع ساعات.\n\n\n" +
		"الوزير يزور الرياض\n\nوصل الوزير إلى الرياض الأربعاء، في زيارة تستمر يومين.\n" +
		"«الصحيفة» (الرياض)\nعنوان خبر ثالث\n\nنص الخبر الثالث، مع فاصلة."
	l := page.Clean(text)
	if len(l.Sections) != 3 {
		t.Fatalf("got %d sections, want 3\n%s", len(l.Sections), l.Explain())
	}
	for i, want := range []string{"قمة في جنيف بين الرئيسين", "الوزير يزور الرياض", "عنوان خبر ثالث"} {
		s := l.Sections[i]
		if s.Headline < 0 {
			t.Errorf("section %d has no headline", i)
			continue
		}
		h := l.Lines[s.Headline]
		if got := text[h.Start:h.End]; got != want {
			t.Errorf("section %d headline = %q, want %q", i, got, want)
		}
	}
	// Offsets are into the original text and the removed lines are kept
	// for inspection.
	for _, ln := range l.Removed() {
		if ln.Kind.Kept() {
			t.Errorf("Removed returned a kept line %v", ln)
		}
	}
	if n := len(l.Removed()); n != 4 {
		t.Errorf("removed %d lines, want 4 (duplicate caption, TT, repeated headline, source line)", n)
	}
	if !strings.Contains(l.Explain(), "repeats line") {
		t.Errorf("Explain does not say why a line was removed:\n%s", l.Explain())
	}
	if got := l.Section(strings.Index(text, "وصل الوزير")); got != 1 {
		t.Errorf("Section(offset of the second lead) = %d, want 1", got)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"arabic punctuation", "التقى الوزيران. وبحثا التعاون؟ نعم! ثم؛ انتهى", []string{"التقى الوزيران.", "وبحثا التعاون؟", "نعم!", "ثم؛", "انتهى"}},
		{"agency abbreviation", "صورة الرئيس (أ.ف.ب) في أستانا. ثم عاد.", []string{"صورة الرئيس (أ.ف.ب) في أستانا.", "ثم عاد."}},
		{"doctor", "قال د. محمد إن القمة نجحت.", []string{"قال د. محمد إن القمة نجحت."}},
		{"decimal", "بلغت الحصة 22.6 في المائة. وارتفعت.", []string{"بلغت الحصة 22.6 في المائة.", "وارتفعت."}},
		{"dotted date", "عقدت القمة في 27.11.2024 في أستانا.", []string{"عقدت القمة في 27.11.2024 في أستانا."}},
		{"closing quote", "قال: «انتهت القمة.» ثم غادر.", []string{"قال: «انتهت القمة.»", "ثم غادر."}},
		{"double dots kept", "في كازاخستان.. اجتماع قمة", []string{"في كازاخستان.. اجتماع قمة"}},
		{"newlines", "سطر أول\nسطر ثان\n\n", []string{"سطر أول", "سطر ثان"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range page.Sentences(tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences = %q\nwant %q", got, tt.want)
			}
		})
	}
	body := "كانت صريحة ومهنية.. وفي الرابع من ديسمبر، قال الرئيس."
	if got := page.BodySentences(body, 0, len(body)); len(got) != 2 {
		t.Errorf("BodySentences split %q into %d, want 2", body, len(got))
	}
	// A sub-range keeps offsets into the whole text.
	text := "مقدمة. التقى الوزيران. خاتمة."
	start := strings.Index(text, "التقى")
	sp := page.Sentences(text, start, len(text))[0]
	if text[sp.Start:sp.End] != "التقى الوزيران." {
		t.Errorf("sub-range sentence = %q", text[sp.Start:sp.End])
	}
}
