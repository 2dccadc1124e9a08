/**
 * Messages of what <invite-form> shows while and after sending (the progress, the summary, the per-address results, an
 * error about a host-set attribute), of the form's fields and of an import's rows: apart from en-form.ts because only
 * the sending code shows them (internal/outcome.ts, and the import once it sent), and the form adds them to its
 * English when that code arrives. Keys start with `form`, like the form's others.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const formResultMessages = {
  formStop: 'Stop sending',
  formSending: (done: number, total: number) => `Sending ${done + 1} of ${total}…`,
  formRateLimited: 'The server asks to slow down; sending resumes shortly.',
  formResumeIn: (seconds: number) => `Sending resumes in ${seconds} s…`,
  formSentOne: (email: string) => `Invitation sent to ${email}`,
  formSentMany: (count: number) => `${count} invitations sent`,
  formResultSkipped: 'not sent (sending stopped first)',

  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, 'The invitation could not be sent.', 'No invitation could be sent.')
      : `${failed} of ${total} invitations could not be sent.`) + ' The addresses not sent are still in the field.',
  formStopped: 'Sending stopped. The addresses not sent are still in the field.',
  formResults: 'Results',
  formResultSent: 'sent',
  formCheckAttribute: (message: string, attribute: string) => `${message} Check the ${attribute} attribute.`,
};
