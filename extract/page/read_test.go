package page_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/tl-project/tl/extract/page"
	"github.com/tl-project/tl/timeline"
	"golang.org/x/text/encoding/charmap"
)

const arabicText = "التقى الرئيس الروسي نظيره الكازاخستاني في أستانا."

func utf16Bytes(s string, bigEndian bool) []byte {
	var b bytes.Buffer
	if bigEndian {
		b.Write([]byte{0xFE, 0xFF})
	} else {
		b.Write([]byte{0xFF, 0xFE})
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		} else {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
	}
	return b.Bytes()
}

func TestDecode(t *testing.T) {
	cp, err := charmap.Windows1256.NewEncoder().String(arabicText)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   []byte
		enc  page.Encoding
		err  error
	}{
		{"utf8", []byte(arabicText), page.UTF8, nil},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, arabicText...), page.UTF8BOM, nil},
		{"utf16le", utf16Bytes(arabicText, false), page.UTF16LE, nil},
		{"utf16be", utf16Bytes(arabicText, true), page.UTF16BE, nil},
		{"windows-1256", []byte(cp), page.Windows1256, nil},
		{"empty", nil, "", page.ErrEmpty},
		{"blank", []byte(" \n\t \r\n"), "", page.ErrEmpty},
		{"png", []byte("\x89PNG\r\n\x1a\nrest"), "", page.ErrBinary},
		{"elf", []byte("\x7fELF\x02\x01"), "", page.ErrBinary},
		{"zip", []byte("PK\x03\x04abc"), "", page.ErrBinary},
		{"nul", []byte("abc\x00def"), "", page.ErrBinary},
		{"control", []byte("a\x01\x02\x03\x04\x05\x06b"), "", page.ErrBinary},
		{"latin1", []byte("caf\xe9 au lait"), "", page.ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, enc, err := page.Decode(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Decode err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if s != arabicText || enc != tt.enc {
				t.Errorf("Decode = %q %s, want %q %s", s, enc, arabicText, tt.enc)
			}
		})
	}
}

func TestInvalidUTF8Offset(t *testing.T) {
	in := []byte("نص سليم ثم \xff بايت سيئ")
	_, _, err := page.Decode(in)
	var ue *page.InvalidUTF8Error
	if !errors.As(err, &ue) {
		t.Fatalf("err = %v, want *InvalidUTF8Error", err)
	}
	if want := bytes.IndexByte(in, 0xff); ue.Offset != want {
		t.Errorf("offset = %d, want %d", ue.Offset, want)
	}
}

func TestReadFormats(t *testing.T) {
	pub := timeline.MustParseDate("2024-11-27").Start
	html := `<!doctype html><html><head><title>عنوان الصفحة</title><script>var x = "قمة";</script>
<style>p{}</style></head><body><nav><a>الرئيسية</a><a>سياسة</a></nav>
<header>شعار الموقع</header><article><h1>بوتين يزور كازاخستان</h1>
<p>وصل الرئيس الروسي إلى أستانا <b>الأربعاء</b>.</p><div class="share-buttons">شارك على فيسبوك</div>
<p>وقع البلدان عدة وثائق.</p></article><aside>الأكثر قراءة</aside><footer>حقوق النشر</footer>
<form><input value="اشترك"></form></body></html>`
	jsonl := `{"id": "a1", "title": "قمة", "text": "انعقدت القمة اليوم.", "published": "2025-10-09"}
{"doc": "a2", "body": "التقى الوزيران."}
`
	tests := []struct {
		name, file, in string
		want           []timeline.Article
	}{
		{"text", "news.txt", arabicText, []timeline.Article{{ID: "news.txt", Published: pub, Text: arabicText}}},
		{"html", "dir/page.html", html, []timeline.Article{{ID: "page.html", Published: pub, Title: "بوتين يزور كازاخستان",
			Text: "بوتين يزور كازاخستان\n\nوصل الرئيس الروسي إلى أستانا الأربعاء.\n\nوقع البلدان عدة وثائق."}}},
		{"html by content", "-", "  <p>نص</p>", []timeline.Article{{ID: "stdin", Published: pub, Text: "نص"}}},
		{"jsonl", "feed.jsonl", jsonl, []timeline.Article{
			{ID: "a1", Published: timeline.MustParseDate("2025-10-09").Start, Title: "قمة", Text: "قمة\n\nانعقدت القمة اليوم."},
			{ID: "a2", Published: pub, Text: "التقى الوزيران."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := page.ReadWith(tt.file, strings.NewReader(tt.in), page.Options{Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d articles, want %d: %+v", len(got), len(tt.want), got)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("article %d = %+v\nwant %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file, in string
		max            int64
		err            error
	}{
		{"too large", "a.txt", strings.Repeat("ق", 100), 50, page.ErrTooLarge},
		{"empty", "a.txt", "", 0, page.ErrEmpty},
		{"binary", "a.txt", "\x89PNG\r\n", 0, page.ErrBinary},
		{"bad json", "a.jsonl", "{\"text\": \"x\"}\n{not json}\n", 0, page.ErrBadJSONL},
		{"no text", "a.jsonl", "{\"id\": \"x\"}\n", 0, page.ErrBadJSONL},
		{"bad date", "a.jsonl", "{\"text\": \"نص\", \"published\": \"2021-13-01\"}\n", 0, page.ErrBadJSONL},
		{"html without text", "a.html", "<html><script>x</script></html>", 0, page.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := page.ReadWith(tt.file, strings.NewReader(tt.in), page.Options{MaxSize: tt.max})
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if !strings.Contains(err.Error(), tt.file) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
	var le *page.LineError
	_, err := page.Read("a.jsonl", strings.NewReader("{\"text\": \"x\"}\n{not json}\n"))
	if !errors.As(err, &le) || le.Line != 2 {
		t.Errorf("err = %v, want a LineError on line 2", err)
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	const depth = 200000
	var b strings.Builder
	for range depth {
		b.WriteString("<div>")
	}
	b.WriteString("<p>نص عميق</p>")
	for range depth {
		b.WriteString("</div>")
	}
	_, text := page.HTMLText(b.String())
	if text != "نص عميق" {
		t.Errorf("text = %q", text)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text string
		want       page.Format
	}{
		{"a.html", "x", page.FormatHTML},
		{"a.jsonl", "x", page.FormatJSONL},
		{"a.txt", "<p>x</p>", page.FormatText},
		{"a", "<html><p>x</p>", page.FormatHTML},
		{"a", "{\"text\": \"x\"}\n", page.FormatJSONL},
		{"a", "{ليس json}", page.FormatText},
		{"a", "نص عادي", page.FormatText},
	}
	for _, tt := range tests {
		if got := page.Detect(tt.name, tt.text); got != tt.want {
			t.Errorf("Detect(%q, %q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("a.txt", []byte(arabicText))
	f.Add("a.html", []byte("<p>نص</p><div><script>x"))
	f.Add("a.jsonl", []byte("{\"text\": \"نص\"}\n"))
	f.Add("a", utf16Bytes(arabicText, false))
	f.Add("a", []byte("\xe1\xe3\xca\xe6\xe1 \xc7\xe1\xd1\xc6\xed\xd3"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		arts, err := page.ReadBytes(name, data, page.Options{MaxSize: 1 << 20})
		if err != nil {
			return
		}
		for _, a := range arts {
			l := page.Clean(a.Text)
			for _, ln := range l.Lines {
				if ln.Start < 0 || ln.End > len(a.Text) || ln.Start > ln.End {
					t.Fatalf("line offsets %d:%d outside %d", ln.Start, ln.End, len(a.Text))
				}
				for _, sp := range page.BodySentences(a.Text, ln.Start, ln.End) {
					if sp.Start < ln.Start || sp.End > ln.End || sp.Start >= sp.End {
						t.Fatalf("sentence %v outside line %d:%d", sp, ln.Start, ln.End)
					}
				}
			}
		}
	})
}

// Bidi marks and zero-width joiners inside words are dropped when a page is
// read, so "الأربعاء" with a mark inside is still the weekday.
func TestReadDropsFormatCharacters(t *testing.T) {
	in := "التقى الرئيسان ال\u200fأربعاء في جن\u200dيف\u200c\u202b.\u202c"
	arts, err := page.ReadBytes("a.txt", []byte(in), page.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "التقى الرئيسان الأربعاء في جنيف."; arts[0].Text != want {
		t.Errorf("text = %q, want %q", arts[0].Text, want)
	}
}
