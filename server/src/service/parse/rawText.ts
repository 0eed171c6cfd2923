/**
 * What the raw text holds before YAML reads it: characters YAML does not allow (binary data, text
 * that was not UTF-8) and line breaks `yaml` does not see. Both are single linear passes.
 */
import type { Finding } from '../findings';

/**
 * YAML (1.2, §5.1) allows tab, LF, CR, U+0020–U+007E, U+0085, U+00A0–U+D7FF, U+E000–U+FFFD and the
 * astral planes. `yaml` lets the others through silently. U+FFFD is allowed, but it is what a
 * decoder puts where bytes were not UTF-8, so it is reported too.
 */
/** Every character `isForbidden` can reject (and some it accepts, such as paired surrogates and U+0085). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const MAYBE_FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd-\uffff]/;

function isForbidden(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  if (c < 0x7f) return false;
  if (c <= 0x9f) return c !== 0x85;
  if (c >= 0xd800 && c <= 0xdbff) return !isLowSurrogate(text.charCodeAt(i + 1));
  if (c >= 0xdc00 && c <= 0xdfff) return !(i > 0 && isHighSurrogate(text.charCodeAt(i - 1)));
  return c >= 0xfffd;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function describe(c: number): string {
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === 0) return `${hex} (NUL)`;
  if (c === 0xfffd) return `${hex} (the replacement character, which stands for bytes that were not valid UTF-8)`;
  return hex;
}

/** One ORG001 for the first character YAML does not allow, counting the others. */
export function forbiddenCharacters(text: string): Finding | undefined {
  // Almost every file has none: let the native regex engine say so before looking at each character.
  if (!MAYBE_FORBIDDEN.test(text)) return undefined;
  let first = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isForbidden(text, i)) continue;
    if (first < 0) first = i;
    count++;
  }
  if (first < 0) return undefined;
  const others = count > 1 ? `, and ${(count - 1).toLocaleString('en-US')} more in this file` : '';
  return {
    code: 'ORG001',
    span: { start: first, end: first + 1 },
    message: `The file contains a character YAML does not allow: ${describe(text.charCodeAt(first))} here${others}. Is it a binary file, or saved in another encoding than UTF-8? Remove these characters, or save the file as UTF-8 text.`,
  };
}

/**
 * `yaml` reads only LF and CRLF as line breaks; a lone CR (old Mac OS) makes a whole file one line,
 * usually one long comment. The text is read with each lone CR as LF (the same length, so every
 * offset holds, and editors count lines the same way), and the first one is reported: tools built
 * on `yaml` would read the file as empty.
 */
export function readLoneCrAsLf(text: string): { readonly text: string; readonly finding?: Finding } {
  const first = text.search(/\r(?!\n)/);
  if (first < 0) return { text };
  return {
    text: text.replace(/\r(?!\n)/g, '\n'),
    finding: {
      code: 'ORG001',
      span: { start: first, end: first + 1 },
      message:
        'This line ends with a lone carriage return (CR), an old Mac OS line break; many YAML tools read a file like this as one single line. Save the file with LF or CRLF line endings.',
    },
  };
}
