/**
 * A patrol named as who did a clause's act is no patrol of its own: «بعد رصدهما من قبل دورية استطلاع», «ضُبطت الشحنة
 * بواسطة دورية للجمارك», «اعتُقل على يد دورية للأمن العام» — the passive's agent (من قبل، بواسطة، على يد) spotted,
 * seized or arrested; the patrol itself (ACLED Other) is told only where it is run («سيّرت دورية»).
 */
import { norm } from '$lib/arabic/normalize';
import type { Trigger } from './lexicon';
import type { Hit } from './scan';

const AGENT_OF = /(?:^|\s)(?:من\s+قبل|من\s+طرف|بواسطه|علي\s+يد|علي\s+ايدي)\s+$/u;

/** Whether a patrol noun is the agent of the clause's passive or verbal noun. */
export function agentPatrol(text: string, t: Hit<Trigger>): boolean {
	return t.entry.type === 'patrol' && t.entry.form === 'noun' && AGENT_OF.test(norm(text.slice(Math.max(0, t.start - 16), t.start)));
}
