package arabic_test

import (
	"fmt"

	"github.com/tl-project/tl/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("الرئيسُ الأمريكيّ في القمّة يوم ٢٧ نوفمبر"))
	fmt.Println(arabic.Normalize("مؤتمرٌ صحفيّ لبوتيــن"))
	// Output:
	// الرئيس الامريكي في القمه يوم 27 نوفمبر
	// مؤتمر صحفي لبوتين
}

func ExampleTokenize() {
	for _, tok := range arabic.Tokenize("وصل بوتينُ إلى دوشنبه في 2024/11/27") {
		fmt.Println(tok.Start, tok.End, tok.Norm)
	}
	// Output:
	// 0 6 وصل
	// 7 19 بوتين
	// 20 26 الي
	// 27 39 دوشنبه
	// 40 44 في
	// 45 55 2024/11/27
}

func ExampleCandidates() {
	fmt.Println(arabic.Candidates(arabic.Normalize("وبالرئيس")))
	// Output:
	// [وبالرئيس بالرئيس الرئيس رئيس]
}
