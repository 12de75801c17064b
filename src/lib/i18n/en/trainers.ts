/** For trainers: link notices of the view keys, the embed, the share button (the dialog's own
 *  strings come with it: share.ts). */
export const trainers = {
  'view.notice.embed':
    'The link asks to embed “{value}”, which is not a figure that can be embedded (allowed: {allowed}); showing the whole lab.',
  'view.notice.lock':
    'The link fixes “{value}”, which names no setting (allowed: {allowed}); it was ignored.',
  'view.notice.theme':
    'The link’s theme “{value}” is not known (allowed: {allowed}); it was ignored.',
  'embed.notice.tourSets':
    'The tour sets each step’s experiment, so the link’s {names} were not used.',
  'view.notice.empty': 'The link’s “{key}” has no value (allowed: {allowed}); it was ignored.',

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
  // The header's button; the calibration view's own strings come with it (calibration.ts).
  'calibration.open': 'Calibration',
} as const;
