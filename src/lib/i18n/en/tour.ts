/** The guided tour's frame (the steps' own words are in src/lib/tour/lectureText.*.ts). */
export const tour = {
  'tour.start': 'Take the tour of the lecture',
  'tour.startIntro':
    'Eleven steps along the read path: set an experiment, predict, then see the model’s number beside the lecture’s.',
  'tour.counter': 'Step {n} of {count}',
  'tour.prev': '← Previous',
  'tour.next': 'Next →',
  'tour.leave': 'Leave the tour (keep this experiment)',
  'tour.link': 'Link to this step',
  'tour.predict': 'Predict before you look:',
  'tour.reveal': 'Show the answer',
  'tour.cover':
    'Predict first: the numbers appear here once you choose an answer in the tour above, or press “Show the answer”. The read path below shows where the requests wait.',
  'tour.running': 'The model is running this step’s experiment…',
  'tour.right': 'Your prediction matches the model.',
  'tour.wrong': 'The model says: {answer}',
  'tour.stage': 'Look at the stage marked in the read path: {stage}.',
  'tour.source.lecture': 'Lecture 16 (Tang Cong, 极客时间 “etcd实战课”, 2021)',
  'tour.source.etcd-performance': 'etcd.io, “Performance” (etcd’s own benchmark page)',
  'tour.measuredOn': 'Measured on: {what}',
  'tour.keys': 'Keys: ← and → move between steps.',
  'tour.about':
    'Built on Tang Cong’s lecture 16 of 极客时间 “etcd实战课”, “性能及稳定性（上）：如何优化及扩展etcd性能？” (2021), and etcd’s own performance page (etcd.io). Their figures appear beside the model’s with what each was measured on; every other number is the model’s.',
  'tour.skipResults': 'Skip to the results',
  'tour.skipChain': 'Skip to the read path',
} as const;
