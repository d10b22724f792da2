package engine_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestTextIndexFindsEveryForm checks that a word is found in every form it
// takes behind a proclitic, through the index (the query expands the word,
// the index holds the words as written), and that a part of a word is not.
func TestTextIndexFindsEveryForm(t *testing.T) {
	db := mustOpen(t)
	sentences := []string{
		"عقدت القمة في دوشنبه",           // 0: ال
		"وقمة دوشنبه كانت ناجحة",         // 1: و
		"وصل الوفد للقمة في موسكو",       // 2: لل
		"وبالقمة اتفق الجانبان",          // 3: وبال
		"قمة ثنائية في جنيف",             // 4: bare
		"اتصال هاتفي بين الرئيسين",       // 5: no form of the word
		"قمم متتالية والقمتان السابقتان", // 6: other words that start alike
	}
	for i, s := range sentences {
		mustIngest(t, db, ev("summit", fmt.Sprintf("2021-06-%02d", i+1), "RUS,USA", "", fmt.Sprintf("d%d", i), s))
	}
	tests := []struct {
		text string
		want []int // sentence numbers, in date order
	}{
		{"قمة", []int{0, 1, 2, 3, 4}},
		{"القمة", []int{0}}, // not "وبالقمة": "وب" is no proclitic
		{"وقمة", []int{1}},
		{"قم", nil}, // part of a word
		{"دوشنبه", []int{0, 1}},
		{"قمة دوشنبه", []int{1}}, // a phrase: both words, in order
		{"هاتفي", []int{5}},
		{"القمتان", []int{6}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			src := fmt.Sprintf("events where text contains %q", tt.text)
			rows, err := db.Query(context.Background(), src, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for rows.Next() {
				got = append(got, dayOfJune(rows.Event().Date.Start.String()))
			}
			if err := rows.Close(); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s: sentences %v, want %v", src, got, tt.want)
			}
			ex, err := db.Explain(context.Background(), src, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(ex.Plan, "index.Scan(word") || strings.Contains(ex.Plan, "index.Scan(date") {
				t.Errorf("%s: plan %s, want the word index", src, ex.Plan)
			}
		})
	}
}

// dayOfJune returns the sentence number of an event dated 2021-06-DD.
func dayOfJune(date string) int {
	var d int
	fmt.Sscanf(date, "2021-06-%d", &d)
	return d - 1
}
