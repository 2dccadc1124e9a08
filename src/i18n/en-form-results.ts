/**
 * Messages of what <invite-form> shows after sending (the per-address results, an error about a host-set attribute):
 * apart from en-form.ts because only the sending code shows them (internal/outcome.ts; the form adds them to its
 * English when that code arrives). Keys start with `form`, like the form's others.
 */
export const formResultMessages = {
  formResults: 'Results',
  formResultSent: 'sent',
  formCheckAttribute: (message: string, attribute: string) => `${message} Check the ${attribute} attribute.`,
};
