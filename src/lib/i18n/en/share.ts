/**
 * The share dialog's strings (not its button's, trainers.ts): they come with the dialog
 * (enLater.ts), out of the first load (issue 16).
 */
export const share = {
  'share.title': 'Share this experiment',
  'share.close': 'Close',
  'share.link': 'Link to this experiment',
  'share.abNote':
    'With the comparison open, the link reopens A and B side by side; an embedded figure shows experiment A.',
  'share.linkHelp': 'Opens the same settings, seed and language, so the same numbers.',
  'share.fileNote':
    'This page was opened from a file: its links work only on this computer. Host the lab (dist/) to share them.',
  'share.copy': 'Copy',
  'share.copied': 'Copied',
  'share.copyFailed': 'Could not copy: the text is selected, press Ctrl+C (⌘C on a Mac).',
  'share.embed': 'Embed one figure',
  'share.embedHelp':
    'Paste this into a course page, a wiki or slides: the figure runs the experiment in the reader’s browser and fits the frame.',
  'share.figure': 'Figure',
  'share.width': 'Width (px)',
  'share.height': 'Height (px)',
  'share.sizeHelp':
    'At least {w} × {h}; the figure fits any size from there, drawn smaller to fit. Its smallest words are readable (9 px or more) from {rw} × {rh}.',
  'share.lang': 'Language',
  'share.theme': 'Colours',
  'share.free': 'Learners may change',
  'share.freeNone': 'nothing (the figure alone)',
  'share.frameTitle': 'Title (read by screen readers)',
  'share.defaultTitle': 'etcd Read-Path Lab: {figure}',
  'share.snippet': 'HTML to paste',
  'share.preview': 'Preview',
  'share.previewScale': 'shown at {pct} of its size',
} as const;
