/**
 * Messages of what <invite-form> shows after sending (the summary, the per-address results, an error about a host-set
 * attribute):
 * apart from en-form.ts because only the sending code shows them (internal/outcome.ts; the form adds them to its
 * English when that code arrives). Keys start with `form`, like the form's others.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const formResultMessages = {
  formFailed: (failed: number, total: number) =>
    (failed === total
      ? plural(total, 'The invitation could not be sent.', 'No invitation could be sent.')
      : `${failed} of ${total} invitations could not be sent.`) + ' The addresses not sent are still in the field.',
  formStopped: 'Sending stopped. The addresses not sent are still in the field.',
  formResults: 'Results',
  formResultSent: 'sent',
  formCheckAttribute: (message: string, attribute: string) => `${message} Check the ${attribute} attribute.`,
};
