/**
 * argv → one line a POSIX shell splits back into the same argv: words made only of characters
 * no shell treats specially stay as they are, anything else is single-quoted ('' for an empty
 * word, a quote inside as '\''). Used for every command line the lab prints for people to paste.
 */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellWord(word: string): string {
  if (PLAIN.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function shellLine(argv: readonly string[]): string {
  return argv.map(shellWord).join(' ');
}
