/**
 * Event words built out family by family from how Arabic outlets on the Iraq–Syria frontier word each kind of
 * incident (Iraqi, Syrian, Kurdish, Gulf, Iranian-aligned and Western Arabic services), one module a family.
 */
import type { Trigger } from './lexicon';
import { AIR_TRIGGERS } from './triggers-air';
import { GROUND_TRIGGERS } from './triggers-ground';
import { STRATEGIC_TRIGGERS } from './triggers-strategic';
import { CIVIL_TRIGGERS } from './triggers-civil';
import { CUSTODY_TRIGGERS } from './triggers-custody';
import { COLLOQUIAL_TRIGGERS } from './triggers-colloquial';

export const DOMAIN_TRIGGERS: Trigger[] = [...AIR_TRIGGERS, ...GROUND_TRIGGERS, ...STRATEGIC_TRIGGERS, ...CIVIL_TRIGGERS, ...CUSTODY_TRIGGERS, ...COLLOQUIAL_TRIGGERS];
