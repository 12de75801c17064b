/**
 * What the user typed is echoed back in refusals; a control character in it (an escape sequence
 * pasted by accident or on purpose) must not drive the terminal. Each one is shown as a visible
 * escape instead: ESC → \x1b, DEL → \x7f, U+009B → \u009b. Tabs and newlines of our own text stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
