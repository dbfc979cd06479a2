/**
 * Names that hold a shorter actor name but are no actor of ours, so they must give none.
 */
import type { ActorEntry } from './actor-ids';

export const NOT_ACTOR_NAMES: ActorEntry[] = [];
