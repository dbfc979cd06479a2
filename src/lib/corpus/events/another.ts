/**
 * The words with which a news text turns to another incident: «وفي سياق متصل»، «في سياق منفصل»، «وفي حادث آخر»،
 * «وفي حادثة منفصلة»، «من جهة أخرى»، «على صعيد آخر»، «وفي تطور منفصل». A clause that opens with them tells a new
 * event, never the one told just before it again, however alike their type, day and place (readings.ts). Normalised
 * text (ة → ه, ى → ي, hamza seats dropped).
 */
export const ANOTHER = /^[\s\u00A0]*[وف]?(?:(?:في|ب)\s+)?(?:سياق\s+(?:متصل|اخر|منفصل|مختلف|ذي\s+صله)|(?:حادث|حادثه|حادثه|واقعه|تطور|عمليه)\s+(?:اخر|اخري|منفصل|منفصله|ثان|ثانيه|مشابه|مشابهه)|(?:من|علي)\s+(?:جهه|صعيد)\s+(?:اخري|ثانيه|اخر|متصل|منفصل))(?![\p{L}])/u;

/** A lead's clause that adds a second incident to the first: «…، فيما قُتل راعٍ بلغم», «بينما أصيب مختار …». */
export const LISTED = /^[\s\u00A0]*(?:فيما|بينما|في\s+حين|وفي\s+حين)(?![\p{L}])/u;
