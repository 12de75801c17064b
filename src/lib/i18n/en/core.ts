/** App-wide strings: header, theme, language, errors, footer, the worker status. */
export const core = {
  'app.name': 'etcd Read-Path Lab',
  'app.tagline': 'Why does an etcd read take 3 µs in one place and 30 ms in another? Follow it.',
  'lang.label': 'Language',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'worker.waiting': 'Asking the simulation worker…',
  'error.prefix': 'Error',
  'footer.about':
    'A static simulation of the etcd read path. Nothing you do here leaves your browser.',
} as const;
