/**
 * Wording on an official page that says a certification is ending: retirement, withdrawal, a last day to
 * book, "will no longer be available", end of life. Many pages always carry such a sentence (a list of
 * retired exams, a certification in retirement planning), so the watcher keeps the sentences it found and
 * reports only those it had not seen on the page before (`newRetirementSentences`): a page says so once,
 * not every week. English wording only; a page in another language is watched for changes like any other.
 */

/** The phrases that announce an ending. */
const ENDING_WORDS = [
  /\bretir(?:e|es|ed|ing|ement|ements)\b/i,
  /\bwithdr(?:aw|aws|awn|awal|awing|ew)\b/i,
  /\bdiscontinu(?:e|es|ed|ing|ation)\b/i,
  /\blast (?:day|date) to (?:book|schedule|register|take|sit)\b/i,
  /\bwill no longer be (?:available|offered)\b/i,
  /\bend[- ]of[- ]life\b/i,
];

/** The most sentences kept per page: enough to tell a new one from the old, small enough for the state file. */
const MAX_SENTENCES = 10;

/** The longest sentence kept; a longer one is cut, the same way every run, so it still compares equal. */
const MAX_SENTENCE_LENGTH = 300;

/** Splits text into sentences: at line ends, and after `.`, `!` or `?` followed by a space and a capital or digit. */
function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Every sentence of a page's text that announces an ending, in page order, each once (at most ten). */
export function retirementSentences(text: string): string[] {
  const found = sentencesOf(text)
    .filter((sentence) => ENDING_WORDS.some((pattern) => pattern.test(sentence)))
    .map((sentence) =>
      sentence.length > MAX_SENTENCE_LENGTH ? `${sentence.slice(0, MAX_SENTENCE_LENGTH - 1)}…` : sentence,
    );
  return [...new Set(found)].slice(0, MAX_SENTENCES);
}

/**
 * The sentences of this run not seen on the page in the last one. A page seen for the first time has no
 * sentences before, so the first run reports what the pages already say, once.
 */
export function newRetirementSentences(now: readonly string[], before: readonly string[] = []): string[] {
  const seen = new Set(before);
  return now.filter((sentence) => !seen.has(sentence));
}
