/**
 * A report taken back in the same sentence: «تداولت صفحات أنباء عن اختطاف سائق، قبل أن يتبين أنها غير صحيحة», «…،
 * ليتضح لاحقاً أن الخبر مفبرك», «…، ثم تبيّن أنها مجرد شائعات». The clause tells what was said, not what happened;
 * the correction that ends its sentence denies it (classify.ts asks this of every clause).
 */
import { norm } from '$lib/arabic/normalize';
import type { Span } from './scan';

const TAKEN_BACK = /[،,][\s\u00A0"»”]*(?:[وف]?(?:قبل\s+ان|ثم)\s+|ل)(?:يتبين|تبين|يتضح|اتضح|تتبين|تتضح|يثبت|ثبت)(?:\s+(?:لاحقا|فيما\s+بعد|بعد\s+ذلك))?\s+(?:ان\S*\s+)?(?:(?:ال)?(?:خبر|نبا|انباء|معلومات)\s+)?(?:غير\s+صحيح|غير\s+دقيق|كاذب|عار|عاري|مفبرك|مجرد\s+شاي|شايعه|شايعات|ملفق|لا\s+اساس)/u;

/** Whether the rest of the sentence of clause `c`, from the clause on, takes back what it reported. */
export function retracted(text: string, c: Span): boolean {
	const rest = text.slice(c.end, c.end + 160).split(/[.؟?!\n]/)[0];
	return TAKEN_BACK.test(norm(text.slice(c.start, c.end) + rest));
}
