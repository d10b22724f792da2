package arabic_test

import (
	"reflect"
	"testing"

	"github.com/tl-project/tl/arabic"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Text of each token
		norm []string // Norm of each token; nil means same as want
	}{
		{"", nil, nil},
		{" ،. ", nil, nil},
		{"قال الرئيس", []string{"قال", "الرئيس"}, nil},
		{"الرئيسُ الروسيّ", []string{"الرئيسُ", "الروسيّ"}, []string{"الرئيس", "الروسي"}},
		{"بوتيــن، وأردوغان.", []string{"بوتيــن", "وأردوغان"}, []string{"بوتين", "واردوغان"}},
		{"في 2024/11/27 صباحا", []string{"في", "2024/11/27", "صباحا"}, nil},
		{"يومي 22-24 يونيو", []string{"يومي", "22-24", "يونيو"}, nil},
		{"٢٢–٢٤ يونيو", []string{"٢٢–٢٤", "يونيو"}, []string{"22–24", "يونيو"}},
		{"عام 2024.", []string{"عام", "2024"}, nil},
		{"3.5 مليار", []string{"3.5", "مليار"}, nil},
		{"(2021)", []string{"2021"}, nil},
		{"Quai d'Orsay", []string{"Quai", "d'Orsay"}, []string{"quai", "d'orsay"}},
		{"BRICS+ G20", []string{"BRICS", "G20"}, []string{"brics", "g20"}},
		{"\u200fموسكو\u200f", []string{"موسكو"}, nil},
		{"می\u200cخواهم", []string{"می\u200cخواهم"}, []string{"ميخواهم"}},
		{"«الناتو»", []string{"الناتو"}, nil},
		{"ـــ", nil, nil},
		{"a\xffb", []string{"a", "b"}, nil},
		{"الاتحاد-الأوروبي", []string{"الاتحاد", "الأوروبي"}, []string{"الاتحاد", "الاوروبي"}},
	}
	for _, tt := range tests {
		toks := arabic.Tokenize(tt.in)
		var got, norms []string
		for _, tok := range toks {
			got = append(got, tok.Text)
			norms = append(norms, tok.Norm)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has offsets [%d,%d) = %q", tt.in, tok.Text, tok.Start, tok.End, tt.in[tok.Start:tok.End])
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		want := tt.norm
		if want == nil {
			want = tt.want
		}
		if !reflect.DeepEqual(norms, want) {
			t.Errorf("Tokenize(%q) norms = %q, want %q", tt.in, norms, want)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := ""
	for range 50 {
		text += sample + " "
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		arabic.Tokenize(text)
	}
}
