/**
 * War remnants: a shell or a bomb that «did not explode» and went off later, «مخلفات الحرب», «جسم (معدني) غريب». What
 * they kill or wound is coded `landmine`, whoever fired or laid them long ago (the README's old-ordnance rule,
 * blind5): no one used a weapon that day. Normalised text.
 */
import { norm } from '$lib/arabic/normalize';

/**
 * «قذيفة غير منفجرة», «الذخائر غير المنفجرة», «لم تنفجر», «من مخلفات الحرب / المعارك / داعش / عصابات داعش / الإرهاب»,
 * «عبوة قديمة», «لغم قديم» (an old device, left from the war), «جسم معدني غريب».
 */
const REMNANT = /(?:^|\s)(?:غير\s+(?:ال)?منفجر\p{L}{0,2}|لم\s+[تي]نفجر\p{L}{0,2}|[وفبل]?(?:ال|لل)?مخلفات\s+(?:(?:ال)?(?:عصابات|عصابه|تنظيم|جماعه|فلول)\s+)?(?:ال)?(?:حرب|حروب|معارك|معركه|قتال|تنظيم|داعش|ارهاب)|(?:[وفبل]|ال|بال)?(?:عبوه|عبوات|قذيفه|قذايف|لغم|الغام)\s+(?:ال)?قديم\p{L}{0,2}|[وفبل]?(?:ال)?(?:جسم|جسما|اجسام)\s+(?:(?:ال)?\p{L}+\s+)?(?:ال)?غريب\p{L}{0,2})(?![\p{L}])/u;

/** Whether a clause names a war remnant. */
export const namesRemnant = (clause: string) => REMNANT.test(norm(clause));
