/**
 * What the clause specs share: a whole text taken as one clause, and the event (or only its type) that
 * classifyClause reads in it.
 */
import { classifyClause } from './classify';

export const whole = (text: string) => ({ start: 0, end: text.length, text });
export const eventOf = (text: string) => classifyClause(text, whole(text)).event;
export const typeOf = (text: string) => eventOf(text)?.type ?? null;
