/**
 * Copies text for the share dialog and the command lines. The Clipboard API where the page may
 * use it; otherwise (a page opened as file:// in some browsers, an iframe without
 * clipboard-write, an old browser) a selected, off-screen textarea and execCommand('copy'),
 * which still works in a click handler. Resolves false when neither did: the caller then selects
 * the text so the reader can press Ctrl+C.
 */
export async function copyText(text: string, host: HTMLElement = document.body): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions policy, no focus): try the selection below.
    }
  }
  return copyBySelection(text, host);
}

/** `host` must not be inert: inside a modal <dialog>, pass an element of the dialog. */
function copyBySelection(text: string, host: HTMLElement): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.inset = '0 auto auto 0';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  const focused = document.activeElement;
  host.append(area);
  area.select();
  let ok = false;
  try {
    // Deprecated but still the only way without the Clipboard API.
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return ok;
}

/** Selects the text of an element (a <pre>, an <input>) so the reader can copy it by hand. */
export function selectText(el: HTMLElement): void {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
