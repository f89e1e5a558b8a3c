/** A count with its noun in the right number: "1 statement", "5 statements", "0 errors". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
