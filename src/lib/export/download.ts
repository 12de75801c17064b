/**
 * Saves text or a blob as a file the browser downloads. Nothing leaves the machine: the file is
 * made from a local object URL and the URL is revoked once the download has started.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a task later it has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
} as const;

export function downloadText(text: string, filename: string, type: keyof typeof MIME): void {
  downloadBlob(new Blob([text], { type: MIME[type] }), filename);
}
