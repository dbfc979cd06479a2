/**
 * Protests and riots as frontier outlets word them: a march in protest (no drone), a prison riot.
 * Built from how Arabic outlets on the Iraq–Syria frontier word these events, beside the words lexicon.ts grew from
 * the labelled splits; the sentences and near misses are in protest-riot.spec.ts. Phrase syntax: scan.ts.
 */
import type { Trigger } from './lexicon';

export const CIVIL_TRIGGERS: Trigger[] = [
	// A prison riot: «استعصاء» in Syrian usage, «تمرد» of inmates.
	{ type: 'riot', form: 'noun', phrases: ['استعصاء', 'تمرد', 'عصيان'], needs: ['سجن', 'السجن', 'سجناء', 'السجناء', 'النزلاء', 'المعتقلين', 'المحتجزين'] },
	// A jailbreak attempt («محاولة فرار جماعية لمعتقلين من سجن»): a disturbance inside the prison, coded as a riot.
	{ type: 'riot', form: 'noun', phrases: ['محاولة فرار', 'محاولة هروب', 'فرار جماعي', 'هروب جماعي', 'محاولة فرار جماعية', 'محاولة هروب جماعية'], needs: ['سجن', 'السجن', 'سجناء', 'السجناء', 'النزلاء', 'المعتقلين', 'المحتجزين', 'لمعتقلين', 'معتقلين'] },
	// A march in protest: «مسيرة احتجاجية / شعبية / حاشدة» is no drone (the longer phrase wins over «مسيرة»).
	{ type: 'protest', form: 'noun', phrases: ['مسيرة احتجاجية', 'مسيرات احتجاجية', 'مسيرة شعبية', 'مسيرات شعبية', 'مسيرة حاشدة', 'مسيرات حاشدة', 'مسيرة سلمية', 'مسيرة راجلة', 'مسيرة جماهيرية', 'مسيرة غاضبة'] }
];
