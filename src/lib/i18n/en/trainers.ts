/** For trainers: link notices of the view keys, the embed, the share dialog, the real cluster. */
export const trainers = {
  'view.notice.embed':
    'The link asks to embed “{value}”, which is not a figure that can be embedded (allowed: {allowed}); showing the whole lab.',
  'view.notice.lock':
    'The link fixes “{value}”, which names no setting (allowed: {allowed}); it was ignored.',
  'view.notice.theme':
    'The link’s theme “{value}” is not known (allowed: {allowed}); it was ignored.',

  'embed.figure.chain': 'The read path, animated',
  'embed.figure.results': 'Throughput, latency and where the time goes',
  'embed.figure.tour': 'The lecture’s tour, step by step',
  'embed.openFull': 'Open in the full lab',
  'embed.newTab': '(opens in a new tab)',
  'embed.settings': 'Settings ({n})',
  'embed.settingsTitle': 'What you can change',
  'embed.settingsClose': 'Close',
  'embed.estimate': 'estimate',
  'embed.running': 'simulating…',
  'embed.failed': 'The simulation failed: {message}',
  'embed.waiting': 'Simulating…',
  'embed.stages': 'Mean time per request in each stage',

  'lock.note': 'This link fixes {n} of the settings for a lesson; the others are below.',
  'lock.reset': 'Back to the lesson’s start',
  'lock.unlock': 'Open with every setting',

  'share.open': 'Share or embed',
  'share.title': 'Share this experiment',
  'share.close': 'Close',
  // The header's button; the calibration view's own strings come with it (calibration.ts).
  'calibration.open': 'Calibration',
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
