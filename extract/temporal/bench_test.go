package temporal_test

import (
	"strings"
	"testing"

	"github.com/tl-project/tl/extract/temporal"
)

// paragraph is a realistic news paragraph, written for this benchmark, with
// the density of dates, numbers and weekdays of an Arabic wire story.
const paragraph = `وصل الرئيس الروسي إلى العاصمة الطاجيكية دوشنبه، الأربعاء، في زيارة رسمية تستمر يومين، ` +
	`يشارك خلالها في القمة الثانية بين روسيا ودول آسيا الوسطى المقررة الخميس 9 أكتوبر (تشرين الأول) 2025، ` +
	`ثم في قمة رابطة الدول المستقلة يوم الجمعة. وكان الرئيسان قد التقيا آخر مرة في أواخر أغسطس الماضي على ` +
	`هامش اجتماع إقليمي موسع، الذي عقد يومي 31 أغسطس و1 سبتمبر في تيانجين، بعد محادثات هاتفية ` +
	`أجرياها منذ ثلاثة أسابيع. وارتفع حجم التبادل التجاري بنسبة 17 في المائة خلال العام الماضي ليبلغ ` +
	`2.3 مليار دولار، فيما يعمل في روسيا نحو مليون عامل، وتطمح الحكومتان إلى مضاعفته بحلول عام 2030 ضمن ` +
	`استراتيجية التعاون الاقتصادي. وقال المتحدث باسم الكرملين للصحافيين اليوم إن الجانبين سيوقعان ` +
	`أكثر من 20 وثيقة، مذكّراً بأن العلاقات الدبلوماسية بين البلدين أقيمت في 8 أبريل 1992، أي منذ 33 عاماً.` + "\n"

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(paragraph, 8)
	c := temporal.Context{Ref: day("2025-10-08"), Tense: temporal.TensePast}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		temporal.Find(text, c)
	}
}
