package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tl-project/tl/timeline"
)

// fuzzDeadline is the longest one extraction may take under fuzzing
// before it counts as a hang.
const fuzzDeadline = 5 * time.Second

func FuzzExtract(f *testing.F) {
	f.Add("التقى الرئيس الأمريكي نظيره الروسي في جنيف يوم 16 يونيو 2021.", int32(18800))
	f.Add("سيوقع البلدان الخميس اتفاقية. ووقع الطرفان الاتفاقات.\n\n\nقمة\n\nقمة", int32(20000))
	f.Add("- قمة بريكس في روسيا\n- اتفاق بين إيران وروسيا\n«الشرق الأوسط» (كييف)\nTT", int32(0))
	f.Add("على هامش القمة، التقى الزعيمان. لم يلتق الجانبان.. إذا زار", int32(-5))
	f.Add("\u200f\u0640\u064b.؟!؛ (أ.ف.ب) 27.11.2024 عبر الفيديو", int32(1<<30))
	f.Fuzz(func(t *testing.T, text string, pub int32) {
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			return
		}
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(fuzzDeadline):
				panic(fmt.Sprintf("Extract hangs on %q (published %d)", text, pub))
			}
		}()
		res, err := ex.Extract(&timeline.Article{ID: "fuzz", Published: timeline.Day(pub % 100000), Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Explanations) != len(res.Events) {
			t.Fatalf("%d explanations for %d events", len(res.Explanations), len(res.Events))
		}
		for _, e := range res.Events {
			if e.Type == timeline.TypeUnknown || e.ID == "" || e.Confidence < 0 || e.Confidence > 1 || len(e.Sources) == 0 {
				t.Fatalf("bad event %+v", e)
			}
			for _, s := range e.Sources {
				if s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Sentence {
					t.Fatalf("bad source %d:%d in %d bytes", s.Start, s.End, len(text))
				}
			}
		}
	})
}

// benchCorpus returns Arabic text to extract: the golden inputs and the
// passages, as articles.
func benchCorpus(b *testing.B) []timeline.Article {
	var arts []timeline.Article
	files, _ := filepath.Glob("testdata/golden/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		_, text, _ := strings.Cut(string(raw), "\n")
		arts = append(arts, timeline.Article{ID: f, Published: timeline.MustParseDate("2024-11-27").Start, Text: text})
	}
	if raw, err := os.ReadFile("testdata/passages.jsonl"); err == nil {
		var all strings.Builder
		for _, line := range strings.Split(string(raw), "\n") {
			if _, rest, ok := strings.Cut(line, `"text": "`); ok {
				txt, _, _ := strings.Cut(rest, `"`)
				all.WriteString(txt)
				all.WriteString("\n\n")
			}
		}
		arts = append(arts, timeline.Article{ID: "passages", Published: timeline.MustParseDate("2024-11-27").Start, Text: all.String()})
	}
	return arts
}

// BenchmarkExtract measures extraction throughput; the MB/s column is
// bytes of Arabic text per second on one core.
func BenchmarkExtract(b *testing.B) {
	arts := benchCorpus(b)
	n := 0
	for _, a := range arts {
		n += len(a.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i := range arts {
			if _, err := ex.Extract(&arts[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
