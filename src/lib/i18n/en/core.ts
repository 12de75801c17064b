/** App-wide strings: header, theme, language, errors, footer, the worker status. */
export const core = {
  'app.name': 'etcd Read-Path Lab',
  'app.tagline':
    'Why does etcd serve 200,000 reads a second in a benchmark, yet sometimes only a few hundred in production? Follow one.',
  'lang.label': 'Language',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'worker.waiting': 'Asking the simulation worker…',
  'experiment.label': 'This experiment',
  'experiment.sentence': '{parts}; {total} {total|request|requests}.',
  'experiment.joiner': ', ',
  'experiment.clients':
    '{clients} {clients|client|clients} over {conns} {conns|connection|connections} {what}',
  'experiment.range': 'read {keys} {keys|key|keys} of {size} each, {mode}',
  'experiment.authenticate': 'call Authenticate with a password (etcd {version})',
  'experiment.mode.linearizable': 'linearizable',
  'experiment.mode.serializable': 'serializable',
  'experiment.members':
    'from {members} {members|member|members} ({endpoints} {endpoints|endpoint|endpoints})',
  'experiment.membersLearner':
    'from {members} {members|member|members} and a learner ({endpoints} {endpoints|endpoint|endpoints})',
  'experiment.noAuth': 'no authentication',
  'experiment.auth': 'authentication: {auth}',
  'experiment.writes': 'while {qps} puts/s of {size} go through raft',
  'experiment.noWrites': 'no writes',
  'experiment.rate': 'capped at {rate} req/s',
  'error.prefix': 'Error',
  /** A label before its value; the space is the label's, as zh's full-width colon wants none. */
  'label.colon': '{label}: ',
  'footer.about':
    'A static simulation of the etcd read path. Nothing you do here leaves your browser.',
} as const;
